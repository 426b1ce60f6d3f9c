package dk.mentor.kit.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.Topics;
import dk.mentor.contracts.ids.NewIds;
import dk.mentor.kit.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Parks an event that keeps failing: a row in the consumer's own dead_letter table (readable
 * through the admin endpoint) and, through the outbox, a copy on the topic's dead-letter topic
 * with the error in its headers, both in one transaction.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String ERROR_HEADER = "dlq_error";
    public static final String CONSUMER_HEADER = "dlq_consumer";
    public static final String ORIGINAL_ID_HEADER = "dlq_original_id";
    private static final int MAX_ERROR_LENGTH = 2_000;
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    void park(String consumer, IncomingEvent event, int attempts, Exception error) {
        String reason = truncate(EventConsumer.rootMessage(error));
        QuarkusTransaction.requiringNew().run(() -> {
            DeadLetter letter = new DeadLetter();
            letter.id = NewIds.next();
            letter.consumer = consumer;
            letter.topic = event.topic();
            letter.partition = event.partition();
            letter.offset = event.offset();
            letter.eventId = event.id();
            letter.eventType = event.type();
            letter.messageKey = event.key();
            letter.headers = toJson(event.headers());
            letter.payload = event.payload();
            letter.error = reason;
            letter.attempts = attempts;
            em.persist(letter);

            Map<String, String> extra = new LinkedHashMap<>();
            extra.put(ERROR_HEADER, reason);
            extra.put(CONSUMER_HEADER, consumer);
            if (event.id() != null) {
                extra.put(ORIGINAL_ID_HEADER, event.id());
            }
            String subject = event.subject() != null ? event.subject() : event.position();
            String type = event.type() != null ? event.type() : "unknown";
            outbox.append(Topics.dlq(event.topic()), type, subject, event.municipality(),
                    event.payload() == null ? "null" : event.payload(), extra);
        });
        metrics.counter("mentor.dead.letters.parked", "consumer", consumer).increment();
        LOG.errorf("consumer %s: event %s at %s parked as a dead letter after %d attempts: %s",
                consumer, event.id(), event.position(), attempts, reason);
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String truncate(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
