package dk.mentor.contracts.events;

import dk.mentor.contracts.events.catalog.MentorRegistered;
import java.util.List;
import java.util.Optional;

/**
 * Every event of the suite, with its topic and schema. A new payload record must be added here;
 * the tests fail for a payload that is missing, or that has no schema or no sample.
 */
public final class EventCatalog {

    private static final List<EventDefinition> ALL = List.of(
            new EventDefinition(MentorRegistered.TYPE, Topics.CATALOG_MENTOR, MentorRegistered.class));

    private EventCatalog() {
    }

    public static List<EventDefinition> all() {
        return ALL;
    }

    /**
     * The definition for a ce_type header. Empty for a type this version of the contracts does not
     * know, such as a newer version of an event; the consumer decides whether to skip it.
     */
    public static Optional<EventDefinition> find(String ceType) {
        return ALL.stream().filter(definition -> definition.type().value().equals(ceType)).findFirst();
    }

    /**
     * The definition for a payload about to be published.
     *
     * @throws IllegalArgumentException if the payload's class is not in the catalog (a programming error)
     */
    public static EventDefinition of(EventPayload payload) {
        return ALL.stream()
                .filter(definition -> definition.payloadClass() == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Payload class not in EventCatalog: " + payload.getClass().getName()));
    }
}
