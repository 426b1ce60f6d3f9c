package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.FormOutcome;
import java.util.Map;
import java.util.UUID;

/**
 * One of the dashboard's forms as a page shows it: what is in its fields, the Idempotency-Key it was
 * rendered with (new for a fresh form, the same when a refused form comes back, so correcting and
 * sending it still acts once), the message keys of the errors next to its fields and above it, and
 * whether it was just done.
 */
public record FormState<I>(I input, String idempotencyKey, Map<String, String> fieldErrors, String formError, boolean done) {

    static <I> FormState<I> fresh(I input) {
        return new FormState<>(input, UUID.randomUUID().toString(), Map.of(), null, false);
    }

    /** A fresh form after the last one was done: the page says so above it. */
    static <I> FormState<I> afterDone(I input) {
        return new FormState<>(input, UUID.randomUUID().toString(), Map.of(), null, true);
    }

    static <I> FormState<I> refused(I input, String key, FormOutcome outcome) {
        return new FormState<>(input, key, outcome.fieldErrors(), outcome.formError(), false);
    }

    /** The message key of the error next to {@code field}, or null. */
    public String error(String field) {
        return fieldErrors.get(field);
    }

    public boolean hasError(String field) {
        return fieldErrors.containsKey(field);
    }
}
