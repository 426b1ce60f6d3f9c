package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records or withdraws a mentor's consent to religion or ethnicity role-model tags (GDPR art. 9). Each
 * change publishes the profile again, so matching gains the tags with the consent and loses them with
 * its withdrawal.
 */
@ApplicationScoped
public class ManageBackgroundConsent {

    @Inject
    MentorAccess access;

    @Inject
    MentorRepository mentors;

    @Inject
    MentorEvents events;

    @Inject
    FindMentors findMentors;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public MentorView give(UUID id, String ifMatch, List<String> tags, LocalDate givenOn) {
        Mentor mentor = load(id, ifMatch, "record background consent");
        mentor.giveBackgroundConsent(tags, givenOn, caller.username(), clock.instant());
        return published(mentor);
    }

    @Transactional
    public MentorView withdraw(UUID id, String ifMatch) {
        Mentor mentor = load(id, ifMatch, "withdraw background consent");
        mentor.withdrawBackgroundConsent(clock.instant());
        return published(mentor);
    }

    private Mentor load(UUID id, String ifMatch, String action) {
        Mentor mentor = access.toEditOwnOrAsCoordinator(id, action);
        Versions.requireMatch(ifMatch, mentor.version(), "mentor", id);
        return mentor;
    }

    private MentorView published(Mentor mentor) {
        mentors.flush();
        events.profileChanged(mentor);
        return findMentors.view(mentor);
    }
}
