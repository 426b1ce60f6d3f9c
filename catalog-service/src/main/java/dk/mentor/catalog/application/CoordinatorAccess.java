package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.catalog.infra.persistence.CoordinatorRepository;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A coordinator, their assignments, hours and hotline belong to the coordinator's municipality only. */
@ApplicationScoped
public class CoordinatorAccess {

    static final String PURPOSE = "mentor coordination";

    @Inject
    CoordinatorRepository coordinators;

    @Inject
    MunicipalityAccess access;

    /** @throws ProblemException 404 (audited) for an unknown coordinator or one of a municipality the caller does not act for */
    public Coordinator load(UUID id, String action) {
        Coordinator coordinator = coordinators.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("coordinator", id));
        access.require(ResourceScope.ownedBy("coordinator", id, coordinator.municipality()), action, PURPOSE);
        return coordinator;
    }
}
