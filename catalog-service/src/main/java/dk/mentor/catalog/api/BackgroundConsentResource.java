package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ManageBackgroundConsent;
import dk.mentor.catalog.application.MentorView;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mentor's consent to religion or ethnicity role-model tags: the only way such tags reach the catalogue. */
@Path("/api/v1/mentors/{id}/background-consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mentors")
public class BackgroundConsentResource {

    private static final String IF_MATCH = "The ETag of the mentor read";

    @Inject
    ManageBackgroundConsent consents;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.MENTOR})
    @Operation(operationId = "giveMentorBackgroundConsent", summary = "Record the mentor's consent to background role-model tags",
            description = "Religion and ethnicity are special-category data (GDPR art. 9). The tags are held, shown and"
                    + " published to matching as role-model tags only while the consent stands; a new consent replaces the"
                    + " earlier one. The mentor themself or a coordinator of the home municipality.")
    @APIResponse(responseCode = "200", description = "The mentor with the consented tags",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response give(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                         @Valid @NotNull ConsentRequest request) {
        return ok(consents.give(id, ifMatch, request.tags(), request.givenOn()));
    }

    @DELETE
    @RolesAllowed({Roles.COORDINATOR, Roles.MENTOR})
    @Operation(operationId = "withdrawMentorBackgroundConsent", summary = "Withdraw the mentor's background consent",
            description = "Erases the background tags; matching stops using them with the next profile it receives.")
    @APIResponse(responseCode = "200", description = "The mentor without background tags",
            content = @Content(schema = @Schema(implementation = MentorResponse.class)))
    public Response withdraw(@PathParam("id") UUID id, @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return ok(consents.withdraw(id, ifMatch));
    }

    @Schema(name = "BackgroundConsent", description = "The mentor's explicit consent and the tags it covers.")
    public record ConsentRequest(
            @Schema(description = "Religion or ethnicity tags the mentor agrees to be matched by.", example = "[\"muslim\"]")
            @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 60) String> tags,
            @Schema(description = "The day the mentor gave the consent.", example = "2026-11-20") @NotNull @PastOrPresent LocalDate givenOn) {
    }

    private static Response ok(MentorView view) {
        return Versions.ok(MentorResponse.from(view), view.mentor().version());
    }
}
