package dk.mentor.followup.infra.crypto;

import dk.mentor.contracts.codes.Cpr;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one place that sees a CPR number's digits. It encrypts them with AES-256-GCM under a fresh
 * random nonce per value (the nonce is stored in front of the ciphertext), and computes the keyed
 * HMAC-SHA256 hash a look-up searches by, so equal numbers can be found without being decryptable.
 *
 * <p>New values are always sealed and hashed with the current keys, whose {@link #keyId()} is stored
 * beside them. Opening tries the current and then the previous encryption key: GCM's tag tells a wrong
 * key apart, so a value needs no key marker to be opened during a rotation.
 */
@ApplicationScoped
public class CprVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "followup-service/citizen/cpr".getBytes(StandardCharsets.UTF_8);

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final Optional<SecretKeySpec> previousEncryptionKey;
    private final Optional<SecretKeySpec> previousHashKey;
    private final String keyId;

    @Inject
    public CprVault(CprKeys keys) {
        byte[] encryption = key(keys.encryptionKey(), "followup.cpr.encryption-key");
        byte[] hash = key(keys.hashKey(), "followup.cpr.hash-key");
        this.encryptionKey = new SecretKeySpec(encryption, "AES");
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
        this.previousEncryptionKey = keys.previousEncryptionKey().filter(value -> !value.isBlank())
                .map(value -> retired(value, encryption, "followup.cpr.previous-encryption-key"))
                .map(bytes -> new SecretKeySpec(bytes, "AES"));
        this.previousHashKey = keys.previousHashKey().filter(value -> !value.isBlank())
                .map(value -> retired(value, hash, "followup.cpr.previous-hash-key"))
                .map(bytes -> new SecretKeySpec(bytes, "HmacSHA256"));
        this.keyId = fingerprint(encryption, hash);
    }

    /**
     * Names the current pair of keys without revealing them: 48 bits of a SHA-256 over both, enough to
     * tell a handful of generations apart and far too little to help guess a 256-bit key.
     */
    public String keyId() {
        return keyId;
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

    /** The number a stored value holds, if the current or the previous key sealed it; used only to re-key. */
    public Optional<Cpr> decrypt(byte[] stored) {
        if (stored == null || stored.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        List<SecretKeySpec> candidates = new ArrayList<>(List.of(encryptionKey));
        previousEncryptionKey.ifPresent(candidates::add);
        for (SecretKeySpec key : candidates) {
            Optional<Cpr> opened = open(stored, key);
            if (opened.isPresent()) {
                return opened;
            }
        }
        return Optional.empty();
    }

    /** The keyed hash of the number's digits under the current key; the same with or without the dash. */
    public String lookupHash(Cpr cpr) {
        return hash(cpr, hashKey);
    }

    /** Every hash a stored row may carry for this number: the current key's, then the previous key's. */
    public List<String> lookupHashes(Cpr cpr) {
        List<String> hashes = new ArrayList<>(List.of(lookupHash(cpr)));
        previousHashKey.ifPresent(key -> hashes.add(hash(cpr, key)));
        return hashes;
    }

    private static Optional<Cpr> open(byte[] stored, SecretKeySpec key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(CONTEXT);
            byte[] digits = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return Optional.of(Cpr.parse(new String(digits, StandardCharsets.US_ASCII)));
        } catch (AEADBadTagException wrongKey) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR decryption failed", e);
        }
    }

    private static String hash(Cpr cpr, SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR hashing failed", e);
        }
    }

    private static String fingerprint(byte[] encryption, byte[] hash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("followup-service/cpr-key-id".getBytes(StandardCharsets.UTF_8));
            digest.update(encryption);
            digest.update(hash);
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** A previous key equal to the current one is a configuration slip that would hide an unfinished rotation. */
    private static byte[] retired(String base64, byte[] current, String name) {
        byte[] key = key(base64, name);
        if (Arrays.equals(key, current)) {
            throw new IllegalStateException(name + " is the same as the current key; leave it unset when not rotating");
        }
        return key;
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
