package dk.mentor.followup.infra.crypto;

import java.util.Optional;

/** Vaults over keys a test chooses, as the service would build them from configuration. */
public final class Vaults {

    private Vaults() {
    }

    public static CprVault of(String encryption, String hash) {
        return of(encryption, hash, null, null);
    }

    public static CprVault of(String encryption, String hash, String previousEncryption, String previousHash) {
        return new CprVault(new CprKeys() {
            public String encryptionKey() { return encryption; }
            public String hashKey() { return hash; }
            public Optional<String> previousEncryptionKey() { return Optional.ofNullable(previousEncryption); }
            public Optional<String> previousHashKey() { return Optional.ofNullable(previousHash); }
        });
    }
}
