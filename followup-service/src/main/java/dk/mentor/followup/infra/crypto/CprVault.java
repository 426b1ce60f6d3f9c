package dk.mentor.followup.infra.crypto;

import dk.mentor.contracts.codes.Cpr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place that sees a CPR number's digits. It encrypts them with AES-256-GCM under a fresh
 * random nonce per value (the nonce is stored in front of the ciphertext), and computes the keyed
 * HMAC-SHA256 hash a look-up searches by, so equal numbers can be found without being decryptable.
 */
@ApplicationScoped
public class CprVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "followup-service/citizen/cpr".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;

    @Inject
    public CprVault(CprKeys keys) {
        this.encryptionKey = new SecretKeySpec(key(keys.encryptionKey(), "followup.cpr.encryption-key"), "AES");
        this.hashKey = new SecretKeySpec(key(keys.hashKey(), "followup.cpr.hash-key"), "HmacSHA256");
    }

    public byte[] encrypt(Cpr cpr) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR encryption failed", e);
        }
    }

    /** The keyed hash of the number's digits; the same with or without the dash. */
    public String lookupHash(Cpr cpr) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR hashing failed", e);
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes, was " + key.length);
        }
        return key;
    }
}
