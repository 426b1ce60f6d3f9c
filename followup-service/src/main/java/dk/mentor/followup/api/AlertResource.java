package dk.mentor.followup.api;


import dk.mentor.followup.api.FollowUpResource.AlertResponse;
import dk.mentor.followup.application.ComputeAlerts;
import dk.mentor.followup.domain.Alert;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.SOCIAL_WORKER, Roles.COORDINATOR})
@Tag(name = "follow-up", description = "The follow-up schedule: recorded follow-ups and the alerts of what is due")
public class AlertResource {

    @Inject
    ComputeAlerts alerts;

    @GET
    @Operation(operationId = "listAlerts", summary = "List alerts", description = "What is due on the active plans of the caller's municipalities today, by due date.")
    @APIResponse(responseCode = "200", description = "A page of alerts")
    public Page<AlertResponse> alerts(@Parameter(description = "Only alerts of this kind",
                                              schema = @Schema(ref = OpenApiComponents.ALERT_KIND))
                                      @QueryParam("kind") Alert.Kind kind,
                                      @BeanParam PageParameters paging) {
        return alerts.forCaller(kind, paging.request(), AlertResponse::from);
    }
}
