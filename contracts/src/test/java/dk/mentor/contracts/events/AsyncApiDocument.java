package dk.mentor.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the AsyncAPI 3.0 document of the suite's topics from the contracts: EventCatalog gives the
 * channels and their messages, the JSON Schemas the payloads (embedded as they are), CloudEventHeaders
 * the headers, and each service's application.properties which topics it receives.
 */
final class AsyncApiDocument {

    static final String VERSION = "3.0.0";
    private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";
    private static final String KAFKA_BINDING = "0.5.0";
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");

    private AsyncApiDocument() {
    }

    /** @param repository the repository's root, where the services' modules are */
    static Map<String, Object> build(Path repository) {
        SortedMap<String, SortedSet<String>> receivers = receivers(repository);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", VERSION);
        document.put("info", info());
        document.put("defaultContentType", CloudEventHeaders.CONTENT_TYPE_JSON);
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        topics().forEach((topic, definitions) -> {
            channels.put(channelId(topic), channel(topic, definitions));
            String sender = serviceOf(definitions.get(0));
            operations.put(sender + "-sends-" + channelId(topic), operation("send", topic, definitions,
                    sender + " publishes these events through its outbox, each once its change committed."));
            for (String receiver : receivers.getOrDefault(topic, new TreeSet<>())) {
                operations.put(receiver + "-receives-" + channelId(topic), operation("receive", topic, definitions,
                        receiver + " consumes this topic in consumer group " + receiver
                                + "; an event it has no handler for is skipped."));
            }
        });
        document.put("channels", channels);
        document.put("operations", operations);
        Map<String, Object> messages = new LinkedHashMap<>();
        EventCatalog.all().forEach(definition -> messages.put(messageId(definition), message(definition)));
        document.put("components", map("messages", messages));
        return document;
    }

