package dk.mentor.dashboard.application;

import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.Reply;
import java.util.Locale;
import java.util.function.Function;

/**
 * One part of a page that one service call fills. When the call fails the part carries a message
 * key instead of a value, and the page greys out that part only: a service that is down never takes
 * the rest of the page with it.
 *
 * @param value      what the service answered, or null
 * @param messageKey the message bundle key explaining why there is no value, or null
 * @param notFound   the service answered 403 or 404: for a page about one resource, the whole page is "not found"
 */
public record Section<T>(T value, String messageKey, boolean notFound) {

    public static <T> Section<T> of(T value) {
        return new Section<>(value, null, false);
    }

    /** The section a reply makes, its body turned into the view by {@code view}. */
    public static <B, T> Section<T> from(Backend backend, Reply<B> reply, Function<B, T> view) {
        if (reply instanceof Reply.Ok<B> ok) {
            return of(view.apply(ok.body()));
        }
        if (reply instanceof Reply.Problem<B> problem) {
            // another municipality's resource answers 404 (the services never confirm it exists)
            boolean notFound = problem.status() == 404 || problem.status() == 403;
            return new Section<>(null, problemKey(problem.status()), notFound);
        }
        return new Section<>(null, "unavailable_" + backend.name().toLowerCase(Locale.ROOT), false);
    }

    public static <T> Section<T> from(Backend backend, Reply<T> reply) {
        return from(backend, reply, Function.identity());
    }

    static String problemKey(int status) {
        return switch (status) {
            case 400 -> "problem_invalid";
            case 401 -> "problem_session";
            case 403 -> "problem_forbidden";
            case 404 -> "problem_not_found";
            case 409 -> "problem_conflict";
            case 422 -> "problem_rule";
            default -> "problem_other";
        };
    }

    public boolean isAvailable() {
        return messageKey == null;
    }
}
