package dk.mentor.kit.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method (usually a POST that creates something) that integrations may retry with an
 * {@code Idempotency-Key} header: a repeat with the same key and body gets the first response again
 * instead of a second change. Without the header the method behaves as usual.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /** A key is 1 to this many visible ASCII characters. */
    int MAX_KEY_LENGTH = 200;

    /** Answered {@code true} on a response that repeats the first one for the same key. */
    String REPLAYED_HEADER = "Idempotent-Replayed";

    /** How the header is described in each service's OpenAPI document. */
    String DESCRIPTION = "Optional. A key of the client's choosing (e.g. a UUID) that makes a retry safe: a repeat with"
            + " the same key and body within the retention (configuration mentor.idempotency.retention, 24 hours by"
            + " default) gets the first response again (header Idempotent-Replayed:"
            + " true) instead of a second change; the same key with another body gives 422, a repeat while the"
            + " first is still running 409.";
}
