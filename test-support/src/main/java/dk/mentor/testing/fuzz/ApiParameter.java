package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/** One parameter of an operation; {@code in} is path, query or header; the schema is resolved. */
public record ApiParameter(String name, String in, JsonNode schema, boolean required, JsonNode example) {

    public boolean inPath() {
        return in.equals("path");
    }

    public boolean inQuery() {
        return in.equals("query");
    }

    public boolean inHeader() {
        return in.equals("header");
    }
}
