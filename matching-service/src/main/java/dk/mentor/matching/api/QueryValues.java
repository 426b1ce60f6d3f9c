package dk.mentor.matching.api;

import dk.mentor.kit.problem.ProblemException;
import java.util.Arrays;

/** Query parameters read by hand, so an unknown value is a 400 with the field named, not a bare 404. */
final class QueryValues {

    private QueryValues() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
