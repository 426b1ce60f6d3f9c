package dk.mentor.refusion.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import dk.mentor.kit.api.Versions;
import dk.mentor.refusion.application.ManageRules;
import dk.mentor.refusion.domain.RuleSet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rule-sets", description = "Effective-dated refund rules per legal basis, target group and expense type")
public class RuleSetResource {

    @Inject
    ManageRules manageRules;

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "listRuleSets", summary = "List rule rows", description = "By legal basis, then first day in force.")
    @APIResponse(responseCode = "200", description = "A page of rule rows")
    public Page<RuleSetResponse> list(
            @Parameter(description = "Only rows of this legal basis code", example = "LAB_78") @QueryParam("legalBasis") String legalBasis,
            @Parameter(description = "Only rows of this regime", example = "LAB_2009") @QueryParam("regime") String regime,
            @Parameter(description = "Only rows in force on this day", example = "2010-05-01") @QueryParam("on") LocalDate on,
            @BeanParam PageParameters paging) {
        return manageRules.page(legalBasis, regime, on, paging.request(), RuleSetResponse::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "getRuleSet", summary = "Get a rule row")
    @APIResponse(responseCode = "200", description = "The rule row; ETag holds its version",
            content = @Content(schema = @Schema(implementation = RuleSetResponse.class)))
    public Response get(@Parameter(description = "The rule's id") @PathParam("id") UUID id) {
        RuleSet rule = manageRules.byId(id);
        return Versions.ok(RuleSetResponse.from(rule), rule.version());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addRuleSet", summary = "Add a rule row", description = "A new effective-dated row, e.g. a new regime or a municipality's ceiling; audited.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new row",
            content = @Content(schema = @Schema(implementation = RuleSetResponse.class)))
    public Response create(@Valid @NotNull RuleSetRequest request, @Context UriInfo uri) {
        RuleSet rule = manageRules.create(request.toTerms());
        return Versions.created(uri.getAbsolutePathBuilder().path(rule.id().toString()).build(),
                RuleSetResponse.from(rule), rule.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeRuleSet", summary = "Change a rule row", description = "E.g. fill in a placeholder's ceiling amount or end the row; needs If-Match; audited.")
    @APIResponse(responseCode = "200", description = "Changed; ETag holds the new version",
            content = @Content(schema = @Schema(implementation = RuleSetResponse.class)))
    public Response update(@Parameter(description = "The rule's id") @PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the row as read") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull RuleSetRequest request) {
        RuleSet rule = manageRules.update(id, ifMatch, request.toTerms());
        return Versions.ok(RuleSetResponse.from(rule), rule.version());
    }

    @GET
    @Path("{id}/changes")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "listRuleSetChanges", summary = "List a rule row's changes", description = "Oldest first, from the seeding migration on.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<RuleSetChangeResponse> changes(@Parameter(description = "The rule's id") @PathParam("id") UUID id,
                                               @BeanParam PageParameters paging) {
        return manageRules.changes(id, paging.request(), RuleSetChangeResponse::from);
    }
}
