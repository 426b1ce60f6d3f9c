package dk.mentor.kit.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestFingerprintsTest {

    private static final String REQUEST = IdempotencyInterceptor.canonical("POST", "/api/v1/citizens",
            "[{\"cpr\":\"0101901234\",\"anonymous\":false}]");

    @Test
    void shouldBeAKeyedHashThatDiffersUnderAnotherKeyAndFromThePlainHash() throws Exception {
        String fingerprint = new RequestFingerprints(key(1)).of(REQUEST);

        assertEquals(fingerprint, new RequestFingerprints(key(1)).of(REQUEST));
        assertNotEquals(fingerprint, new RequestFingerprints(key(2)).of(REQUEST));
        assertNotEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(REQUEST.getBytes(StandardCharsets.UTF_8))), fingerprint);
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
    }

    @Test
    void shouldAcceptAKeyOfAtLeast32Bytes() {
        assertArrayEquals(key(1), RequestFingerprints.decode(Optional.of(base64(key(1)))));
        byte[] longer = new byte[64];
        assertArrayEquals(longer, RequestFingerprints.decode(Optional.of(" " + base64(longer) + "\n")));
    }

    @Test
    void shouldRefuseToStartWithoutAKeyNamingWhatToSet() {
        assertRefused(Optional.empty(), "is not set");
        assertRefused(Optional.of("  "), "is not set");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16, 31})
    void shouldRefuseAShortKey(int bytes) {
        assertRefused(Optional.of(base64(new byte[bytes])), bytes + " bytes, too short");
    }

    @Test
    void shouldRefuseAKeyThatIsNotBase64() {
        assertRefused(Optional.of("not base64 at all!"), "is not base64");
    }

    private static void assertRefused(Optional<String> configured, String reason) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RequestFingerprints.decode(configured));
        assertTrue(refused.getMessage().startsWith(RequestFingerprints.PROPERTY + " "), refused.getMessage());
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        assertTrue(refused.getMessage().contains("MENTOR_IDEMPOTENCY_KEY"), refused.getMessage());
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
