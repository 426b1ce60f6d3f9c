package dk.mentor.matching.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.Topics;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.kit.messaging.EventHandler;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.matching.application.ApplyMentorEvent;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A registration and its first profile usually arrive in one poll, since the catalogue commits them together.
 * Matching then inserts the candidate once from the profile instead of inserting it and rewriting it at once;
 * the row must be the one the two events make when applied one by one.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class RegistrationInOnePollTest {

    private static final String CONSUMER = "matching-service.mentor-events";
    private static final String AARHUS = "0751";
    private static final Instant REGISTERED = Instant.parse("2026-12-07T08:15:30.123456Z");

    @Inject
    EventConsumer events;

    @Inject
    ApplyMentorEvent applyMentorEvent;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    private final List<String> applied = new ArrayList<>();

    @Test
    void shouldMakeTheCandidateOfARegistrationAndItsProfileInOnePollAsTheyMakeItOneByOne() throws Exception {
        UUID together = UUID.randomUUID();
        UUID apart = UUID.randomUUID();
        List<ConsumerRecord<String, String>> poll = List.of(record(registered(together, REGISTERED), 1),
                record(profile(together, 0, REGISTERED), 2));

        events.consumeAll(CONSUMER, poll, recording());
        assertEquals(List.of(MentorProfileChanged.TYPE.value()), applied, "the registration is not applied on its own");
        events.consume(CONSUMER, record(registered(apart, REGISTERED), 3), applyMentorEvent.routes());
        events.consume(CONSUMER, record(profile(apart, 0, REGISTERED), 4), applyMentorEvent.routes());

        assertEquals(rowWithoutIds(apart), rowWithoutIds(together));
        assertEquals(2L, claimed(poll), "the registration left unapplied is in the inbox all the same");
    }

    @Test
    void shouldApplyARegistrationWhenTheProfileAfterItInThePollIsALaterVersion() throws Exception {
        UUID mentor = UUID.randomUUID();
        Instant edited = REGISTERED.plusSeconds(3600);

        events.consumeAll(CONSUMER, List.of(record(registered(mentor, REGISTERED), 5), record(profile(mentor, 2, edited), 6)),
                recording());

        assertEquals(List.of(MentorRegistered.TYPE.value(), MentorProfileChanged.TYPE.value()), applied);
        assertEquals(List.of(REGISTERED.toString(), "2"), QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select to_char(registered_at at time zone 'UTC',"
                            + " 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), events_applied from mentor_candidate where mentor_id = ?1")
                    .setParameter(1, mentor).getSingleResult();
            return List.of(String.valueOf(row[0]), String.valueOf(row[1]));
        }), "registered when the registration says, and both events counted");
    }

    /** The service's own routes, noting the type of each event they apply. */
    private EventHandler recording() {
        EventRoutes routes = applyMentorEvent.routes();
        return new EventHandler() {
            @Override
            public void apply(IncomingEvent event) throws Exception {
                applied.add(event.type());
                routes.apply(event);
            }

            @Override
            public boolean coveredBy(IncomingEvent event, IncomingEvent later) {
                return routes.coveredBy(event, later);
            }
        };
    }

    /** Every column but the two that name the mentor and the event applied last. */
    private String rowWithoutIds(UUID mentor) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select cast(to_jsonb(c) - 'mentor_id' - 'last_event_id' as text) from mentor_candidate c where mentor_id = ?1")
                .setParameter(1, mentor).getSingleResult());
    }

    private long claimed(List<ConsumerRecord<String, String>> records) {
        List<String> ids = records.stream()
                .map(r -> new String(r.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8)).toList();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = ?1 and event_id in (?2)")
                .setParameter(1, CONSUMER).setParameter(2, ids).getSingleResult()).longValue());
    }

    private static MentorRegistered registered(UUID mentor, Instant at) {
        return new MentorRegistered(mentor, AARHUS, "VOLUNTEER", List.of("LAB_167"), 2, new BigDecimal("4.50"), at);
    }

    private static MentorProfileChanged profile(UUID mentor, long version, Instant at) {
        return new MentorProfileChanged(mentor, AARHUS, version, "Birgitte Lund", "VOLUNTEER", "APPLICANT",
                List.of("LAB_167"), null, null, "OWN_MUNICIPALITY", List.of(), "FEMALE", 1968, List.of("da", "en"),
                List.of("job-search"), List.of(), List.of(), List.of(), false, List.of("library"), AARHUS, "8000",
                "Frivillig mentor", false, 2, new BigDecimal("4.50"), null, false, false, false, at);
    }

    private ConsumerRecord<String, String> record(EventPayload payload, long offset) throws Exception {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.CATALOG_MENTOR, 0, offset, payload.subject(),
                json.writeValueAsString(payload));
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
        header(record, CloudEventHeaders.TYPE, EventCatalog.of(payload).type().value());
        header(record, CloudEventHeaders.SOURCE, "/catalog-service");
        header(record, CloudEventHeaders.SUBJECT, payload.subject());
        header(record, CloudEventHeaders.MUNICIPALITY, AARHUS);
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
