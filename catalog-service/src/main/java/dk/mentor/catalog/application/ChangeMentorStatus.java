package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.Vetting;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.kit.api.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** Lifecycle moves and vetting records: the coordinator's decisions about whether a mentor may work. */
@ApplicationScoped
public class ChangeMentorStatus {

    @Inject
    MentorAccess access;

    @Inject
    MentorRepository mentors;

    @Inject
    MentorEvents events;

    @Inject
    VettingPolicy vetting;

    @Inject
    FindMentors findMentors;

    @Inject
    Clock clock;

    @Transactional
    public MentorView moveTo(UUID id, String ifMatch, MentorStatus target, String reason) {
        Mentor mentor = access.toEdit(id, "change status");
        Versions.requireMatch(ifMatch, mentor.version(), "mentor", id);
        MentorStatus previous = mentor.moveTo(target, reason, vetting.requiredFor(mentor), clock.instant());
        mentors.flush();
        events.statusChanged(mentor, previous, reason);
        events.profileChanged(mentor);
        return findMentors.view(mentor);
    }

    @Transactional
    public MentorView recordVetting(UUID id, String ifMatch, Vetting record) {
        Mentor mentor = access.toEdit(id, "record vetting");
        Versions.requireMatch(ifMatch, mentor.version(), "mentor", id);
        mentor.recordVetting(record, clock.instant());
        mentors.flush();
        events.profileChanged(mentor);
        return findMentors.view(mentor);
    }
}
