package dk.mentor.kit.audit;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.time.DanishTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    /** How far a list of entries is counted: every audited read adds one, so the trail is the largest table. */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "List audit entries", description = "Newest first; only entries about data of the"
            + " caller's municipalities, narrowed by every filter given. The total is counted up to the kit's count cap.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public Page<AuditEntryResponse> list(
            @Parameter(description = "Only entries about this subject id") @QueryParam("subjectId") String subjectId,
            @Parameter(description = "Only entries of this user name", example = "caseworker-aarhus") @QueryParam("actor") String actor,
            @Parameter(description = "Only entries of this action", example = "read") @QueryParam("action") String action,
            @Parameter(description = "Only allowed or only denied attempts") @QueryParam("outcome") AuditEntry.Outcome outcome,
            @Parameter(description = "From this day on (Danish time, inclusive)", example = "2026-12-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Up to this day (Danish time, inclusive)", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @BeanParam PageParameters paging) {
        PageRequest request = paging.request();
        Set<String> municipalities = caller.municipalities();
        if (municipalities.isEmpty()) {
            return Page.slice(List.of(), request, AuditEntryResponse::from);
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("municipalities", municipalities));
        StringBuilder where = new StringBuilder(" where e.ownerMunicipality in :municipalities");
        filter(where, parameters, "e.subjectId = :subjectId", "subjectId", subjectId);
        filter(where, parameters, "e.actorName = :actor", "actor", actor);
        filter(where, parameters, "e.action = :action", "action", action);
        filter(where, parameters, "e.outcome = :outcome", "outcome", outcome);
        filter(where, parameters, "e.occurredAt >= :from", "from", from == null ? null : startOf(from));
        filter(where, parameters, "e.occurredAt < :to", "to", to == null ? null : startOf(to.plusDays(1)));
        var query = em.createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class);
        parameters.forEach(query::setParameter);
        List<AuditEntry> entries = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        CappedCount total = CappedCounts.jpql(em, "select e.id from AuditEntry e" + where,
                counted -> parameters.forEach(counted::setParameter), CappedCount.limit(request, countCap));
        return Page.of(entries, request, total, AuditEntryResponse::from);
    }

    private static void filter(StringBuilder where, Map<String, Object> parameters, String condition, String name,
                               Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(DanishTime.ZONE).toOffsetDateTime();
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
