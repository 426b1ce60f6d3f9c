package dk.mentor.dashboard.infra;

import java.util.List;

/** What one call to a service came to: its body, a problem it answered with, or no usable answer at all. */
public sealed interface Reply<T> {

    record Ok<T>(T body) implements Reply<T> {
    }

    /** An RFC 9457 answer (4xx): the service worked and said no; {@code fields} are the fields a 400 names. */
    record Problem<T>(int status, String type, List<String> fields) implements Reply<T> {
    }

    /** Refused, timed out, 5xx or an unreadable body: the service is not usable right now. */
    record Unavailable<T>(String reason) implements Reply<T> {
    }
}
