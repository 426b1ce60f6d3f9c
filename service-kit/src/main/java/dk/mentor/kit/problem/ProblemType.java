package dk.mentor.kit.problem;

import java.net.URI;

/** The stable problem types clients may switch on; the title is the same for every occurrence. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    EXTERNAL_REFERENCE_TAKEN(409, "external-reference-taken", "External reference already in use"),
    STALE_WRITE(412, "stale-write", "The resource has changed since it was read"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RULE_VIOLATED(422, "rule-violated", "A business rule was violated"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused for a different request"),
    REQUEST_IN_PROGRESS(409, "request-in-progress", "A request with this idempotency key is still in progress"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match required"),
    /** An events feed cursor older than the oldest kept event: resync from the list endpoints, then follow anew. */
    CURSOR_EXPIRED(410, "cursor-expired", "The cursor is older than the oldest kept event"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable");

    public static final String BASE = "https://mentor.example/problems/";

    private final int status;
    private final URI uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /**
     * The type that fits an HTTP status the framework produced, e.g. 405 for a wrong method. The two
     * excluded types name one specific cause, which a framework status never means.
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION_FAILED && type != CURSOR_EXPIRED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
