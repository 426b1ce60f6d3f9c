package dk.mentor.matching.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.Topics;
import dk.mentor.contracts.events.catalog.MeetingWindow;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicWriter;
import dk.mentor.testing.tokens.TestTokens;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plays catalog-service in the tests: publishes mentor profiles on the real broker and waits until matching has them. */
final class Catalogue {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A mentor profile; tests change what they need with the withers. */
    record Mentor(UUID id, String home, long version, String status, boolean vetted, int seats, BigDecimal hours,
                  String gender, List<String> tags, List<String> languages, List<String> targetGroups,
                  List<String> windows, String scope, List<String> sharedWith, String username, List<String> bases) {

        static Mentor active(String home, String tag) {
            return new Mentor(UUID.randomUUID(), home, 1, "ACTIVE", true, 2, new BigDecimal("6.00"), "FEMALE",
                    List.of(tag), List.of("da"), List.of("SOCIAL_AND_MENTAL_PROBLEMS"), List.of("TUESDAY 08:00-16:00"),
                    "OWN_MUNICIPALITY", List.of(), null, List.of("LAB_167"));
        }

        Mentor status(String value) { return new Mentor(id, home, version, value, vetted, seats, hours, gender, tags, languages, targetGroups, windows, scope, sharedWith, username, bases); }
        Mentor vetted(boolean value) { return new Mentor(id, home, version, status, value, seats, hours, gender, tags, languages, targetGroups, windows, scope, sharedWith, username, bases); }
        Mentor seats(int value) { return new Mentor(id, home, version, status, vetted, value, hours, gender, tags, languages, targetGroups, windows, scope, sharedWith, username, bases); }
        Mentor gender(String value) { return new Mentor(id, home, version, status, vetted, seats, hours, value, tags, languages, targetGroups, windows, scope, sharedWith, username, bases); }
        Mentor languages(String... value) { return new Mentor(id, home, version, status, vetted, seats, hours, gender, tags, List.of(value), targetGroups, windows, scope, sharedWith, username, bases); }
        Mentor targetGroups(String... value) { return new Mentor(id, home, version, status, vetted, seats, hours, gender, tags, languages, List.of(value), windows, scope, sharedWith, username, bases); }
        Mentor windows(String... value) { return new Mentor(id, home, version, status, vetted, seats, hours, gender, tags, languages, targetGroups, List.of(value), scope, sharedWith, username, bases); }
        Mentor version(long value) { return new Mentor(id, home, value, status, vetted, seats, hours, gender, tags, languages, targetGroups, windows, scope, sharedWith, username, bases); }
        Mentor sharedWith(String... value) { return new Mentor(id, home, version, status, vetted, seats, hours, gender, tags, languages, targetGroups, windows, "LISTED_MUNICIPALITIES", List.of(value), username, bases); }

        Mentor legalBases(String... value) { return new Mentor(id, home, version, status, vetted, seats, hours, gender, tags, languages, targetGroups, windows, scope, sharedWith, username, List.of(value)); }

        Mentor username(String value) { return new Mentor(id, home, version, status, vetted, seats, hours, gender, tags, languages, targetGroups, windows, scope, sharedWith, value, bases); }

        /**
         * The kind follows the first basis, as the catalogue's own rules would have it: only volunteers act
         * without a statutory basis, contact persons under Serviceloven, integration mentors under § 23 d.
         */
        String kind() {
            String first = bases.isEmpty() ? "VOLUNTARY" : bases.get(0);
            return switch (first) {
                case "VOLUNTARY" -> "VOLUNTEER";
                case "SEL_99" -> "CONTACT_PERSON_SEL99";
                case "SEL_85", "SEL_85A" -> "SUPPORT_CONTACT_PERSON_SEL85";
                case "INL_23D" -> "INTEGRATION_MENTOR";
                default -> "PAID_SOCIAL_MENTOR";
            };
        }

        MentorProfileChanged event() {
            return new MentorProfileChanged(id, home, version, "Mentor " + id.toString().substring(0, 6), kind(),
                    status, bases, username, null, scope, sharedWith, gender, 1980, languages,
                    List.of("job-search"), targetGroups, tags, windows.stream().map(Catalogue::window).toList(), false,
                    List.of("JOB_CENTRE", "CITIZEN_HOME"), home, "8000", "I like early mornings and long walks", vetted,
                    seats, hours, new BigDecimal("250.00"), true, false, false, Instant.parse("2026-11-23T10:00:00Z"));
        }
    }

    private Catalogue() {
    }

    static MeetingWindow window(String text) {
        String[] parts = text.split("[ -]");
        return new MeetingWindow(DayOfWeek.valueOf(parts[0]), LocalTime.parse(parts[1]), LocalTime.parse(parts[2]));
    }

    /** Publishes the profiles and waits until matching holds each one's version. */
    static void publish(Mentor... mentors) {
        for (Mentor m : mentors) {
            send(m);
        }
        for (Mentor m : mentors) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var response = given().header("Authorization", TestTokens.user("coord").roles("coordinator")
                                .municipalities(m.home()).bearer())
                        .get("/api/v1/mentor-candidates/" + m.id());
                return response.statusCode() == 200 && response.jsonPath().getLong("profileVersion") >= m.version();
            });
        }
    }

    static void send(Mentor m) {
        try {
            String payload = JSON.writeValueAsString(m.event());
            TopicWriter.send(TestInfra.kafka().bootstrapServers(), Topics.CATALOG_MENTOR, m.id().toString(), payload,
                    Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, UUID.randomUUID().toString(),
                            CloudEventHeaders.TYPE, MentorProfileChanged.TYPE.value(), CloudEventHeaders.SOURCE, "/catalog-service",
                            CloudEventHeaders.SUBJECT, m.id().toString(), CloudEventHeaders.MUNICIPALITY, m.home()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
