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
}
