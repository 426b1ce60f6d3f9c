package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.audit.AuditLog;
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
    MunicipalityAccess access;

    @Inject
    AuditLog audit;

    @Inject
    FindMentors findMentors;

    @Inject
    Clock clock;

    @Transactional
    public MentorView register(String homeMunicipality, MentorDetails details) {
        access.requireActsFor(homeMunicipality, "municipality", "register", MentorAccess.PURPOSE);
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
