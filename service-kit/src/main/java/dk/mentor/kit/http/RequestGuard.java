package dk.mentor.kit.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.kit.json.SafeText;
import dk.mentor.kit.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects what no endpoint can serve before routing, with the same problem body as every other
 * error: an over-long URI (414), over-large headers (431) or body (413), and a path or query that
 * does not decode or decodes to control characters (400). The HTTP server's own limits are set
 * above these (see the kit's configuration), because its rejections carry no body at all. Two
 * remain the server's: a request line with a broken percent-escape, and a chunked body (no
 * Content-Length) that overflows; both still get the right status, without a body.
 */
@ApplicationScoped
public class RequestGuard {

    @ConfigProperty(name = "mentor.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "mentor.http.max-header-bytes", defaultValue = "20480")
    int maxHeaderBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            reject(context, ProblemType.URI_TOO_LONG, "The request URI is longer than " + maxUriLength + " characters");
        } else if (headerBytes(request) > maxHeaderBytes) {
            reject(context, ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than " + maxHeaderBytes + " bytes");
        } else if (declaredLength(request) > maxBodySize.asLongValue()) {
            reject(context, ProblemType.PAYLOAD_TOO_LARGE, tooLargeBody());
        } else if (!decodesSafely(request.path()) || (request.query() != null && !decodesSafely(request.query()))) {
            reject(context, ProblemType.MALFORMED_REQUEST,
                    "The path or query is not valid percent-encoded UTF-8 text, or it holds control characters");
        } else {
            context.next();
        }
    }

    private String tooLargeBody() {
        return "The request body is larger than " + maxBodySize.asLongValue() + " bytes";
    }

    private static int headerBytes(HttpServerRequest request) {
        int bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        try {
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0; // the HTTP server itself refuses a malformed length
        }
    }

    /** Strict percent-decoding: a broken escape or bytes that are not UTF-8 fail, where URLDecoder would guess. */
    private static boolean decodesSafely(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
            if (low < 0) {
                return false;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return SafeText.isSafeParameter(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private void reject(RoutingContext context, ProblemType type, String detail) {
        ProblemReply.send(context, json, type, detail);
    }
}
