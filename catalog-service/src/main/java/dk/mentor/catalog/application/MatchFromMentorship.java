package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.PipelineStage;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.ProgrammeMatch;
import dk.mentor.catalog.domain.VolunteerProgramme;
import dk.mentor.catalog.infra.persistence.ProgrammeWorkRepository;
import dk.mentor.catalog.infra.persistence.VolunteerProgrammeRepository;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A mentorship matching-service started for a vetted volunteer's catalogue mentor is the volunteer's match:
 * MentorshipStarted carries the mentor, the plan and the first day, which is all the programme needs, so no
 * new event is asked of matching. The mentee side is matched too when the programme knows the plan. Runs in
 * the consumer's transaction; the mentorship id keys the match, so a replay records nothing twice.
 */
@ApplicationScoped
public class MatchFromMentorship {

    static final String RECORDED_BY = "matching.mentorship.v1";

    @Inject
    ProgrammeWorkRepository work;

    @Inject
    VolunteerProgrammeRepository programmes;

    @Inject
    Clock clock;

    public void started(MentorshipStarted e) {
        if (work.mentorshipMatched(e.mentorshipId())) {
            return;
        }
        for (ProgrammeEntry volunteer : work.volunteersOfMentor(e.mentorId())) {
            PipelineStage stage = volunteer.stage();
            if (stage != PipelineStage.VETTED && stage != PipelineStage.MATCHED) {
                continue; // dropped out: the mentorship is outside the programme
            }
            VolunteerProgramme programme = programmes.findById(volunteer.programmeId());
            Optional<ProgrammeEntry> mentee = work.menteeOfPlan(programme.id(), e.planId())
                    .filter(m -> m.stage() == PipelineStage.VETTED);
            // a step recorded late in the programme may carry a later day than the start; the match is never before it
            LocalDate on = Stream.concat(Stream.of(e.startsOn(), volunteer.vettedOn()), mentee.map(ProgrammeEntry::vettedOn).stream())
                    .max(LocalDate::compareTo).orElseThrow();
            work.persist(ProgrammeMatch.make(programme, volunteer, mentee.orElse(null), e.mentorshipId(), on, RECORDED_BY,
                    clock.instant()));
            return; // a mentor is in one programme at a time in practice; the first live entry takes the match
        }
    }
}
