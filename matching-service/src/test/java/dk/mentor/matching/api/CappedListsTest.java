package dk.mentor.matching.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The referral list is counted only up to the cap (mentor.paging.count-cap, here 3 instead of 1,000, so
 * five referrals pass it): beyond it a page says totalItemsCapped, and a page reached past the cap is
 * counted to its end. The mentorship list counts through the same kit CappedCounts.
 */
@QuarkusTest
@TestProfile(CappedListsTest.LowCountCap.class)
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class CappedListsTest {

    public static class LowCountCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentor.paging.count-cap", "3");
        }
    }

    private final Caseworker aabenraa = new Caseworker("0580");

    @Test
    void shouldCountReferralsOnlyUpToTheCap() {
        for (int i = 0; i < 5; i++) {
            aabenraa.order(aabenraa.referral(Map.of()));
        }
        aabenraa.as().queryParam("size", 2).get("/api/v1/referrals").then().statusCode(200)
                .body("items", hasSize(2)).body("totalItems", equalTo(3)).body("totalItemsCapped", equalTo(true));
        aabenraa.as().queryParam("page", 2).queryParam("size", 2).get("/api/v1/referrals").then().statusCode(200)
                .body("items", hasSize(1)).body("totalItems", equalTo(5)).body("totalItemsCapped", equalTo(false));
    }
}