    private static Map<String, Object> info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Mentor suite events");
        info.put("version", "1.0");
        info.put("description", String.join("\n", List.of(
                "The Kafka topics of the mentor suite. Generated from the contracts module (EventCatalog, Topics,",
                "CloudEventHeaders and the JSON Schemas in contracts/src/main/resources/schemas) by AsyncApiTest;",
                "regenerate with -Dasyncapi.write=true, never edit by hand.",
                "",
                "Every record is a CloudEvents 1.0 event in Kafka binary mode: the attributes are ce_ headers and the",
                "value is the bare JSON payload. The key is the event's subject (the aggregate id), so one",
                "aggregate's events stay in one partition, in order. Delivery is at least once: a consumer",
                "remembers ce_id to skip a repeat. A payload may gain optional fields within a version (the",
                "schemas allow added properties), so a consumer must ignore fields it does not know; an",
                "incompatible change is a new type version (.v2) and a new topic version.",
                "",
                "The same events are served over HTTP, without Kafka, by each producing service at",
                "GET /api/v1/events (CloudEvents JSON batch), and the schemas at GET /api/v1/event-schemas.")));
        return info;
    }

    /** Topics in the catalog's order, each with its events. */
    private static Map<String, List<EventDefinition>> topics() {
        Map<String, List<EventDefinition>> topics = new LinkedHashMap<>();
        EventCatalog.all().forEach(d -> topics.computeIfAbsent(d.topic(), t -> new ArrayList<>()).add(d));
        return topics;
    }

    private static Map<String, Object> channel(String topic, List<EventDefinition> definitions) {
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("address", topic);
        channel.put("title", topic);
        channel.put("description", "Owned and written by " + serviceOf(definitions.get(0)) + ". Dead letters of a"
                + " consumer of this topic go to " + Topics.dlq(topic) + " with the same headers plus dlq_error,"
                + " dlq_consumer and dlq_original_id.");
        Map<String, Object> messages = new LinkedHashMap<>();
        definitions.forEach(d -> messages.put(messageId(d), map("$ref", "#/components/messages/" + messageId(d))));
        channel.put("messages", messages);
        channel.put("bindings", map("kafka", map("topic", topic, "bindingVersion", KAFKA_BINDING)));
        return channel;
    }

    private static Map<String, Object> operation(String action, String topic, List<EventDefinition> definitions,
                                                 String description) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("action", action);
        operation.put("channel", map("$ref", "#/channels/" + channelId(topic)));
        operation.put("description", description);
        operation.put("messages", definitions.stream()
                .map(d -> map("$ref", "#/channels/" + channelId(topic) + "/messages/" + messageId(d))).toList());
        return operation;
    }

    private static Map<String, Object> message(EventDefinition definition) {
        JsonNode schema = EventJson.schemaJson(definition);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", definition.type().value());
        message.put("title", schema.path("title").asText());
        message.put("summary", schema.path("description").asText());
        message.put("contentType", CloudEventHeaders.CONTENT_TYPE_JSON);
        message.put("headers", headers(definition));
        message.put("payload", map("schemaFormat", SCHEMA_FORMAT,
                "schema", EventJson.MAPPER.convertValue(schema, LinkedHashMap.class)));
        message.put("bindings", map("kafka", map(
                "key", map("type", "string", "description", "The event's subject (ce_subject), the aggregate id."),
                "bindingVersion", KAFKA_BINDING)));
        return message;
    }

    /** The CloudEvents headers of binary mode, fixed to this message's values where it has one. */
    private static Map<String, Object> headers(EventDefinition definition) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CloudEventHeaders.SPEC_VERSION, fixed("CloudEvents version.", CloudEventHeaders.SPEC_VERSION_1_0));
        properties.put(CloudEventHeaders.ID, text("Event id, a UUID; the same on a redelivery, so a consumer skips a repeat.", "uuid"));
        properties.put(CloudEventHeaders.TYPE, fixed("Event type.", definition.type().value()));
        properties.put(CloudEventHeaders.SOURCE, fixed("The producing service.", "/" + serviceOf(definition)));
        properties.put(CloudEventHeaders.SUBJECT, text("The aggregate id; also the record key.", null));
        properties.put(CloudEventHeaders.TIME, text("When the fact happened (RFC 3339).", "date-time"));
        properties.put(CloudEventHeaders.MUNICIPALITY,
                map("type", "string", "pattern", "^[0-9]{4}$", "description", "Extension: kommunekode owning the subject."));
        properties.put(CloudEventHeaders.DATA_SCHEMA, fixed("The $id of the payload's JSON Schema.", definition.schemaId()));
        properties.put(CloudEventHeaders.CONTENT_TYPE, fixed("Media type of the value.", CloudEventHeaders.CONTENT_TYPE_JSON));
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("type", "object");
        headers.put("required", List.copyOf(properties.keySet()));
        headers.put("properties", properties);
        return headers;
    }

    private static Map<String, Object> fixed(String description, String value) {
        return map("type", "string", "const", value, "description", description);
    }

    private static Map<String, Object> text(String description, String format) {
        return format == null ? map("type", "string", "description", description)
                : map("type", "string", "format", format, "description", description);
    }

    /** A map that keeps the order of its entries, so the written document is the same on every run. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Ids are letters, digits, - and _ only, as AsyncAPI asks of channel and message keys. */
    static String messageId(EventDefinition definition) {
        EventType type = definition.type();
        return type.service() + "-" + type.name() + "-v" + type.version();
    }

    static String channelId(String topic) {
        return topic.replace('.', '-');
    }

    static String serviceOf(EventDefinition definition) {
        return definition.type().service() + "-service";
    }

    /** Which services receive each topic: the incoming channels of each service's configuration. */
    static SortedMap<String, SortedSet<String>> receivers(Path repository) {
        SortedMap<String, SortedSet<String>> receivers = new TreeMap<>();
        try (var modules = Files.list(repository)) {
            for (Path module : modules.filter(p -> p.getFileName().toString().endsWith("-service")).toList()) {
                Path config = module.resolve("src/main/resources/application.properties");
                Properties properties = new Properties();
                try (var in = Files.newBufferedReader(config)) {
                    properties.load(in);
                }
                for (String name : properties.stringPropertyNames()) {
                    Matcher matcher = INCOMING_TOPIC.matcher(name);
                    if (matcher.matches()) {
                        receivers.computeIfAbsent(properties.getProperty(name).trim(), t -> new TreeSet<>())
                                .add(module.getFileName().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return receivers;
    }
}
