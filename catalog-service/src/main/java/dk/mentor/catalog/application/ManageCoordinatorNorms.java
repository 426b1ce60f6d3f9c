package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.CoordinatorNorm;
import dk.mentor.catalog.infra.persistence.CoordinatorWorkRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.function.Function;

/**
 * The coordinator norm rows: suite-wide guidance that belongs to no municipality. Coordinators read them;
 * an administrator adds one when the guidance changes, audited.
 */
@ApplicationScoped
public class ManageCoordinatorNorms {

    @Inject
    CoordinatorWorkRepository work;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public CoordinatorNorm add(CoordinatorNorm.Terms terms) {
        CoordinatorNorm norm = CoordinatorNorm.add(terms, caller.username(), clock.instant());
        work.persist(norm);
        // the row belongs to no municipality; the entry names the administrator's, so its auditor reads it
        String acting = caller.municipalities().stream().sorted().findFirst().orElse(null);
        audit.allowed("create", ResourceScope.ownedBy("coordinator-norm", norm.id(), acting), acting, "rule-administration");
        return norm;
    }

    @Transactional
    public <T> Page<T> page(PageRequest page, Function<CoordinatorNorm, T> mapper) {
        return Page.slice(work.norms(), page, mapper);
    }
}
