package dk.mentor.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** Places in a JSON body, written "a.b[2].c", where the fuzzer can put a hostile value. */
final class BodyPlaces {

    private BodyPlaces() {
    }

    /** Every field and item below the node, in document order. */
    static void collect(JsonNode node, String prefix, List<String> places) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(f -> {
                String place = prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey();
                places.add(place);
                collect(f.getValue(), place, places);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                places.add(prefix + "[" + i + "]");
                collect(array.get(i), prefix + "[" + i + "]", places);
            }
        }
    }

    /** The steps of a place: field names, and "[i]" for an item. */
    static List<String> parts(String place) {
        return Arrays.stream(place.replace("[", ".[").split("\\.")).filter(p -> !p.isEmpty()).toList();
    }

    static void replace(JsonNode root, String place, JsonNode value) {
        int split = Math.max(place.lastIndexOf('.'), place.lastIndexOf('['));
        JsonNode parent = split <= 0 ? root : nodeAt(root, place.substring(0, split));
        String last = split <= 0 ? place : place.substring(split + (place.charAt(split) == '.' ? 1 : 0));
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(index(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static JsonNode nodeAt(JsonNode root, String place) {
        JsonNode node = root;
        for (String part : parts(place)) {
            node = part.startsWith("[") ? node.get(index(part)) : node.get(part);
        }
        return node;
    }

    private static int index(String item) {
        return Integer.parseInt(item.substring(1, item.length() - 1));
    }
}
