package dk.mentor.matching.infra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.Topics;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.matching.application.ApplyMentorEvent;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.kafka.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The design promises that a read model can be rebuilt by replaying its topics from the start. The
 * candidates of this test are dropped with their inbox rows, catalog.mentor.v1 is read again from
 * offset 0 through the consumer's own handler, and every column comes back as it was.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class ReadModelReplayTest {

    private static final String CONSUMER = "matching-service.mentor-events";
    private static final String AARHUS = "0751";

    @Inject
    EventConsumer events;

    @Inject
    ApplyMentorEvent applyMentorEvent;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Test
    void shouldRebuildTheCandidatesFromOffsetZeroWithNothingChanged() throws Exception {
        List<String> mentors = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        List<String> eventIds = new ArrayList<>();
        for (String mentor : mentors) {
            eventIds.add(publish(registered(mentor)));
            eventIds.add(publish(profile(mentor, 2, "Karen Holm", List.of("da"))));
            eventIds.add(publish(profile(mentor, 3, "Karen Holm-Larsen", List.of("da", "ar"))));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> applied(mentors) == 3L * mentors.size());
        List<String> before = rows(mentors);

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from mentor_candidate where mentor_id in (:ids)")
                    .setParameter("ids", mentors.stream().map(UUID::fromString).toList()).executeUpdate();
            em.createNativeQuery("delete from processed_event where consumer = :consumer and event_id in (:ids)")
                    .setParameter("consumer", CONSUMER).setParameter("ids", eventIds).executeUpdate();
        });
        assertEquals(List.of(), rows(mentors), "the candidates are gone");

        List<ConsumerRecord<String, String>> topic = TopicReader.readAll(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_MENTOR);
        for (ConsumerRecord<String, String> record : topic) {
            events.consume(CONSUMER, record, applyMentorEvent.routes()); // what the channel does, from offset 0
        }

        List<String> after = rows(mentors);
        assertEquals(before, after, "every column of every rebuilt candidate as before");
        assertTrue(topic.size() >= eventIds.size());
        System.out.printf("replayed %d records of %s from offset 0: %d candidates rebuilt, %d columns each, 0 differences%n",
                topic.size(), Topics.CATALOG_MENTOR, after.size(), json.readTree(after.get(0)).size());
    }

    private long applied(List<String> mentors) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select coalesce(sum(events_applied), 0) from mentor_candidate where mentor_id in (:ids)")
                .setParameter("ids", mentors.stream().map(UUID::fromString).toList()).getSingleResult()).longValue());
    }

    /** The candidates as JSON, every column, in a fixed order. */
    @SuppressWarnings("unchecked")
    private List<String> rows(List<String> mentors) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select cast(to_jsonb(c) as text) from mentor_candidate c where mentor_id in (:ids) order by mentor_id")
                .setParameter("ids", mentors.stream().map(UUID::fromString).toList()).getResultList());
    }

    private static MentorRegistered registered(String mentor) {
        return new MentorRegistered(UUID.fromString(mentor), AARHUS, "PAID_SOCIAL_MENTOR", List.of("LAB_167", "SEL_85"), 4,
                new BigDecimal("7.50"), Instant.parse("2026-11-02T09:00:00Z"));
    }

    private static MentorProfileChanged profile(String mentor, long version, String name, List<String> languages) {
        return new MentorProfileChanged(UUID.fromString(mentor), AARHUS, version, name, "PAID_SOCIAL_MENTOR", "ACTIVE",
                List.of("LAB_167", "SEL_85"), null, null, "OWN_MUNICIPALITY", List.of(), "FEMALE", 1971, languages,
                List.of("job-search"), List.of(), List.of(), List.of(), false, List.of("library"), AARHUS, "8000",
                "Erfaren mentor", true, 4, new BigDecimal("7.50"), new BigDecimal("250.00"), true, false, false,
                Instant.parse("2026-11-02T10:00:00Z").plusSeconds(version));
    }

    private String publish(EventPayload payload) throws Exception {
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, EventCatalog.of(payload).type().value());
        headers.put(CloudEventHeaders.SOURCE, "/catalog-service");
        headers.put(CloudEventHeaders.SUBJECT, payload.subject());
        headers.put(CloudEventHeaders.MUNICIPALITY, AARHUS);
        TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_MENTOR, payload.subject(),
                json.writeValueAsString(payload), headers);
        return eventId;
    }
}
