package dk.mentor.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventPayload;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jboss.logging.Logger;

/**
 * A consumer's handlers by event type. A service declares which payloads it cares about and gets
 * each one already read from JSON; the type comes from the contracts' catalog, so a handler cannot
 * name a type string that does not exist. Types without a handler (another service's concern, or a
 * newer version this service does not know yet) are skipped, which the contracts allow.
 *
 * <pre>{@code
 * EventRoutes routes = EventRoutes.with(json)
 *         .on(MeetingLogged.class, this::logged)
 *         .on(PlanOpened.class, this::opened);
 * consumer.consumeAll("refusion-service.plan-events", records, routes);
 * }</pre>
 */
public final class EventRoutes implements EventHandler {

    private static final Logger LOG = Logger.getLogger(EventRoutes.class);

    /** Handles one payload type; runs inside the consumer's transaction. */
    @FunctionalInterface
    public interface Handler<T extends EventPayload> {
        void handle(T payload, IncomingEvent event) throws Exception;
    }

    private record Route<T extends EventPayload>(Class<T> payloadClass, Handler<T> handler) {
        void dispatch(ObjectMapper json, IncomingEvent event) throws Exception {
            handler.handle(json.readValue(event.payload(), payloadClass), event);
        }
    }

    private record Cover<A extends EventPayload, B extends EventPayload>(Class<A> skipped, Class<B> later,
                                                                       BiPredicate<A, B> covers) {
        boolean test(ObjectMapper json, IncomingEvent event, IncomingEvent laterEvent) throws IOException {
            return covers.test(json.readValue(event.payload(), skipped), json.readValue(laterEvent.payload(), later));
        }
    }

    private final ObjectMapper json;
    private final Map<String, Route<?>> byType = new HashMap<>();
    /** By the two types, "skipped later". */
    private final Map<String, Cover<?, ?>> covered = new HashMap<>();

    private EventRoutes(ObjectMapper json) {
        this.json = json;
    }

    public static EventRoutes with(ObjectMapper json) {
        return new EventRoutes(json);
    }

    public <T extends EventPayload> EventRoutes on(Class<T> payloadClass, Handler<T> handler) {
        String type = typeOf(payloadClass);
        if (byType.put(type, new Route<>(payloadClass, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type);
        }
        return this;
    }

    /**
     * Leaves an event of the first type unapplied when an event of the second type about the same subject
     * follows it in the same poll and {@code covers} says the later one alone leaves the state both would.
     * A batch's events are applied in one transaction, so this saves writing a row that the next event
     * rewrites at once. An event applied on its own (a poll of one, or a batch applied one by one after a
     * failure) is always applied, and so is one whose payloads cannot be read here (its handler reports that).
     */
    public <A extends EventPayload, B extends EventPayload> EventRoutes skipWhenFollowedBy(
            Class<A> skipped, Class<B> later, BiPredicate<A, B> covers) {
        String key = typeOf(skipped) + " " + typeOf(later);
        if (covered.put(key, new Cover<>(skipped, later, covers)) != null) {
            throw new IllegalStateException("two rules for " + key);
        }
        return this;
    }

    @Override
    public boolean coveredBy(IncomingEvent event, IncomingEvent later) {
        Cover<?, ?> cover = covered.get(event.type() + " " + later.type());
        if (cover == null) {
            return false;
        }
        try {
            return cover.test(json, event, later);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String typeOf(Class<? extends EventPayload> payloadClass) {
        return EventCatalog.all().stream().filter(d -> d.payloadClass() == payloadClass)
                .map(d -> d.type().value()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payloadClass.getName() + " is not in the EventCatalog"));
    }

    @Override
    public void apply(IncomingEvent event) throws Exception {
        Route<?> route = byType.get(event.type());
        if (route == null) {
            LOG.debugf("event type %s has no handler here; skipped", event.type());
            return;
        }
        route.dispatch(json, event);
    }
}
