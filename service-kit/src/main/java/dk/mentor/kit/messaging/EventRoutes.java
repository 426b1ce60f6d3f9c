package dk.mentor.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import dk.mentor.contracts.events.EventPayload;
import java.util.HashMap;
import java.util.Map;
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

    private final ObjectMapper json;
    private final Map<String, Route<?>> byType = new HashMap<>();

    private EventRoutes(ObjectMapper json) {
        this.json = json;
    }

    public static EventRoutes with(ObjectMapper json) {
        return new EventRoutes(json);
    }

    public <T extends EventPayload> EventRoutes on(Class<T> payloadClass, Handler<T> handler) {
        String type = EventCatalog.all().stream().filter(d -> d.payloadClass() == payloadClass)
                .map(d -> d.type().value()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payloadClass.getName() + " is not in the EventCatalog"));
        if (byType.put(type, new Route<>(payloadClass, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type);
        }
        return this;
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
