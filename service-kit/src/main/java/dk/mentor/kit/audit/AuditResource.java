package dk.mentor.kit.audit;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for auditors, limited to the data of the municipalities they act for. */
@Path("/api/v1/audit-entries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
@Tag(name = "audit", description = "Who did what to which subject, why and when")
public class AuditResource {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "List audit entries", description = "Newest first; only entries about data of the caller's municipalities.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public Page<AuditEntryResponse> list(
            @Parameter(description = "Only entries about this subject id") @QueryParam("subjectId") String subjectId,
            @BeanParam PageParameters paging) {
        PageRequest request = paging.request();
        Set<String> municipalities = caller.municipalities();
        String where = " where e.ownerMunicipality in :municipalities"
                + (subjectId == null ? "" : " and e.subjectId = :subjectId");
        var query = em.createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class).setParameter("municipalities", municipalities);
        var count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class)
                .setParameter("municipalities", municipalities);
        if (subjectId != null) {
            query.setParameter("subjectId", subjectId);
            count.setParameter("subjectId", subjectId);
        }
        List<AuditEntry> entries = municipalities.isEmpty() ? List.of()
                : query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = municipalities.isEmpty() ? 0 : count.getSingleResult();
        return Page.of(entries, request, total, AuditEntryResponse::from);
    }

    @Schema(name = "AuditEntry", description = "One line of the append-only audit trail.")
    public record AuditEntryResponse(
            @Schema(description = "When it happened.") OffsetDateTime occurredAt,
            @Schema(description = "Subject (user id) of the actor.") String actorSubject,
            @Schema(description = "User name of the actor.", example = "caseworker-aarhus") String actorName,
            @Schema(description = "Client the actor's token was issued to (its azp claim): the dashboard, a case"
                    + " system, the dev command line; absent when the token named none.",
                    example = "case-system-aarhus") String actorClient,
            @Schema(description = "Municipalities the actor's token named.", example = "0751") String actorMunicipalities,
            @Schema(description = "Municipality the actor acted for; empty if denied.", example = "0751") String actingMunicipality,
            @Schema(description = "Municipality owning the data.", example = "0751") String ownerMunicipality,
            @Schema(description = "What was done.", example = "read") String action,
            @Schema(description = "Kind of subject.", example = "mentor") String subjectType,
            @Schema(description = "Id of the subject.") String subjectId,
            @Schema(description = "Why it was done.", example = "matching") String purpose,
            @Schema(description = "ALLOWED or DENIED.", example = "DENIED") String outcome) {

        static AuditEntryResponse from(AuditEntry e) {
            return new AuditEntryResponse(e.occurredAt, e.actorSubject, e.actorName, e.actorClient, e.actorMunicipalities,
                    e.actingMunicipality, e.ownerMunicipality, e.action, e.subjectType, e.subjectId, e.purpose,
                    e.outcome.name());
        }
    }
}
