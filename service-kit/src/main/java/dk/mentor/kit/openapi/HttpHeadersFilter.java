package dk.mentor.kit.openapi;

import dk.mentor.kit.idempotency.Idempotent;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Declares the HTTP headers the kit's machinery sends and reads, in one place, so no resource repeats
 * them: the Idempotency-Key parameter of every {@link Idempotent} method and the Idempotent-Replayed
 * header of its answers, Location on every 201 (the suite answers every creation with one), and ETag on
 * every 2xx whose body is a versioned representation (a schema with a {@code version} field: the
 * {@code Versions} helper sends that version as the ETag). The filter finds the idempotent operations
 * by their operationId in the annotation index, so an idempotent method must name one.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HttpHeadersFilter implements OASFilter {

    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String REPLAYED = "IdempotentReplayed";

    private static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class);
    private static final DotName OPERATION = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final Set<String> idempotentOperations;

    public HttpHeadersFilter(IndexView index) {
        this.idempotentOperations = idempotentOperations(index);
    }

    private static Set<String> idempotentOperations(IndexView index) {
        Set<String> ids = new HashSet<>();
        for (AnnotationInstance idempotent : index.getAnnotations(IDEMPOTENT)) {
            // the binding on the interceptor itself; the resources mark methods
            if (idempotent.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            AnnotationInstance operation = idempotent.target().asMethod().annotation(OPERATION);
            AnnotationValue id = operation == null ? null : operation.value("operationId");
            if (id == null || id.asString().isBlank()) {
                throw new IllegalStateException("the @Idempotent method " + idempotent.target()
                        + " needs @Operation(operationId = ...) so its Idempotency-Key can be documented");
            }
            ids.add(id.asString());
        }
        return ids;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components(components);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values()
                .forEach(operation -> declare(operation, components)));
    }

    private void declare(Operation operation, Components components) {
        boolean idempotent = idempotentOperations.contains(operation.getOperationId());
        if (idempotent) {
            operation.addParameter(OASFactory.createParameter().ref(IDEMPOTENCY_KEY));
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2")) {
                return;
            }
            if ("201".equals(code)) {
                header(response, HttpHeaders.LOCATION, LOCATION);
            }
            if (versioned(response, components)) {
                header(response, HttpHeaders.ETAG, ETAG);
            }
            if (idempotent) {
                header(response, Idempotent.REPLAYED_HEADER, REPLAYED);
            }
        });
    }

    /** Refers to the shared declaration, unless the resource declared the header itself. */
    private static void header(APIResponse response, String header, String component) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
            response.addHeader(header, OASFactory.createHeader().ref(component));
        }
    }

    /** Whether the JSON body is one representation (not a list or page) of a schema with a version. */
    private static boolean versioned(APIResponse response, Components components) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        MediaType json = response.getContent().getMediaTypes().get(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        Schema schema = json == null ? null : json.getSchema();
        if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMA_REF)
                || components.getSchemas() == null) {
            return false;
        }
        Schema target = components.getSchemas().get(schema.getRef().substring(SCHEMA_REF.length()));
        return target != null && target.getProperties() != null && target.getProperties().containsKey("version");
    }

    private static void components(Components components) {
        components.addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter().name(Idempotent.HEADER)
                .in(Parameter.In.HEADER).required(false).description(Idempotent.DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                        .maxLength(Idempotent.MAX_KEY_LENGTH).pattern("^[!-~]+$"))
                .example("5f0c6f9e-8d2a-4c55-9a43-1d7e2b0c9a61"));
        components.addHeader(LOCATION, header("The URL of the resource made", OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING).format("uri")));
        components.addHeader(ETAG, header("The version of the representation, to send back in If-Match on a change",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        components.addHeader(REPLAYED, header("true when this answer repeats the first one sent for the same"
                + " Idempotency-Key; absent on a first answer", OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING).enumeration(List.of("true"))));
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }
}
