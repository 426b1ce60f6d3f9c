package dk.mentor.dashboard.application;

import java.util.Map;

/**
 * Reading what a user typed into a form before it goes to a service: blanks are left out (the
 * service says which fields it needs), and a number the dashboard cannot read is noted against its
 * field instead of being sent as something else.
 */
final class FormFields {

    private FormFields() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** Puts {@code value}, stripped, under {@code name} in a request body, unless it is blank. */
    static void put(Map<String, Object> body, String name, String value) {
        if (!blank(value)) {
            body.put(name, value.strip());
        }
    }

    /** The whole number typed, or null when blank; unreadable, {@code errorKey} is put against {@code field}. */
    static Integer number(String typed, String field, String errorKey, Map<String, String> unreadable) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            unreadable.put(field, errorKey);
            return null;
        }
    }
}
