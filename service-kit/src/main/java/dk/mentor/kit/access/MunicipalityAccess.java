package dk.mentor.kit.access;

import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where municipality scoping is decided. A caller who acts for neither the owning
 * municipality nor one the resource is shared with gets 404, as if the resource did not exist,
 * and the attempt is written to the audit log even though the request fails.
 */
@ApplicationScoped
public class MunicipalityAccess {

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** Returns the municipality the caller acts for on this resource; the allowed access is audited too. */
    public String require(ResourceScope scope, String action, String purpose) {
        Optional<String> acting = actingMunicipality(scope);
        if (acting.isEmpty()) {
            audit.denied(action, scope, purpose);
            throw ProblemException.notFound(scope.subjectType(), scope.subjectId());
        }
        audit.allowed(action, scope, acting.get(), purpose);
        return acting.get();
    }

    /**
     * For a change made in a named municipality (a new mentor's home, a course's organiser): a caller
     * who does not act for it is refused as for a foreign resource, 404 and audited, since the rule is
     * that access outside a user's municipality is denied and logged.
     */
    public void requireActsFor(String municipality, String subjectType, String action, String purpose) {
        if (!caller.actsFor(municipality)) {
            audit.denied(action, ResourceScope.ownedBy(subjectType, municipality, municipality), purpose);
            throw ProblemException.notFound(subjectType, municipality);
        }
    }

    /**
     * Where a search may look: the caller's municipalities, or the one named. Naming a municipality
     * the caller does not act for is refused as {@link #requireActsFor} refuses it, so the attempt is
     * on that municipality's audit trail.
     */
    public Set<String> searchScope(String municipality, String subjectType, String purpose) {
        if (municipality == null) {
            return caller.municipalities();
        }
        requireActsFor(municipality, subjectType, "lookup", purpose);
        return Set.of(municipality);
    }

    private Optional<String> actingMunicipality(ResourceScope scope) {
        if (caller.actsFor(scope.owner())) {
            return Optional.of(scope.owner());
        }
        return scope.sharedWith().stream().filter(caller::actsFor).sorted().findFirst();
    }
}
