package dk.mentor.catalog.api;

import dk.mentor.kit.problem.ProblemException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads query parameters by hand: JAX-RS answers a bad enum or time in a query with a bare 404, and a
 * client deserves a 400 that names the parameter.
 */
final class QueryValues {

    private QueryValues() {
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a time of day, HH:mm");
        }
    }

    static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a number");
        }
    }

    static String code(String name, String value, String pattern, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches(pattern)) {
            throw ProblemException.invalidField(name, message);
        }
        return value.strip();
    }
}
