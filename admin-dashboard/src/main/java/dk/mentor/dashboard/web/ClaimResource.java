package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.ClaimFile;
import dk.mentor.dashboard.application.ClaimRow;
import dk.mentor.dashboard.application.ClaimStatus;
import dk.mentor.dashboard.application.ClaimView;
import dk.mentor.dashboard.application.FinanceQueries;
import dk.mentor.dashboard.application.Page;
import dk.mentor.dashboard.application.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The finance officer's claims: the list, a claim with its lines and files, and moving it through its lifecycle. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimResource {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance claims(Section<Page<ClaimRow>> claims, String status, List<ClaimStatus> statuses);

        static native TemplateInstance claim(ClaimView view);
    }

    @Inject
    FinanceQueries finance;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("status") String status) {
        Optional<ClaimStatus> chosen = ClaimStatus.parse(status);
        return pages.page(Templates.claims(finance.claims(page, chosen, user.accessToken()),
                chosen.map(Enum::name).orElse(""), Arrays.asList(ClaimStatus.values())), "claims");
    }

    @GET
    @Path("/{id}")
    public Response claim(@PathParam("id") UUID id) {
        return show(finance.claim(id, user.accessToken()), Response.Status.OK.getStatusCode());
    }

    /**
     * A move from the claim page's form. Moved: back to the claim (303, so a reload does not post
     * again). Refused: the claim page again, with the reason in Danish, as 409 or 422.
     */
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") UUID id, @FormParam("version") long version, @FormParam("status") String status,
                         @FormParam("reason") String reason) {
        Optional<ClaimStatus> target = ClaimStatus.parse(status);
        Optional<String> refused = target.isEmpty() ? Optional.of("claim_error_invalid")
                : finance.move(id, version, target.get(), reason, user.accessToken());
        if (refused.isEmpty()) {
            return Response.seeOther(URI.create("/claims/" + id)).build();
        }
        ClaimView view = finance.claim(id, user.accessToken()).withMoveError(refused.get());
        // 422 by its number: JAX-RS has no Response.Status for it, and fromStatusCode(422) is null (a 500 page instead of the reason)
        return show(view, refused.get().equals("claim_error_stale") ? Response.Status.CONFLICT.getStatusCode() : UNPROCESSABLE);
    }

    @GET
    @Path("/{id}/csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    public Response csv(@PathParam("id") UUID id) {
        return file(id, "csv");
    }

    @GET
    @Path("/{id}/document")
    public Response document(@PathParam("id") UUID id) {
        return file(id, "document");
    }

    /** The service's file as it rendered it (FileAnswer), or the claim's page with why it did not come. */
    private Response file(UUID id, String which) {
        Section<ClaimFile> file = finance.file(id, which, user.accessToken());
        if (!file.isAvailable()) {
            return file.notFound() ? NotFound.page(pages)
                    : Response.status(Response.Status.BAD_GATEWAY).entity(pages.page(Templates.claim(finance.claim(id,
                            user.accessToken()).withMoveError(file.messageKey())), "claims")).build();
        }
        return FileAnswer.of(file.value());
    }

    private Response show(ClaimView view, int status) {
        if (view.notFound()) {
            return NotFound.page(pages);
        }
        return Response.status(status).entity(pages.page(Templates.claim(view), "claims")).build();
    }
}
