package dk.mentor.kit.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.access.Roles;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The figures an operator alerts on, read from /q/metrics as Prometheus reads them. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class OperationalMetricsTest {

    @Inject
    BacklogGauges backlog;

    @Inject
    EventConsumer events;

    @Inject
    TestDatabase db;

    @Test
    void shouldCountADeniedReadAsADeniedAuditWriteAndANotFoundProblem() {
        String id = Widgets.create("0751");
        Scrape before = Scrape.now();

        given().header("Authorization", TestTokens.user("caseworker-odense").roles(Roles.CASEWORKER)
                .municipalities("0461").bearer()).get(Widgets.PATH + "/" + id).then().statusCode(404);

        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "mentor_audit_writes_total", "outcome=\"DENIED\""));
        assertEquals(1, delta(before, after, "mentor_problems_total", "type=\"not-found\"", "status=\"404\""));
    }

    @Test
    void shouldReportTheBacklogAndTheAgeOfTheOldestEventTheRelayCannotSend() {
        // a topic name the broker refuses keeps the row unsent, as a broker outage would
        UUID stuck = UUID.randomUUID();
        db.execute("insert into outbox_message (event_id, topic, message_key, event_type, source, subject, occurred_at,"
                + " payload, created_at) values (cast(?1 as uuid), 'no such topic!', 'k', 'dk.mentor.kittest.Stuck.v1',"
                + " '/kit-test', 's', now(), '{}', now() - interval '10 minutes')", stuck.toString());
        try {
            backlog.sample();
            Scrape stuckScrape = Scrape.now();
            assertTrue(stuckScrape.value("mentor_outbox_backlog") >= 1, "backlog " + stuckScrape.value("mentor_outbox_backlog"));
            assertTrue(stuckScrape.samples().keySet().stream().anyMatch(series ->
                    series.startsWith("mentor_outbox_backlog{") && series.contains("service=\"kit-test\"")),
                    "every metric names its service: " + stuckScrape.samples().keySet());
            double age = stuckScrape.value("mentor_outbox_oldest_unsent_age_seconds");
            assertTrue(age >= 600 && age < 900, "oldest unsent age " + age);
        } finally {
            // the relay sends in feed order, so the refused row would hold back every later one
            db.execute("delete from outbox_message where event_id = cast(?1 as uuid)", stuck.toString());
        }
        backlog.sample();
        assertTrue(Scrape.now().value("mentor_outbox_oldest_unsent_age_seconds") < 600, "the stuck event no longer counts");
    }

    @Test
    void shouldCountParkedAndWaitingDeadLetters() {
        String consumer = "kit-test.metrics-" + UUID.randomUUID();
        backlog.sample();
        Scrape before = Scrape.now();

        events.consume(consumer, failingRecord(), event -> {
            throw new IllegalStateException("always fails");
        });
        backlog.sample();

        Scrape after = Scrape.now();
        assertEquals(1, after.value("mentor_dead_letters_parked_total", "consumer=\"" + consumer + "\""));
        assertEquals(1, delta(before, after, "mentor_dead_letters_waiting"));
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    static ConsumerRecord<String, String> failingRecord() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("kittest.incoming.v1", 0, 3L, "s", "{}");
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "dk.mentor.kittest.ThingHappened.v1".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
