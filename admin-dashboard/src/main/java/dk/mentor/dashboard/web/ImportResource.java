package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.ImportReport;
import dk.mentor.dashboard.application.MentorImport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The coordinator's catalogue import: upload a CSV or XLSX file, see catalog-service's dry run (how many
 * rows would register or update a mentor, and every refused row with why), then confirm to import the
 * same file for real. The file travels back with the preview in a hidden field, so the dashboard keeps
 * nothing between the two steps.
 */
@Path("/catalogue/import")
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    /** What the page shows: the preview of a file (with it, to confirm) or the result of the real import. */
    public record ImportPage(String fileName, String fileData, ImportReport preview, ImportReport imported,
                             String formError, String fileError, String confirmKey) {

        static ImportPage empty() {
            return new ImportPage(null, null, null, null, null, null, null);
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance importPage(ImportPage page);
    }

    @Inject
    MentorImport imports;

    @Inject
    CurrentUser user;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance form() {
        return pages.page(Templates.importPage(ImportPage.empty()), "catalogue");
    }

    /** The dry run of an uploaded file. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm("file") FileUpload file) {
        String name = file == null ? null : file.fileName();
        byte[] bytes = read(file);
        FormOutcome outcome = imports.run(name, bytes, true, UUID.randomUUID().toString(), user.accessToken());
        if (!outcome.succeeded()) {
            return page(new ImportPage(name, null, null, null, outcome.formError(), outcome.of("file"), null), outcome.status());
        }
        return page(new ImportPage(name, Base64.getEncoder().encodeToString(bytes), (ImportReport) outcome.body(), null, null,
                null, UUID.randomUUID().toString()), 200);
    }

    /** The real import of the file the preview showed; the service writes every row or none. */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestForm("fileName") String name, @RestForm("fileData") String data,
                            @RestForm("idempotencyKey") String key) {
        byte[] bytes;
        try {
            bytes = data == null ? new byte[0] : Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        FormOutcome outcome = imports.run(name, bytes, false, MeetingForm.key(key), user.accessToken());
        if (!outcome.succeeded()) {
            return page(new ImportPage(name, null, null, null, outcome.formError(), outcome.of("file"), null), outcome.status());
        }
        return page(new ImportPage(name, null, null, (ImportReport) outcome.body(), null, null, null), 200);
    }

    private Response page(ImportPage page, int status) {
        return Response.status(status).entity(pages.page(Templates.importPage(page), "catalogue"))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
