package dk.mentor.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the one error format of every service. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem detail (media type application/problem+json).")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem.", example = "https://mentor.example/problems/not-found")
        URI type,
        @Schema(description = "Short summary of the kind of problem.", example = "Not found")
        String title,
        @Schema(description = "The HTTP status code.", example = "404")
        int status,
        @Schema(description = "What went wrong in this request.", example = "No mentor with id 3f0c…")
        String detail,
        @Schema(description = "The request path that caused the problem.", example = "/api/v1/mentors/3f0c…")
        String instance,
        @Schema(description = "One entry per rejected field, for validation problems.")
        List<FieldError> errors,
        @Schema(description = "For external-reference-taken: the id of the resource that already carries the"
                + " external reference; the Location header names it.", example = "3f0c5d1e-8a4b-4c2d-9e7f-1a2b3c4d5e6f")
        String existingId) {

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "Why one field of the request was rejected.")
    public record FieldError(
            @Schema(description = "Path of the field in the request.", example = "displayName") String field,
            @Schema(description = "Why it was rejected.", example = "must not be blank") String message) {
    }
}
