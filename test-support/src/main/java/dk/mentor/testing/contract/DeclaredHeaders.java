package dk.mentor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request headers a resource method reads are declared on its operation: Idempotency-Key where the
 * method is {@code @Idempotent} (the kit declares it from the annotation index; this proves it did) and
 * If-Match where the method takes it. Methods are matched to operations by their operationId.
 */
public final class DeclaredHeaders {

    // read by name: test-support has neither JAX-RS nor the kit on its classpath
    static final String IDEMPOTENT = "dk.mentor.kit.idempotency.Idempotent";
    static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
    static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
    static final String OPERATION = "org.eclipse.microprofile.openapi.annotations.Operation";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";

    private DeclaredHeaders() {
    }

    /** The resource classes (those with JAX-RS methods) of a package and its subpackages. */
    public static List<Class<?>> resources(String packageName) {
        return new ClassFileImporter().importPackages(packageName).stream()
                .<Class<?>>map(type -> {
                    try {
                        return Class.forName(type.getName(), false, Thread.currentThread().getContextClassLoader());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(type -> Arrays.stream(type.getDeclaredMethods()).anyMatch(DeclaredHeaders::isEndpoint))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /** Each header a method reads that its operation does not declare, as "Class.method: header". */
    public static List<String> undeclared(JsonNode doc, List<Class<?>> resources) {
        Map<String, JsonNode> byId = new HashMap<>();
        DocumentRules.operations(doc, (name, op) -> byId.put(op.path("operationId").asText(), op));
        List<String> problems = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                String name = resource.getSimpleName() + "." + method.getName();
                JsonNode op = annotation(method.getAnnotations(), OPERATION)
                        .map(operation -> byId.get(attribute(operation, "operationId"))).orElse(null);
                if (op == null) {
                    problems.add(name + ": no operation in the document has its operationId");
                    continue;
                }
                if (annotation(method.getAnnotations(), IDEMPOTENT).isPresent() && !declares(doc, op, IDEMPOTENCY_KEY)) {
                    problems.add(name + ": @Idempotent, but " + IDEMPOTENCY_KEY + " is not declared");
                }
                boolean ifMatch = Arrays.stream(method.getParameterAnnotations())
                        .map(annotations -> annotation(annotations, HEADER_PARAM))
                        .anyMatch(header -> header.isPresent() && IF_MATCH.equalsIgnoreCase(attribute(header.get(), "value")));
                if (ifMatch && !declares(doc, op, IF_MATCH)) {
                    problems.add(name + ": takes " + IF_MATCH + ", but it is not declared");
                }
            }
        }
        return problems;
    }

    private static boolean isEndpoint(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> annotation(a.annotationType().getAnnotations(), HTTP_METHOD).isPresent());
    }

    private static Optional<Annotation> annotation(Annotation[] annotations, String type) {
        return Arrays.stream(annotations).filter(a -> a.annotationType().getName().equals(type)).findFirst();
    }

    private static String attribute(Annotation annotation, String name) {
        try {
            return String.valueOf(annotation.annotationType().getMethod(name).invoke(annotation));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a header parameter of that name is declared, directly or by reference. */
    private static boolean declares(JsonNode doc, JsonNode op, String header) {
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode resolved = parameter.has("$ref") ? doc.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if ("header".equals(resolved.path("in").asText()) && header.equalsIgnoreCase(resolved.path("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
