package dk.mentor.system;

import dk.mentor.testing.kafka.TopicReader;
import dk.mentor.testing.kafka.TopicWriter;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** A mentor registered in the catalogue reaches matching through the real broker, once, and only for its municipality. */
class EventCrossingTest extends SuiteTest {


    @Test
    void shouldBringRegisteredMentorToMatchingOnce() {
        // a few one at a time, so the latency figure is more than a single sample
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Instant posted = Instant.now();
            UUID mentorId = api.register("coordinator-aarhus", "0751");
            JsonPath candidate = api.awaitCandidate("coordinator-aarhus", mentorId);
            millis.add(Duration.between(posted, Instant.now()).toMillis());

            assertThat(candidate.getString("mentorId"), equalTo(mentorId.toString()));
            assertThat(candidate.getString("homeMunicipality"), equalTo("0751"));
            assertThat(candidate.getString("kind"), equalTo("VOLUNTEER"));
            assertThat(candidate.getList("legalBases", String.class), contains("LAB_167"));
            assertThat(candidate.getInt("eventsApplied"), equalTo(1));
        }
        Collections.sort(millis);
        Figures.record("POST in catalog -> candidate in matching (5, min/median/max)",
                "%d / %d / %d ms".formatted(millis.get(0), millis.get(2), millis.get(4)));
    }

    @Test
    void shouldPublishOneRegistrationAndOneProfilePerRegisteredMentor() {
        UUID mentorId = api.register("coordinator-aarhus", "0751");
        api.awaitCandidate("coordinator-aarhus", mentorId); // sent, so the whole topic can be read now

        ConsumerRecord<String, String> record = CatalogTopic.onlyRegistrationFor(suite, mentorId);
        assertThat(TopicReader.header(record, "ce_id"), not(emptyOrNullString()));
        assertThat(TopicReader.header(record, "ce_type"), equalTo("dk.mentor.catalog.MentorRegistered.v1"));
        assertThat(TopicReader.header(record, "ce_source"), equalTo("/catalog-service"));
        assertThat(TopicReader.header(record, "ce_subject"), equalTo(mentorId.toString()));
        assertThat(TopicReader.header(record, "ce_municipality"), equalTo("0751"));
        assertThat(record.value(), containsString(mentorId.toString()));
    }

    @Test
    void shouldApplyRedeliveredEventOnlyOnce() {
        UUID mentorId = api.register("coordinator-aarhus", "0751");
        api.awaitCandidate("coordinator-aarhus", mentorId);
        ConsumerRecord<String, String> original = CatalogTopic.onlyRegistrationFor(suite, mentorId);

        // what a producer retry or a replay looks like to the consumer: the same event (same ce_id) again
        TopicWriter.send(suite.kafka().bootstrapServers(), CatalogTopic.TOPIC, original.key(), original.value(),
                TopicReader.headers(original));
        CatalogTopic.awaitConsumedBy(suite, "matching-service");

        assertThat(CatalogTopic.recordsFor(suite, mentorId), hasSize(3));
        api.candidate("coordinator-aarhus", mentorId).then().statusCode(200).body("eventsApplied", equalTo(1));
    }

    @Test
    void shouldHideMentorAndCandidateFromOtherMunicipality() {
        UUID mentorId = api.register("coordinator-aarhus", "0751");
        api.awaitCandidate("coordinator-aarhus", mentorId); // exists, so a 404 below is the scoping's

        api.candidate("coordinator-kobenhavn", mentorId)
                .then().statusCode(404)
                .contentType(startsWith(MentorApi.PROBLEM_JSON))
                .body("status", equalTo(404));
        api.as("coordinator-kobenhavn", suite.catalog())
                .get("/api/v1/mentors/{id}", mentorId)
                .then().statusCode(404)
                .contentType(startsWith(MentorApi.PROBLEM_JSON))
                .body("status", equalTo(404));
        // and the owner still sees it in the catalogue
        api.as("coordinator-aarhus", suite.catalog())
                .get("/api/v1/mentors/{id}", mentorId)
                .then().statusCode(200)
                .body("id", equalTo(mentorId.toString()));
    }
}
