package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Registers a mentor in the caller's municipality and announces it, in one transaction. */
@ApplicationScoped
public class RegisterMentor {

    @Inject
    MentorRepository mentors;

    @Inject
    MentorEvents events;

    @Inject
    MentorDetailsCheck detailsCheck;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    FindMentors findMentors;

    @Inject
    Clock clock;

    @Transactional
    public MentorView register(String homeMunicipality, MentorDetails details) {
        if (!caller.actsFor(homeMunicipality)) {
            throw ProblemException.invalidField("homeMunicipality", "you do not act for municipality " + homeMunicipality);
        }
        detailsCheck.check(details, null);
        Mentor mentor = Mentor.register(homeMunicipality, details, clock.instant());
        mentors.persist(mentor);
        mentors.flush();
        events.registered(mentor);
        audit.allowed("register", ResourceScope.ownedBy("mentor", mentor.id(), homeMunicipality), homeMunicipality,
                MentorAccess.PURPOSE);
        return findMentors.view(mentor);
    }
}
