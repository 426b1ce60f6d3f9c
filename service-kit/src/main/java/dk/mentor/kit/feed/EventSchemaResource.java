package dk.mentor.kit.feed;

import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON Schemas of the events this service publishes (those of the contracts' EventCatalog whose
 * type names this service), so a consumer can check a payload without the contracts jar. They are
 * public knowledge, hence open to any authenticated caller.
 */
@Path("/api/v1/event-schemas")
@Authenticated
@Tag(name = "events")
public class EventSchemaResource {

    public static final String SCHEMA_MEDIA_TYPE = "application/schema+json";
    private static final String SERVICE_SUFFIX = "-service";

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEventSchemas", summary = "List the event types this service publishes",
            description = "Each with its topic and the $id of its payload's JSON Schema (the CloudEvents dataschema).")
    @APIResponse(responseCode = "200", description = "The published event types")
    public List<EventSchemaSummary> list() {
        return published().stream().map(EventSchemaSummary::of).toList();
    }

    @GET
    @Path("{type}")
    @Produces(SCHEMA_MEDIA_TYPE)
    @Operation(operationId = "getEventSchema", summary = "Get the JSON Schema of an event type's payload",
            description = "A JSON Schema (draft 2020-12). Payloads may gain optional fields within a version,"
                    + " so a consumer must ignore fields it does not know.")
    @APIResponse(responseCode = "200", description = "The schema",
            content = @Content(mediaType = SCHEMA_MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public byte[] get(@Parameter(description = "The event type", example = "dk.mentor.followup.PlanOpened.v1")
                      @PathParam("type") String type) {
        EventDefinition definition = published().stream().filter(d -> d.type().value().equals(type)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("event type published by this service", type));
        try (InputStream schema = EventCatalog.class.getClassLoader().getResourceAsStream(definition.schemaResource())) {
            if (schema == null) {
                throw new IllegalStateException("the contracts have no schema " + definition.schemaResource());
            }
            return schema.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type names its producer, e.g. dk.mentor.followup... for followup-service. */
    private List<EventDefinition> published() {
        String service = applicationName.endsWith(SERVICE_SUFFIX)
                ? applicationName.substring(0, applicationName.length() - SERVICE_SUFFIX.length()) : applicationName;
        return EventCatalog.all().stream().filter(d -> d.type().service().equals(service)).toList();
    }

    @Schema(name = "EventSchemaSummary", description = "An event type this service publishes.")
    public record EventSchemaSummary(
            @Schema(description = "The event type (ce_type).", example = "dk.mentor.followup.PlanOpened.v1") String type,
            @Schema(description = "The Kafka topic it is published on.", example = "followup.plan.v1") String topic,
            @Schema(description = "The $id of its payload's JSON Schema (ce_dataschema).",
                    example = "https://mentor.example/schemas/dk.mentor.followup.PlanOpened.v1.json") String dataschema) {

        static EventSchemaSummary of(EventDefinition definition) {
            return new EventSchemaSummary(definition.type().value(), definition.topic(), definition.schemaId());
        }
    }
}
