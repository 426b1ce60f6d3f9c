package dk.mentor.followup.infra.crypto;

import io.smallrye.config.ConfigMapping;

/** The two keys that protect CPR numbers, each 32 bytes in base64; prod takes them from the environment. */
@ConfigMapping(prefix = "followup.cpr")
public interface CprKeys {

    /** AES-256 key that encrypts the number at rest. */
    String encryptionKey();

    /** HMAC-SHA256 key of the look-up hash; without it the hash of a known number cannot be computed. */
    String hashKey();
}
