package dk.mentor.contracts.events;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** The checks the payload records share, so each constructor states its rules in one line each. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** An immutable copy of a list that must be present and hold no duplicates. */
    public static <T> List<T> distinct(List<T> values, String name) {
        List<T> copy = List.copyOf(Objects.requireNonNull(values, name));
        if (new HashSet<>(copy).size() != copy.size()) {
            throw new IllegalArgumentException(name + " has duplicates: " + copy);
        }
        return copy;
    }

    public static int notNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    public static BigDecimal notNegative(BigDecimal value, String name) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(name + " must be zero or more: " + value);
        }
        return value;
    }

    /** A value that may be absent, but is never negative when present. */
    public static BigDecimal notNegativeIfPresent(BigDecimal value, String name) {
        return value == null ? null : notNegative(value, name);
    }
}
