package dk.mentor.kit.audit;

import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets an auditor check that nobody has changed or removed audit entries behind the service's back. */
@Path("/api/v1/audit-entries/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "audit", description = "Who did what to which subject, why and when")
public class AuditVerificationResource {

    /** The whole log of the service, not one municipality's data: the audit line has no owner. */
    static final ResourceScope AUDIT_CHAIN = new ResourceScope("audit-chain", null, null, Set.of());
    static final String PURPOSE = "audit chain verification";

    @Inject
    AuditChainVerifier verifier;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "verifyAuditLog", summary = "Verify the audit log", description = "Seals the entries written since the last seal, then"
            + " recomputes the hash chain over every entry of this service, all municipalities. Answers 200 whether"
            + " the chain is intact or not.")
    @APIResponse(responseCode = "200", description = "The result of the check")
    public VerificationResponse verify() {
        audit.allowed("verify", AUDIT_CHAIN, null, PURPOSE);
        OffsetDateTime verifiedAt = OffsetDateTime.now(clock);
        AuditChainVerifier.Result result = verifier.verify();
        return new VerificationResponse(result.intact(), result.entriesChecked(), result.firstBrokenEntryId(),
                result.reason(), verifiedAt);
    }

    @Schema(name = "AuditVerification", description = "Whether the audit log still matches its hash chain.")
    public record VerificationResponse(
            @Schema(description = "True when every sealed entry matches its seal and nothing is missing.") boolean intact,
            @Schema(description = "How many sealed entries were checked before the end or the first break.", example = "1042")
            long entriesChecked,
            @Schema(description = "Id of the first entry found changed, removed or unsealed; null when intact.", nullable = true)
            Long firstBrokenEntryId,
            @Schema(description = "What is wrong at that entry; null when intact.", nullable = true,
                    example = "entry 17 differs from what seal 17 recorded") String reason,
            @Schema(description = "When the check started.") OffsetDateTime verifiedAt) {
    }
}
