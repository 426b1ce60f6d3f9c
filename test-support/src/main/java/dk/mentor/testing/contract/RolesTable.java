package dk.mentor.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Makes docs/roles.md: per service, which realm role may call which operation, with the roles'
 * legend. It reads the operations' {@code x-roles} in the kept OpenAPI documents rather than the code
 * because each service's OpenApiTest already holds those documents equal to its {@code @RolesAllowed}
 * annotations, and
 * test-support's tests, which run before any service's, can read them.
 */
public final class RolesTable {

    public static final String PAGE = "docs/roles.md";
    public static final String DOCUMENTS = "docs/openapi";
    static final String MARK = "✓";
    /** Where an operation lists the realm roles that may call it (realm roles are no OAuth2 scopes). */
    static final String ROLES = "x-roles";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private RolesTable() {
    }

    /** The page for every {@code <service>.json} in the directory, services in name order. */
    public static String fromDirectory(Path documents) throws IOException {
        Map<String, JsonNode> byService = new TreeMap<>();
        try (Stream<Path> files = Files.list(documents)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                byService.put(file.getFileName().toString().replaceFirst("\\.json$", ""), JSON.readTree(file.toFile()));
            }
        }
        return render(byService);
    }

    public static String render(Map<String, JsonNode> documentsByService) {
        StringBuilder page = new StringBuilder();
        introduction(page);
        legend(page);
        documentsByService.forEach((service, document) -> table(page, service, document));
        return page.toString();
    }

    /**
     * The roles an operation allows, in the legend's order: its {@code x-roles}, which the kit writes
     * from {@code @RolesAllowed} (every role for {@code @Authenticated}). An operation with no security
     * requirement would be open without a token, which no /api operation may be, and one without roles
     * would say nothing of who may call it, so either fails here instead of showing as open to all.
     */
    static List<String> allowed(String operation, JsonNode op) {
        JsonNode security = op.path("security");
        if (!security.isArray() || security.isEmpty()) {
            throw new IllegalStateException(operation + " has no security requirement");
        }
        JsonNode roles = op.path(ROLES);
        if (!roles.isArray() || roles.isEmpty()) {
            throw new IllegalStateException(operation + " names no roles in " + ROLES);
        }
        Set<String> named = new LinkedHashSet<>();
        roles.forEach(role -> named.add(role.asText()));
        List<String> unknown = named.stream().filter(role -> !RoleLegend.roles().contains(role)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(operation + " names roles the realm does not have: " + unknown);
        }
        return RoleLegend.roles().stream().filter(named::contains).toList();
    }

    private static void introduction(StringBuilder page) {
        page.append("# Roles and operations\n\n")
                .append("Generated from the kept OpenAPI documents (`").append(DOCUMENTS).append("/*.json`) by\n")
                .append("`test-support/src/main/java/dk/mentor/testing/contract/RolesTable.java`; do not edit by hand.\n")
                .append("Each service's `OpenApiTest` keeps its document equal to the `@RolesAllowed` annotations, and\n")
                .append("`RolesTableTest` keeps this page equal to the documents. After regenerating a document, run:\n\n")
                .append("```bash\n")
                .append("./mvnw -B -o -q -pl test-support -am verify -Dsurefire.failIfNoSpecifiedTests=false \\\n")
                .append("       -Dtest=RolesTableTest -Droles.write=true\n")
                .append("```\n\n")
                .append("A ").append(MARK).append(" means the role may call the operation (the document lists them in the\n")
                .append("operation's `x-roles`); any other role gets 403 `forbidden`. On top, the role's row-level rule\n")
                .append("decides which records it reaches: a record it may not reach answers 404, as if it did not exist\n")
                .append("(docs/architecture.md, section 5).\n\n");
    }

    private static void legend(StringBuilder page) {
        page.append("## The roles\n\n")
                .append("| role | dansk | English | row-level rule on top |\n")
                .append("|---|---|---|---|\n");
        RoleLegend.ALL.forEach(role -> page.append("| `").append(role.role()).append("` | ")
                .append(cell(role.danish())).append(" | ").append(cell(role.english())).append(" | ")
                .append(cell(role.rowRule())).append(" |\n"));
        page.append('\n');
    }

    private static void table(StringBuilder page, String service, JsonNode document) {
        page.append("## ").append(service).append("\n\n")
                .append("From `").append(DOCUMENTS).append('/').append(service).append(".json`.\n\n")
                .append("| operation | summary |");
        RoleLegend.roles().forEach(role -> page.append(' ').append(role).append(" |"));
        page.append("\n|---|---|");
        RoleLegend.roles().forEach(role -> page.append(":-:|"));
        page.append('\n');
        for (Operation operation : operations(document)) {
            List<String> allowed = allowed(operation.name(), operation.node());
            page.append("| `").append(operation.name()).append("` | ")
                    .append(cell(operation.node().path("summary").asText())).append(" |");
            RoleLegend.roles().forEach(role -> page.append(allowed.contains(role) ? " " + MARK + " |" : " |"));
            page.append('\n');
        }
        page.append('\n');
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode op = path.getValue().get(method);
            if (op != null) {
                operations.add(new Operation(path.getKey(), method, op));
            }
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(o -> METHODS.indexOf(o.method())));
        return operations;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private record Operation(String path, String method, JsonNode node) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }
}
