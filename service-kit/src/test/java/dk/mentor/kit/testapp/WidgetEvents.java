package dk.mentor.kit.testapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.EventType;
import dk.mentor.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * The test application's events. Its payload is not in the contracts' EventCatalog (test-only),
 * so it goes through the outbox's raw append, serialised here.
 */
@ApplicationScoped
public class WidgetEvents {

    public static final String TOPIC = "kittest.widget.v1";
    public static final EventType CREATED = new EventType("kittest", "WidgetCreated", 1);
    public static final EventType CHANGED = new EventType("kittest", "WidgetChanged", 1);

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** Appends the event in the caller's transaction. */
    public UUID append(EventType type, Widget widget) {
        try {
            String payload = json.writeValueAsString(WidgetEvent.of(widget));
            return outbox.append(TOPIC, type.value(), widget.id.toString(), widget.municipality, payload, Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload of both events; the version lets tests check per-key order. */
    public record WidgetEvent(UUID widgetId, String name, int quantity, long version) {
        static WidgetEvent of(Widget widget) {
            return new WidgetEvent(widget.id, widget.name, widget.quantity, widget.version);
        }
    }
}
