package dk.mentor.kit.idempotency;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fingerprints a request for the {@code idempotent_request} table with a keyed HMAC-SHA256. A plain
 * hash would let anyone who reads the table recover a CPR number in a body by trying every number
 * (there are too few of them); without the key nothing can be tried. Created at startup, so a
 * missing or weak production key stops the service before it answers anything.
 */
@Startup
@Singleton
class RequestFingerprints {

    static final String PROPERTY = "mentor.idempotency.fingerprint-key";
    static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Inject
    RequestFingerprints(@ConfigProperty(name = PROPERTY) Optional<String> base64Key) {
        this(decode(base64Key));
    }

    RequestFingerprints(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The hex HMAC of the request's canonical text (method, path and the JSON of its arguments). */
    String of(String canonicalRequest) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** The key's bytes; the message says what to set, since it is what an operator sees when the start fails. */
    static byte[] decode(Optional<String> base64Key) {
        String hint = " (in prod from MENTOR_IDEMPOTENCY_KEY: at least " + MIN_KEY_BYTES + " random bytes in base64,"
                + " e.g. head -c 32 /dev/urandom | base64)";
        String text = base64Key.map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalStateException(PROPERTY + " is not set" + hint));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not base64" + hint);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(PROPERTY + " is " + key.length + " bytes, too short" + hint);
        }
        return key;
    }
}
