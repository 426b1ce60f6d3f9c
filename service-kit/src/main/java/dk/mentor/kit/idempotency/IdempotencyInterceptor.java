package dk.mentor.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Gives {@link Idempotent} methods their retry safety. The key's claim, the method's change and the
 * stored response commit in one transaction, which the method's own {@code @Transactional} joins: a
 * duplicate sent meanwhile (to any instance) waits on the claim's row and then replays the answer,
 * and a request that fails, or whose instance dies before the commit, leaves no claim behind, so a
 * retry with the same key simply runs. A method that asks for a rollback (a dry run) is answered but
 * not remembered.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {


    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    IdempotencyStore store;

    @Inject
    RequestFingerprints fingerprints;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        requireUsable(key);
        String fingerprint = fingerprint(invocation);
        QuarkusTransaction.begin();
        try {
            Optional<IdempotencyStore.Earlier> earlier = store.claim(caller.subject(), key, fingerprint);
            if (earlier.isPresent()) {
                QuarkusTransaction.rollback();
                return answerRepeat(earlier.get(), fingerprint);
            }
            Object result = invocation.proceed();
            if (QuarkusTransaction.isRollbackOnly()) {
                QuarkusTransaction.rollback();
                return result;
            }
            StoredResponse stored = toStored(result);
            if (stored.status() >= 300) {
                store.release(caller.subject(), key);
            } else {
                store.complete(caller.subject(), key, stored);
            }
            QuarkusTransaction.commit();
            return result;
        } catch (Exception | Error failure) {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            throw failure;
        }
    }

    private static void requireUsable(String key) {
        boolean printable = key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (key.isEmpty() || key.length() > Idempotent.MAX_KEY_LENGTH || !printable) {
            throw ProblemException.invalidField(Idempotent.HEADER,
                    "must be 1 to " + Idempotent.MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID");
        }
    }

    private static Response answerRepeat(IdempotencyStore.Earlier earlier, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        if (!earlier.completed()) {
            // only a claim committed before claims shared the change's transaction has no answer
            throw new ProblemException(ProblemType.REQUEST_IN_PROGRESS,
                    "The first request with this Idempotency-Key has not finished; retry shortly");
        }
        return earlier.response().replay();
    }

    /** The method, the path and the request's own arguments; framework objects (UriInfo, ...) are left out. */
    private String fingerprint(InvocationContext invocation) throws JsonProcessingException {
        List<Object> arguments = Arrays.stream(invocation.getParameters()).filter(IdempotencyInterceptor::isPayload).toList();
        return fingerprints.of(canonical(request.method().name(), request.path(), json.writeValueAsString(arguments)));
    }

    /** The text a request is fingerprinted by. */
    static String canonical(String method, String path, String argumentsJson) {
        return method + " " + path + " " + argumentsJson;
    }

    private static boolean isPayload(Object argument) {
        if (argument == null) {
            return true;
        }
        String name = argument.getClass().getName();
        return !(name.startsWith("org.jboss.") || name.startsWith("io.vertx.") || name.startsWith("io.quarkus.")
                || name.startsWith("jakarta."));
    }

    private StoredResponse toStored(Object result) throws JsonProcessingException {
        if (!(result instanceof Response response)) {
            return new StoredResponse(200, null, null, result == null ? null : json.writeValueAsString(result));
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        EntityTag tag = response.getEntityTag();
        return new StoredResponse(response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                tag == null ? null : tag.toString(), body);
    }
}
