package dk.mentor.kit.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event in CloudEvents 1.0 structured JSON form; the same attributes a Kafka record carries as
 * headers. {@code data} holds the payload as read (a JsonNode), typed Object so that the OpenAPI
 * document shows a plain object rather than Jackson's tree classes.
 */
@Schema(name = "CloudEvent", description = "One event in CloudEvents 1.0 structured JSON form. The attributes are those"
        + " a Kafka record of the same event carries as ce_ headers; data is the payload, valid against dataschema.")
public record CloudEvent(
        @Schema(description = "CloudEvents version.", example = "1.0") String specversion,
        @Schema(description = "Event id (a UUID), the same on Kafka; a consumer remembers it to skip a repeat.",
                example = "6f1c2a4e-7b9d-4c3e-9a51-2d8e0f4b6c17") String id,
        @Schema(description = "The producing service.", example = "/followup-service") String source,
        @Schema(description = "Event type, dk.mentor.<service>.<Fact>.v<N>.", example = "dk.mentor.followup.PlanOpened.v1")
        String type,
        @Schema(description = "The aggregate the event is about (its id); events of one subject are in order.",
                example = "0f1e2d3c-4b5a-4968-8776-655443322110") String subject,
        @Schema(description = "When the fact happened (RFC 3339).", example = "2026-03-02T08:15:00Z") Instant time,
        @Schema(description = "Media type of data.", example = "application/json") String datacontenttype,
        @Schema(description = "The $id of the payload's JSON Schema, also served at GET /api/v1/event-schemas/{type}.",
                example = "https://mentor.example/schemas/dk.mentor.followup.PlanOpened.v1.json")
        @JsonInclude(JsonInclude.Include.NON_NULL) String dataschema,
        @Schema(description = "Extension: kommunekode of the municipality that owns the subject.", example = "0751")
        String municipality,
        @Schema(description = "Extension: the event's feed cursor; pass it as after to resume after this event."
                + " Orders as text.", example = "0000000000000000042") String sequence,
        @Schema(description = "The payload; its fields are described by dataschema. New optional fields may be added.",
                type = SchemaType.OBJECT) Object data) {

    static CloudEvent of(FeedEvent event, ObjectMapper json) {
        String dataschema = EventCatalog.find(event.type()).map(EventDefinition::schemaId).orElse(null);
        return new CloudEvent(CloudEventHeaders.SPEC_VERSION_1_0, event.id().toString(), event.source(), event.type(),
                event.subject(), event.time(), CloudEventHeaders.CONTENT_TYPE_JSON, dataschema, event.municipality(),
                new FeedCursor(event.position()).toString(), data(event, json));
    }

    private static JsonNode data(FeedEvent event, ObjectMapper json) {
        try {
            return json.readTree(event.payload());
        } catch (IOException e) {
            throw new UncheckedIOException("outbox event " + event.id() + " holds no JSON payload", e);
        }
    }
}
