package dk.mentor.matching.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.tokens.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A mentor refused another mentor's mentorship leaves a DENIED entry the owning municipality's auditor reads. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class MentorshipDeniedAuditTest {

    private static final String AARHUS = "0751";

    @Test
    void shouldAuditAMentorRefusedAnotherMentorsMentorship() {
        String tag = RankingResourceTest.tag();
        Catalogue.Mentor mentor = Catalogue.Mentor.active(AARHUS, tag).username("mentor-" + tag);
        Catalogue.publish(mentor);
        Caseworker caseworker = new Caseworker(AARHUS);
        String referral = caseworker.order(caseworker.referral(Caseworker.sameBackground(tag)));
        caseworker.toMeeting(referral);
        caseworker.answer(referral, "CITIZEN", "YES", null).then().statusCode(200);
        String mentorship = caseworker.answer(referral, "MENTOR", "YES", null).then().statusCode(200)
                .extract().path("mentorshipId");

        String stranger = "stranger-" + tag;
        given().header("Authorization", TestTokens.user(stranger).roles("mentor").municipalities(AARHUS).bearer())
                .get("/api/v1/mentorships/" + mentorship).then().statusCode(404);

        given().header("Authorization", TestTokens.user("auditor").roles("auditor").municipalities(AARHUS).bearer())
                .get("/api/v1/audit-entries?subjectId=" + mentorship).then().statusCode(200)
                .body("items.findAll { it.outcome == 'DENIED' }.actorName", hasItem(equalTo(stranger)));
    }
}
