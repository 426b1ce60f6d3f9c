package dk.mentor.followup.infra.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Cpr;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CprVaultTest {

    private static final Cpr CPR = Cpr.parse("070761-4285");
    private static final String OLD_ENCRYPTION = newKey();
    private static final String OLD_HASH = newKey();
    private static final String NEW_ENCRYPTION = newKey();
    private static final String NEW_HASH = newKey();

    @Test
    void shouldOpenWhatTheRetiredKeySealedAndSealAnewOnlyWithTheCurrentKey() {
        CprVault before = vault(OLD_ENCRYPTION, OLD_HASH, null, null);
        CprVault during = vault(NEW_ENCRYPTION, NEW_HASH, OLD_ENCRYPTION, OLD_HASH);
        CprVault after = vault(NEW_ENCRYPTION, NEW_HASH, null, null);

        byte[] sealedBefore = before.encrypt(CPR);
        assertEquals(Optional.of(CPR), during.decrypt(sealedBefore));
        assertEquals(Optional.empty(), after.decrypt(sealedBefore), "the retired key is gone after the rotation");

        byte[] sealedDuring = during.encrypt(CPR);
        assertEquals(Optional.of(CPR), after.decrypt(sealedDuring));
        assertEquals(Optional.empty(), before.decrypt(sealedDuring), "nothing new is sealed with the retired key");
    }

    @Test
    void shouldLookUpByTheCurrentAndThePreviousHashDuringARotation() {
        CprVault before = vault(OLD_ENCRYPTION, OLD_HASH, null, null);
        CprVault during = vault(NEW_ENCRYPTION, NEW_HASH, OLD_ENCRYPTION, OLD_HASH);

        assertEquals(List.of(during.lookupHash(CPR), before.lookupHash(CPR)), during.lookupHashes(CPR));
        assertEquals(List.of(before.lookupHash(CPR)), before.lookupHashes(CPR));
        assertEquals(during.lookupHash(CPR), during.lookupHash(Cpr.parse("0707614285")));
    }

    @Test
    void shouldNameEachGenerationOfKeysWithoutRevealingThem() {
        String id = vault(NEW_ENCRYPTION, NEW_HASH, null, null).keyId();
        assertEquals(id, vault(NEW_ENCRYPTION, NEW_HASH, OLD_ENCRYPTION, OLD_HASH).keyId(), "previous keys do not change the id");
        assertNotEquals(id, vault(NEW_ENCRYPTION, OLD_HASH, null, null).keyId(), "a rotated hash key alone is a new generation");
        assertTrue(id.matches("[0-9a-f]{12}"), id);
    }

    @Test
    void shouldRefuseAPreviousKeyThatIsTheCurrentOne() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> vault(NEW_ENCRYPTION, NEW_HASH, NEW_ENCRYPTION, null));
        assertTrue(refused.getMessage().contains("previous-encryption-key"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> vault(NEW_ENCRYPTION, NEW_HASH, null, "c2hvcnQ="));
    }

    @Test
    void shouldNotOpenAValueSealedWithAnUnknownKey() {
        byte[] foreign = vault(newKey(), newKey(), null, null).encrypt(CPR);
        assertEquals(Optional.empty(), vault(NEW_ENCRYPTION, NEW_HASH, OLD_ENCRYPTION, OLD_HASH).decrypt(foreign));
        assertEquals(Optional.empty(), vault(NEW_ENCRYPTION, NEW_HASH, null, null).decrypt(new byte[] {1, 2, 3}));
    }

    private static CprVault vault(String encryption, String hash, String previousEncryption, String previousHash) {
        return Vaults.of(encryption, hash, previousEncryption, previousHash);
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
