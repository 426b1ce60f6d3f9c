package dk.mentor.matching.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.matching.application.ManageEligibilityRules;
import dk.mentor.matching.domain.EligibilityRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/eligibility-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "eligibility-rules", description = "Effective-dated rows: which kinds of mentor may serve which citizens under which legal basis")
public class EligibilityRuleResource {

    @Inject
    ManageEligibilityRules manage;
    @Inject
    CodeLists codeLists;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR})
    @Operation(operationId = "listEligibilityRules", summary = "List eligibility rows",
            description = "By legal basis, first day, code and id.")
    @APIResponse(responseCode = "200", description = "A page of eligibility rows")
    public Page<EligibilityRuleResponse> list(
            @Parameter(description = "Only rows of this legal basis code", example = "LAB_167") @QueryParam("legalBasis") String legalBasis,
            @Parameter(description = "Only rows in force on this day", example = "2026-12-01") @QueryParam("on") LocalDate on,
            @BeanParam PageParameters paging) {
        return manage.page(legalBasis, on, paging.request(), EligibilityRuleResponse::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR})
    @Operation(operationId = "getEligibilityRule", summary = "Get an eligibility row")
    @APIResponse(responseCode = "200", description = "The row",
            content = @Content(schema = @Schema(implementation = EligibilityRuleResponse.class)))
    public EligibilityRuleResponse get(@Parameter(description = "The row's id") @PathParam("id") UUID id) {
        return EligibilityRuleResponse.from(manage.byId(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addEligibilityRule", summary = "Add an eligibility row",
            description = "Takes effect for the next referral ordered or ranked, without a release; audited.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new row",
            content = @Content(schema = @Schema(implementation = EligibilityRuleResponse.class)))
    public Response add(@Valid @NotNull EligibilityRuleRequest request, @Context UriInfo uri) {
        EligibilityRule rule = manage.add(request.toTerms(codeLists));
        return Response.created(uri.getAbsolutePathBuilder().path(rule.id().toString()).build())
                .entity(EligibilityRuleResponse.from(rule)).build();
    }
}
