package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.ClaimFile;
import jakarta.ws.rs.core.Response;

/** A service's file passed to the browser as the service rendered it; the dashboard adds nothing and keeps no copy. */
final class FileAnswer {

    private FileAnswer() {
    }

    static Response of(ClaimFile file) {
        Response.ResponseBuilder response = Response.ok(file.body(), file.contentType());
        if (file.contentDisposition() != null) {
            response.header("Content-Disposition", file.contentDisposition());
        }
        return response.build();
    }
}
