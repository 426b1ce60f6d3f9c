package dk.mentor.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.mentor.dashboard.infra.ServiceClient;
import dk.mentor.dashboard.testing.StandInServices;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page's sections each stand alone: a service that never answers greys out its own section once
 * the timeout passes, and the sections of the services that did answer are shown as usual.
 */
class DegradedSectionsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(800);
    private static final UUID MENTOR = UUID.fromString("5b0f5c39-2a3e-4d6c-9a43-0c1f7f3a1a11");

    private HttpServer catalog;
    private ServerSocket silent;

    @BeforeEach
    void services() throws IOException {
        catalog = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        catalog.createContext("/api/v1/mentors/" + MENTOR + "/training", exchange -> answer(exchange, 200, """
                {"mentorId":"%s","startCourseCompleted":true,"totalHours":7.5,"totalCost":12345.5,"attendances":[]}""".formatted(MENTOR)));
        catalog.createContext("/api/v1/mentors/" + MENTOR, exchange -> answer(exchange, 200, """
                {"id":"%s","displayName":"Hanne Mentor","kind":"VOLUNTEER","status":"ACTIVE","vettingComplete":true,
                 "languages":["ar"],"vetting":{"criminalRecordStatus":"CLEARED","criminalRecordCheckedOn":"2026-06-03"},
                 "someFieldTheDashboardDoesNotKnow":1}""".formatted(MENTOR)));
        catalog.createContext("/api/v1/mentors/", exchange -> answer(exchange, 404, """
                {"type":"https://mentor.example/problems/not-found","title":"Not found","status":404}"""));
        catalog.start();
        // accepts connections (the kernel does) but never reads or answers: a hung service
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void stop() throws IOException {
        catalog.stop(0);
        silent.close();
    }

    @Test
    void aServiceThatDoesNotAnswerGreysOutOnlyItsSectionAfterTheTimeout() {
        CatalogueQueries queries = new CatalogueQueries(client(url(catalog.getAddress().getPort()), url(silent.getLocalPort())));

        Instant begin = Instant.now();
        MentorView view = queries.mentor(MENTOR, "token");
        Duration took = Duration.between(begin, Instant.now());

        assertTrue(view.profile().isAvailable());
        assertEquals("Hanne Mentor", view.profile().value().displayName());
        assertEquals("CLEARED", view.profile().value().vetting().criminalRecordStatus());
        assertTrue(view.training().isAvailable());
        assertEquals(0, new BigDecimal("12345.5").compareTo(view.training().value().totalCost()));
        assertFalse(view.capacity().isAvailable());
        assertNull(view.capacity().value());
        assertEquals("unavailable_matching", view.capacity().messageKey());
        assertFalse(view.notFound());
        assertTrue(took.compareTo(TIMEOUT) >= 0, "waited for the timeout, took " + took);
    }

    @Test
    void aServiceThatIsDownGreysOutItsSection() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CatalogueQueries queries = new CatalogueQueries(client(url(catalog.getAddress().getPort()), url(closed)));

        MentorView view = queries.mentor(MENTOR, "token");

        assertTrue(view.profile().isAvailable());
        assertEquals("unavailable_matching", view.capacity().messageKey());
    }

    @Test
    void anAnswer404MakesThePageNotFoundRatherThanAnError() {
        CatalogueQueries queries = new CatalogueQueries(client(url(catalog.getAddress().getPort()), url(silent.getLocalPort())));

        MentorView view = queries.mentor(UUID.randomUUID(), "token");

        assertTrue(view.notFound());
        assertEquals("problem_not_found", view.profile().messageKey());
    }

    private static ServiceClient client(String catalogUrl, String matchingUrl) {
        return StandInServices.client(catalogUrl, matchingUrl, matchingUrl, matchingUrl, TIMEOUT);
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
