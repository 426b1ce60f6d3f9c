package dk.mentor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every example of the document (of a schema, a parameter, a header or a media type) validates
 * against its schema, under the OpenAPI 3.1 dialect of JSON Schema with formats asserted: a generated
 * client's tests and a developer's first request start from these examples.
 */
public final class Examples {

    private static final String COMPONENTS = "components";
    /** The OpenAPI 3.1 dialect, which also passes over the components an example's schema carries along. */
    private static final JsonMetaSchema DIALECT = JsonMetaSchema.builder(OpenApi31.getInstance())
            .keyword(new NonValidationKeyword(COMPONENTS)).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(DIALECT).defaultMetaSchemaIri(DIALECT.getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private Examples() {
    }

    /** Each example that fails its schema, with where it is and why. */
    public static List<String> failing(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        walk(doc, doc, "", problems);
        return problems;
    }

    private static void walk(JsonNode doc, JsonNode node, String where, List<String> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(doc, node.get(i), where + "/" + i, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        // a parameter, header or media type carries its schema beside the examples; a schema is its own
        JsonNode schema = node.has("schema") ? node.get("schema") : node;
        if (node.has("example")) {
            check(doc, schema, node.get("example"), where + "/example", problems);
        }
        JsonNode examples = node.path("examples");
        if (examples.isArray()) {
            for (int i = 0; i < examples.size(); i++) {
                check(doc, schema, examples.get(i), where + "/examples/" + i, problems);
            }
        } else if (examples.isObject() && node.has("schema")) {
            examples.fields().forEachRemaining(example -> {
                if (example.getValue().has("value")) {
                    check(doc, schema, example.getValue().get("value"), where + "/examples/" + example.getKey(), problems);
                }
            });
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                walk(doc, field.getValue(), where + "/" + field.getKey(), problems);
            }
        });
    }

    private static void check(JsonNode doc, JsonNode schema, JsonNode example, String where, List<String> problems) {
        ObjectNode standalone = schema.deepCopy();
        standalone.remove("example");
        standalone.remove("examples");
        // the schema's references point into the document's components
        standalone.set(COMPONENTS, doc.path(COMPONENTS));
        JsonSchema validator = FACTORY.getSchema(standalone, CONFIG);
        Set<ValidationMessage> messages = validator.validate(example);
        if (!messages.isEmpty()) {
            problems.add(where + ": example " + example + " fails its schema: "
                    + messages.stream().map(ValidationMessage::getMessage).toList());
        }
    }
}
