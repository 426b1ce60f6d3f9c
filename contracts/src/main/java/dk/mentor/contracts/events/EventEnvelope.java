package dk.mentor.contracts.events;

import dk.mentor.contracts.codes.MunicipalityCode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One event as it travels: the CloudEvents attributes (Kafka headers in binary mode) and the JSON
 * payload (the record value). The Kafka key is {@link #subject()}.
 *
 * <p>The constructor enforces the suite's conventions, so an envelope that exists is publishable.
 * Producers build it with {@link #of}; consumers with {@link #fromHeaders}. The payload is a JSON
 * string because this module has no JSON library: the service serialises the record itself.
 *
 * @param id           unique per event, also across retries of the same event
 * @param type         the ce_type
 * @param source       the producing service as a path, e.g. "/catalog-service"
 * @param subject      the aggregate id
 * @param time         when the fact happened
 * @param municipality the 4-digit kommunekode owning the aggregate (a 3-digit code is normalised)
 * @param payload      the JSON object of the payload record
 */
public record EventEnvelope(UUID id, EventType type, String source, String subject, Instant time,
                            String municipality, String payload) {

    private static final Pattern SOURCE = Pattern.compile("/[a-z][a-z0-9-]*");
    // UUID.fromString also accepts short groups such as "1-2-3-4-5"; ids from the wire must be canonical.
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new IllegalArgumentException("Event source must be a path like /catalog-service: '" + source + "'");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("Event subject (the aggregate id) is missing");
        }
        municipality = MunicipalityCode.of(municipality).code();
        if (payload == null || !payload.strip().startsWith("{")) {
            throw new IllegalArgumentException("Event payload must be a JSON object");
        }
    }

    /**
     * The envelope for a payload about to be written to the outbox; type, subject and municipality
     * come from the payload and {@link EventCatalog}.
     *
     * @param payloadJson the payload serialised by its record components (see {@link EventPayload})
     */
    public static EventEnvelope of(EventPayload payload, String payloadJson, String source, UUID id, Instant time) {
        return new EventEnvelope(id, EventCatalog.of(payload).type(), source, payload.subject(), time,
                payload.municipality(), payloadJson);
    }

    /**
     * Reads a received message.
     *
     * @param headers Kafka headers decoded as UTF-8; other headers are ignored
     * @throws IllegalArgumentException if a required header is missing or breaks the conventions
     */
    public static EventEnvelope fromHeaders(Map<String, String> headers, String payload) {
        String specVersion = required(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new IllegalArgumentException("Unsupported CloudEvents spec version: '" + specVersion + "'");
        }
        return new EventEnvelope(
                uuid(required(headers, CloudEventHeaders.ID)),
                EventType.parse(required(headers, CloudEventHeaders.TYPE)),
                required(headers, CloudEventHeaders.SOURCE),
                required(headers, CloudEventHeaders.SUBJECT),
                instant(required(headers, CloudEventHeaders.TIME)),
                required(headers, CloudEventHeaders.MUNICIPALITY),
                payload);
    }

    /** The Kafka headers for binary mode, in a stable order. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id.toString());
        headers.put(CloudEventHeaders.TYPE, type.value());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.MUNICIPALITY, municipality);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON);
        return Collections.unmodifiableMap(headers);
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing header " + name);
        }
        return value;
    }

    private static UUID uuid(String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw new IllegalArgumentException("Header " + CloudEventHeaders.ID + " is not a UUID: '" + value + "'");
        }
        return UUID.fromString(value);
    }

    // RFC 3339 allows an offset as well as "Z"; Instant.parse accepts only "Z" on Java 17.
    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Header " + CloudEventHeaders.TIME + " is not an RFC 3339 time: '" + value + "'");
        }
    }
}
