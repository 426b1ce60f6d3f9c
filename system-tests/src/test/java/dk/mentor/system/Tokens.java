package dk.mentor.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Forgeries of real tokens, to see that the services check what they are given. */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /**
     * The same header and claims with one bit of the signature flipped. Flipping a decoded byte,
     * not a base64 character, guarantees the signature really changes (a last character's spare
     * bits would not).
     */
    static String withTamperedSignature(String jwt) {
        String[] parts = parts(jwt);
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + encode(signature);
    }

    /** The claims changed as an attacker would like them, under the original header and signature. */
    static String withTamperedClaims(String jwt, Consumer<ObjectNode> change) {
        String[] parts = parts(jwt);
        ObjectNode claims = (ObjectNode) claims(jwt);
        change.accept(claims);
        return parts[0] + "." + encode(write(claims)) + "." + parts[2];
    }

    /** The same claims, declared unsigned ({@code "alg": "none"}) and without a signature. */
    static String unsigned(String jwt) {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        return encode(header.getBytes(StandardCharsets.UTF_8)) + "." + parts(jwt)[1] + ".";
    }

    /** The same token naming another signing key ("kid") in its header; the signature no longer fits either. */
    static String withKeyId(String jwt, String keyId) {
        String[] parts = parts(jwt);
        ObjectNode header = (ObjectNode) header(jwt);
        header.put("kid", keyId);
        return encode(write(header)) + "." + parts[1] + "." + parts[2];
    }

    /** The municipalities a token acts for (its municipality claim). */
    static Set<String> municipalities(String jwt) {
        Set<String> municipalities = new TreeSet<>();
        claims(jwt).path("municipality").forEach(code -> municipalities.add(code.asText()));
        return municipalities;
    }

    static JsonNode header(String jwt) {
        return read(parts(jwt)[0]);
    }

    static JsonNode claims(String jwt) {
        return read(parts(jwt)[1]);
    }

    private static String[] parts(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT");
        }
        return parts;
    }

    private static JsonNode read(String part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
