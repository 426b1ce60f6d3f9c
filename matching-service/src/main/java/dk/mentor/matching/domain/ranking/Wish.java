package dk.mentor.matching.domain.ranking;

import java.util.List;
import java.util.Objects;

/**
 * One wish of the citizen. A binding wish is never broken: a mentor who does not meet it is not
 * proposed. A preferred wish only adds to the score.
 */
public record Wish(WishKind kind, boolean binding, List<String> values) {

    public Wish {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " wish needs at least one value");
        }
        if (kind == WishKind.MEETING_WINDOW) {
            values.forEach(Windows::parse);
        }
    }
}
