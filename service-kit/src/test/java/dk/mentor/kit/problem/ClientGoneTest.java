package dk.mentor.kit.problem;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A caller that closes its connection while its body is being read (a load tool stopping, a client
 * that gave up) is not a failure of the service: once it was logged as an "unexpected error" with a
 * stack trace and answered as a 500.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class ClientGoneTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    MeterRegistry metrics;

    @Test
    void shouldNotLogAnErrorWhenTheClientClosesItsConnectionMidBody() throws Exception {
        Logger mappers = Logger.getLogger(FrameworkProblemMappers.class.getName());
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        mappers.addHandler(handler);
        try {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + Widgets.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                        + Widgets.coordinatorOf("0751") + "\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                        + "{\"name\": \"half a wid").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // closed only once the service is handling the request, its worker waiting for the rest of the body
                await().atMost(Duration.ofSeconds(10)).until(() -> activeRequests() > 0);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> records.stream()
                    .anyMatch(r -> r.getMessage() != null && r.getMessage().contains("closed the connection")));
            assertEquals(List.of(), records.stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogRecord::getMessage).toList());
        } finally {
            mappers.removeHandler(handler);
        }
    }

    /** Requests the HTTP server has begun and not yet ended (Quarkus's own meter). */
    private int activeRequests() {
        Gauge active = metrics.find("http.server.active.requests").gauge();
        return active == null ? 0 : (int) active.value();
    }
}
