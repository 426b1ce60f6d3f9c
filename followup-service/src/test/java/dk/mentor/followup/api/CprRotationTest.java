package dk.mentor.followup.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Cpr;
import dk.mentor.followup.application.RekeyCitizens;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.followup.infra.crypto.CprVault;
import dk.mentor.followup.infra.crypto.Vaults;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A rotation in progress, as the test profile configures it (new keys current, the retired ones as
 * previous): numbers stored under the retired keys are still found, and the re-keying job moves them
 * onto the new keys, leaving a number that no configured key opens untouched and counted.
 */
@QuarkusTest
class CprRotationTest extends FollowupTest {

    @Inject
    CitizenRepository citizens;
    @Inject
    CprVault vault;
    @Inject
    RekeyCitizens rekeying;
    @ConfigProperty(name = "followup.cpr.encryption-key")
    String encryptionKey;
    @ConfigProperty(name = "followup.cpr.hash-key")
    String hashKey;
    @ConfigProperty(name = "followup.cpr.previous-encryption-key")
    String previousEncryptionKey;
    @ConfigProperty(name = "followup.cpr.previous-hash-key")
    String previousHashKey;

    @Test
    void shouldFindAndThenReKeyNumbersStoredUnderTheRetiredKeys() {
        Cpr cpr = Cpr.parse(randomCpr());
        CprVault retired = Vaults.of(previousEncryptionKey, previousHashKey);
        UUID legacy = store(Citizen.identified(retired.encrypt(cpr), retired.lookupHash(cpr), null, AARHUS, Instant.now()));
        CprVault lost = Vaults.of(key("a-key-nobody-configured-any-more"), key("a-hash-key-nobody-configured-now"));
        Cpr other = Cpr.parse(randomCpr());
        UUID unreadable = store(Citizen.identified(lost.encrypt(other), lost.lookupHash(other), "0123456789ab", AARHUS,
                Instant.now()));

        String token = caseworker(AARHUS);
        lookUp(token, cpr).statusCode(200).body("id", equalTo(legacy.toString()));
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("cpr", cpr.digits(), "actingMunicipality", AARHUS))
                .when().post("/api/v1/citizens").then().statusCode(409);

        List<UUID> notOpened = new ArrayList<>();
        int rekeyed = 0;
        for (int pass = 0; pass < 100; pass++) {
            RekeyCitizens.Batch batch = QuarkusTransaction.requiringNew().call(rekeying::rekeyBatch);
            rekeyed += batch.rekeyed();
            notOpened.addAll(batch.unreadable());
            if (batch.passFinished()) {
                break;
            }
        }
        assertTrue(rekeyed >= 1, "the legacy row is re-keyed");
        assertEquals(List.of(unreadable), notOpened);

        Citizen moved = QuarkusTransaction.requiringNew().call(() -> citizens.findById(legacy));
        assertEquals(vault.keyId(), moved.cprKeyId());
        assertEquals(vault.lookupHash(cpr), moved.cprHash());
        assertEquals(Optional.of(cpr), Vaults.of(encryptionKey, hashKey).decrypt(moved.cprCiphertext()),
                "the new key alone opens it");
        assertEquals(Optional.empty(), retired.decrypt(moved.cprCiphertext()));
        lookUp(token, cpr).statusCode(200).body("id", equalTo(legacy.toString()));
        assertEquals(1, QuarkusTransaction.requiringNew().call(rekeying::countOnOlderKeys), "only the unreadable one is left");

        QuarkusTransaction.requiringNew().run(() -> citizens.deleteById(unreadable));
    }

    private UUID store(Citizen citizen) {
        QuarkusTransaction.requiringNew().run(() -> citizens.persist(citizen));
        return citizen.id();
    }

    private static ValidatableResponse lookUp(String token, Cpr cpr) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("cpr", cpr.digits()))
                .when().post("/api/v1/citizens/lookup").then();
    }

    private static String key(String thirtyTwoCharacters) {
        return Base64.getEncoder().encodeToString(thirtyTwoCharacters.getBytes(StandardCharsets.US_ASCII));
    }
}
