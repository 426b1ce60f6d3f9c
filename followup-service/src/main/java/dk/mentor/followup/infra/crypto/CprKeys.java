package dk.mentor.followup.infra.crypto;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The keys that protect CPR numbers, each 32 bytes in base64; prod takes them from the environment.
 * During a rotation the retired keys stay configured as the previous ones until every stored number
 * has been re-keyed (see {@code RekeyCitizens}); either key may be rotated alone.
 */
@ConfigMapping(prefix = "followup.cpr")
public interface CprKeys {

    /** AES-256 key that encrypts the number at rest. */
    String encryptionKey();

    /** HMAC-SHA256 key of the look-up hash; without it the hash of a known number cannot be computed. */
    String hashKey();

    /** The encryption key being retired: still opens what it sealed, never seals anything new. */
    Optional<String> previousEncryptionKey();

    /** The hash key being retired: look-ups also search by its hash until no row carries one. */
    Optional<String> previousHashKey();
}
