package dk.mentor.bench.harness;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One measured path: a GET of a fixed URL, or a POST whose body the supplier makes anew for every
 * request (a write must not repeat itself). The bearer token is the one the measurement took at its
 * start, so no request pays for fetching one.
 */
record Call(String label, String service, Kind kind, String user, URI uri, Supplier<String> body) {

    /** Which of the peer's paths a call is compared with. */
    enum Kind { READ, WRITE }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    static Call get(String label, String service, String user, String url) {
        return new Call(label, service, Kind.READ, user, URI.create(url), null);
    }

    static Call post(String label, String service, String user, String url, Supplier<String> body) {
        return new Call(label, service, Kind.WRITE, user, URI.create(url), body);
    }

    /** The same call under another label (the same path measured under other conditions). */
    Call labelled(String other) {
        return new Call(other, service, kind, user, uri, body);
    }

    HttpRequest request(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            return request.GET().build();
        }
        return request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.get())).build();
    }
}
