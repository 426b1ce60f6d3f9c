package dk.mentor.kit.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.problem.DatabaseOutage;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs a dead letter through the handler that gave up on it, once its cause is fixed (a deployed
 * fix, a missing row added). The effect, the inbox row and the dead letter's "replayed" mark commit
 * together, so a replay is applied once or not at all; the inbox also makes a replay of an event
 * that arrived again meanwhile a no-op. A replay that fails again leaves the dead letter waiting with
 * the new error.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    @Inject
    EntityManager em;

    @Inject
    EventConsumer consumer;

    @Inject
    Instance<EventChannel> channels;

    @Inject
    ObjectMapper json;

    /** What a replay did: applied the event, or found that it had been applied already. */
    public enum Outcome { APPLIED, ALREADY_APPLIED }

    public Outcome replay(UUID id, String operator) {
        DeadLetter waiting = QuarkusTransaction.requiringNew().call(() -> open(id));
        EventChannel channel = channelOf(waiting.consumer);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                DeadLetter letter = em.find(DeadLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (letter.replayedAt != null) {
                    throw ProblemException.conflict("dead letter " + id + " was replayed meanwhile");
                }
                boolean applied = consumer.applyOnce(letter.consumer, letter.toEvent(headers(letter)), channel.handler());
                letter.replayedAt = OffsetDateTime.now(ZoneOffset.UTC);
                letter.replayedBy = operator;
                LOG.infof("consumer %s: dead letter %s (event %s) replayed by %s%s", letter.consumer, id,
                        letter.eventId, operator, applied ? "" : "; the event had been applied already");
                return applied ? Outcome.APPLIED : Outcome.ALREADY_APPLIED;
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCause(e)) {
                throw e;
            }
            String reason = EventConsumer.rootMessage(e);
            QuarkusTransaction.requiringNew().run(() -> {
                DeadLetter letter = em.find(DeadLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
                letter.attempts++;
                letter.error = DeadLetters.truncate(reason);
            });
            LOG.warnf("consumer %s: replay of dead letter %s failed again: %s", waiting.consumer, id, reason);
            // the problem names the cause in words only; its class and stack stay in the log and the dead letter
            throw ProblemException.conflict("the event still fails, so the dead letter keeps waiting: " + causeText(e));
        }
    }

    private static String causeText(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "no message" : root.getMessage();
    }

    private DeadLetter open(UUID id) {
        DeadLetter letter = em.find(DeadLetter.class, id);
        if (letter == null) {
            throw ProblemException.notFound("dead letter", id);
        }
        if (letter.replayedAt != null) {
            throw ProblemException.conflict("dead letter " + id + " was replayed at " + letter.replayedAt);
        }
        if (letter.eventId == null) {
            // without an id the inbox cannot tell a second application from the first
            throw ProblemException.conflict("dead letter " + id + " has no event id, so it cannot be applied exactly once");
        }
        return letter;
    }

    private EventChannel channelOf(String name) {
        return channels.stream().filter(c -> c.consumerName().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.conflict("no consumer named " + name + " runs in this service"));
    }

    private Map<String, String> headers(DeadLetter letter) {
        try {
            return json.readValue(letter.headers, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dead letter " + letter.id + " has unreadable headers", e);
        }
    }
}
