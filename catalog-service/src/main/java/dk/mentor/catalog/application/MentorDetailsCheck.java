package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.catalog.infra.persistence.OrganisationRepository;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** The checks of a mentor's details that need the database: the organisation exists, the account is free. */
@ApplicationScoped
public class MentorDetailsCheck {

    @Inject
    OrganisationRepository organisations;

    @Inject
    MentorRepository mentors;

    public void check(MentorDetails details, UUID mentorId) {
        if (details.organisationId() != null && organisations.findByIdOptional(details.organisationId()).isEmpty()) {
            throw ProblemException.invalidField("organisationId", "no organisation with id " + details.organisationId());
        }
        if (details.accountUsername() != null && mentors.accountTaken(details.accountUsername(), mentorId)) {
            throw ProblemException.conflict("The account " + details.accountUsername() + " already belongs to another mentor");
        }
    }
}
