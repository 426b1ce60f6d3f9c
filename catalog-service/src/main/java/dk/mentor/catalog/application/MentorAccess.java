package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.contracts.codes.SharingScope;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what to a mentor. Coordinators and caseworkers of the home municipality and of the
 * municipalities the mentor is shared with read; only coordinators of the home municipality edit; the
 * mentor reads their own record and keeps their availability and contact details. Anyone else gets
 * 404, as if the mentor did not exist, and the attempt is audited.
 */
@ApplicationScoped
public class MentorAccess {

    static final String PURPOSE = "mentor catalogue";

    @Inject
    MentorRepository mentors;

    @Inject
    MunicipalityAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public Mentor toRead(UUID id) {
        return check(load(id, false), "read");
    }

    /** For a coordinator's change; a reader who may not edit gets 403 (they know the mentor exists). */
    public Mentor toEdit(UUID id, String action) {
        Mentor mentor = check(load(id, true), action);
        if (!(caller.hasRole(Roles.COORDINATOR) && caller.actsFor(mentor.homeMunicipality()))) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only coordinators of the home municipality " + mentor.homeMunicipality() + " change this mentor");
        }
        return mentor;
    }

    /** For the mentor's own availability and contact details, or the home coordinator's. */
    public Mentor toEditOwnOrAsCoordinator(UUID id, String action) {
        Mentor mentor = check(load(id, true), action);
        boolean own = caller.hasRole(Roles.MENTOR) && mentor.isOwnAccount(caller.username());
        if (!own && !(caller.hasRole(Roles.COORDINATOR) && caller.actsFor(mentor.homeMunicipality()))) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only the mentor and coordinators of the home municipality change this");
        }
        return mentor;
    }

    /** Contact details go to the mentor and to staff of the home and the listed municipalities only. */
    public boolean seesContact(Mentor mentor) {
        if (caller.hasRole(Roles.MENTOR) && mentor.isOwnAccount(caller.username())) {
            return true;
        }
        boolean staff = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.CASEWORKER);
        return staff && (caller.actsFor(mentor.homeMunicipality()) || mentor.sharedWith().stream().anyMatch(caller::actsFor));
    }

    public MentorRepository.Viewer viewer() {
        boolean staff = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.CASEWORKER);
        return new MentorRepository.Viewer(staff ? caller.municipalities() : Set.of(),
                caller.hasRole(Roles.MENTOR) ? caller.username() : null);
    }

    private Mentor load(UUID id, boolean forUpdate) {
        return (forUpdate ? mentors.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE) : mentors.withWindows(id))
                .orElseThrow(() -> ProblemException.notFound("mentor", id));
    }

    private Mentor check(Mentor mentor, String action) {
        ResourceScope scope = ResourceScope.ownedBy("mentor", mentor.id(), mentor.homeMunicipality());
        if (caller.hasRole(Roles.MENTOR) && mentor.isOwnAccount(caller.username())) {
            audit.allowed(action, scope, mentor.homeMunicipality(), PURPOSE + " (own record)");
            return mentor;
        }
        boolean staff = caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.CASEWORKER);
        if (!staff) {
            audit.denied(action, scope, PURPOSE);
            throw ProblemException.notFound("mentor", mentor.id());
        }
        access.require(scope.sharedWith(sharedWith(mentor)), action, PURPOSE);
        return mentor;
    }

    private Set<String> sharedWith(Mentor mentor) {
        if (mentor.sharingScope() == SharingScope.NATIONAL) {
            return caller.municipalities();
        }
        return mentor.sharingScope() == SharingScope.LISTED_MUNICIPALITIES ? new HashSet<>(mentor.sharedWith()) : Set.of();
    }
}
