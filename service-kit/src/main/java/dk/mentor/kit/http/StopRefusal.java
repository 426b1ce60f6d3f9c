package dk.mentor.kit.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.problem.ProblemType;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses new requests from the moment the service is told to stop (SIGTERM), so the requests already
 * taken can finish within {@code quarkus.shutdown.timeout}. Quarkus itself keeps serving new requests
 * while it waits for the running ones (it only closes each connection after its answer), so under
 * steady load the count of running requests never reached zero, the wait ran into the timeout, and
 * requests still running then were cut: done, but unanswered. A refused request was not started; it
 * answers 503 with Retry-After, so a client sends it again, to another instance or after the restart.
 * In Kubernetes the Deployment's preStop pause lets the endpoints drop the pod before the SIGTERM.
 */
@ApplicationScoped
public class StopRefusal {

    /** Seconds a client should wait: another instance is usually there at once, this one after its restart. */
    static final String RETRY_AFTER_SECONDS = "1";

    @Inject
    ObjectMapper json;

    private volatile boolean stopping;

    /** Only in a packaged service: a test or dev JVM outlives many applications, and each would leave a hook behind. */
    void watchForStop(@Observes StartupEvent started) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "refuse-new-requests"));
        }
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseWhileStopping);
    }

    private void refuseWhileStopping(RoutingContext context) {
        if (!stopping) {
            context.next();
            return;
        }
        context.response().putHeader("Connection", "close").putHeader("Retry-After", RETRY_AFTER_SECONDS);
        ProblemReply.send(context, json, ProblemType.UNAVAILABLE,
                "The service is stopping and takes no new requests; send the request again");
    }
}
