package dk.mentor.dashboard.infra;

/** What one call to a service came to: its body, a problem it answered with, or no usable answer at all. */
public sealed interface Reply<T> {

    record Ok<T>(T body) implements Reply<T> {
    }

    /** An RFC 9457 answer (4xx): the service worked and said no. */
    record Problem<T>(int status, String type) implements Reply<T> {
    }

    /** Refused, timed out, 5xx or an unreadable body: the service is not usable right now. */
    record Unavailable<T>(String reason) implements Reply<T> {
    }
}
