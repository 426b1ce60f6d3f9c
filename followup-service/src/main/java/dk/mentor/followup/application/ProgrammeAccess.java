package dk.mentor.followup.application;

import dk.mentor.followup.domain.programme.Membership;
import dk.mentor.followup.domain.programme.Programme;
import dk.mentor.followup.infra.persistence.ProgrammeRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may see a programme and its rows. The staff and administrators of every municipality that is
 * or was a member see the programme and its aggregated report, and its administrators manage it; no
 * one else (404, audited, as for any foreign resource). Row-level data, one line per plan, is shown only for a
 * municipality the caller acts for; asking for another member's rows is refused with 403 and audited.
 */
@ApplicationScoped
public class ProgrammeAccess {

    public static final String SUBJECT = "programme";

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    ProgrammeRepository programmes;

    /** The programme, if the caller may see it; the access is audited under the first member they act for. */
    public Programme see(UUID id, String action, String purpose) {
        Programme programme = programmes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(SUBJECT, id));
        ResourceScope scope = scope(programme);
        Optional<String> acting = programme.members().stream().map(Membership::municipality)
                .filter(caller::actsFor).findFirst();
        if (acting.isEmpty()) {
            audit.denied(action, scope, purpose);
            throw ProblemException.notFound(SUBJECT, id);
        }
        audit.allowed(action, scope, acting.get(), purpose);
        return programme;
    }

    /** The programme, for a request about the rows of {@code municipality}: only that municipality's own staff get them. */
    public Programme rowsOf(UUID id, String municipality, String purpose) {
        Programme programme = see(id, "read-report", purpose);
        if (!caller.actsFor(municipality)) {
            audit.denied("read-report-rows", ResourceScope.ownedBy(SUBJECT, id, municipality), purpose);
            throw new ProblemException(ProblemType.FORBIDDEN, "A member municipality sees the other members' figures"
                    + " only aggregated; the rows of " + municipality + " are for its own staff");
        }
        if (programme.membership(municipality).isEmpty()) {
            throw ProblemException.invalidField("municipality", "is not a member of the programme");
        }
        audit.allowed("read-report-rows", ResourceScope.ownedBy(SUBJECT, id, municipality), municipality, purpose);
        return programme;
    }

    /** A programme belongs to all its members alike; the audit trail lists the first as owner and the rest as sharing it. */
    private static ResourceScope scope(Programme programme) {
        Set<String> members = programme.members().stream().map(Membership::municipality).collect(Collectors.toSet());
        String owner = programme.members().isEmpty() ? null : programme.members().get(0).municipality();
        return ResourceScope.ownedBy(SUBJECT, programme.id(), owner).sharedWith(members);
    }
}
