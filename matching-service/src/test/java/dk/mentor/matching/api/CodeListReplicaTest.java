package dk.mentor.matching.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeListEntry;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Matching's replica of catalog's code lists: an event is applied once and only over a lower version, and
 * the code it brings is accepted by the API at once, without a release or a restart.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class CodeListReplicaTest {

    private static final String TYPE = "dk.mentor.catalog.CodeListEntryChanged.v1";

    @Inject
    CodeLists codeLists;

    @Test
    void aNewTargetGroupIsAppliedOnceAndThenAcceptedOnAReferral() {
        Caseworker caseworker = new Caseworker("0751");
        Map<String, Object> referral = caseworker.referral(Map.of());
        referral.put("targetGroups", List.of("REPLICA_REFORM_GROUP"));
        caseworker.as().body(referral).post("/api/v1/referrals").then().statusCode(422)
                .body("errors[0].field", equalTo("targetGroups"));

        String eventId = UUID.randomUUID().toString();
        publish(eventId, targetGroup("REPLICA_REFORM_GROUP", "Reformgruppe", 1));
        publish(eventId, targetGroup("REPLICA_REFORM_GROUP", "Reformgruppe", 1));
        // a different event with the same version is not newer: the replica keeps what it has
        publish(UUID.randomUUID().toString(), targetGroup("REPLICA_REFORM_GROUP", "Ikke nyere", 1));
        String marker = "REPLICA_MARKER_GROUP";
        publish(UUID.randomUUID().toString(), targetGroup(marker, "Markør", 1));

        // one partition: once the marker is in, the three before it were consumed
        await().atMost(Duration.ofSeconds(30)).until(() -> entry(marker).isPresent());
        CodeListEntry applied = entry("REPLICA_REFORM_GROUP").orElseThrow();
        assertEquals(1, applied.version());
        assertEquals("Reformgruppe", applied.nameDa());

        referral.put("planId", UUID.randomUUID().toString());
        caseworker.order(referral);
    }

    private Optional<CodeListEntry> entry(String code) {
        codeLists.invalidate();
        return codeLists.find(CodeList.TARGET_GROUP, code);
    }

    private static String targetGroup(String code, String nameDa, long version) {
        return "{\"list\":\"TARGET_GROUP\",\"code\":\"" + code + "\",\"nameDa\":\"" + nameDa + "\",\"nameEn\":null,"
                + "\"validFrom\":\"2026-01-01\",\"validTo\":null,\"version\":" + version + ",\"legalLine\":null,\"law\":null,"
                + "\"paragraph\":null,\"anonymousAllowed\":false,\"grantMonths\":null,\"roles\":[],\"kind\":\"CATEGORY\","
                + "\"changedAt\":\"2026-12-01T09:00:00Z\"}";
    }

    private static void publish(String eventId, String payload) {
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, TYPE);
        headers.put(CloudEventHeaders.SOURCE, "/catalog-service");
        headers.put(CloudEventHeaders.SUBJECT, "TARGET_GROUP");
        TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_CODE_LIST, "TARGET_GROUP", payload, headers);
    }
}
