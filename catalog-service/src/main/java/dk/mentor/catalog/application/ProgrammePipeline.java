package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.DropReason;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.ProgrammeMatch;
import dk.mentor.catalog.domain.VolunteerProgramme;
import dk.mentor.catalog.infra.persistence.ProgrammeWorkRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The dated steps of an entry: interview, vetting, match at the match meeting, drop-out (004 pp.7-8). */
@ApplicationScoped
public class ProgrammePipeline {

    /** The steps recorded one by one; the match has its own call since it names two entries. */
    public enum Step { INTERVIEWED, VETTED }

    @Inject
    ProgrammeAccess programmeAccess;

    @Inject
    MentorAccess mentorAccess;

    @Inject
    ProgrammeWorkRepository work;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public ProgrammeEntry step(UUID programmeId, UUID entryId, Step step, LocalDate on, UUID mentorId) {
        ProgrammeEntry entry = programmeAccess.entry(programmeAccess.programme(programmeId, "record step"), entryId,
                "record " + step.name().toLowerCase());
        LocalDate today = DanishTime.today(clock);
        if (step == Step.INTERVIEWED) {
            if (mentorId != null) {
                throw RuleViolation.onField("The catalogue mentor is named at the vetting", "mentorId", "must be absent at the interview");
            }
            entry.interviewed(on, today);
        } else {
            Mentor mentor = mentorId == null ? null : mentorAccess.toRead(mentorId);
            if (mentor != null && work.mentorInProgramme(programmeId, mentorId)) {
                // one entry per catalogue mentor, so a started mentorship finds the one volunteer it matches
                throw RuleViolation.stateConflict("The mentor " + mentorId + " is another volunteer entry of this programme already");
            }
            entry.vetted(on, mentor, today);
        }
        return entry;
    }

    @Transactional
    public ProgrammeEntry drop(UUID programmeId, UUID entryId, LocalDate on, DropReason reason) {
        ProgrammeEntry entry = programmeAccess.entry(programmeAccess.programme(programmeId, "drop entry"), entryId, "drop");
        entry.dropped(on, reason, DanishTime.today(clock));
        return entry;
    }

    /** A match made at the corps' own match meeting; a mentorship started in matching-service is recorded by itself. */
    @Transactional
    public ProgrammeMatch match(UUID programmeId, UUID volunteerEntryId, UUID menteeEntryId, LocalDate on) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "record match");
        if (on.isAfter(DanishTime.today(clock))) {
            throw RuleViolation.onField("A match is recorded after the match meeting", "matchedOn", "is in the future");
        }
        ProgrammeEntry volunteer = programmeAccess.entry(programme, volunteerEntryId, "match");
        ProgrammeEntry mentee = programmeAccess.entry(programme, menteeEntryId, "match");
        ProgrammeMatch match = ProgrammeMatch.make(programme, volunteer, mentee, null, on, caller.username(), clock.instant());
        work.persist(match);
        return match;
    }
}
