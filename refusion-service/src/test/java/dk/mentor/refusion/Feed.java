package dk.mentor.refusion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.contracts.events.EventCatalog;
import dk.mentor.contracts.events.EventDefinition;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.contracts.events.followup.MeetingCorrected;
import dk.mentor.contracts.events.followup.MeetingLogged;
import dk.mentor.contracts.events.followup.MinutesUnderBasis;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes the other services' events in their exact contract formats: the payload is the contract
 * record written as JSON, with the CloudEvents headers and key its producer would set.
 */
public final class Feed {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Feed() {
    }

    /** Publishes under a new event id; returns the id. */
    public static String publish(EventPayload payload) {
        String id = UUID.randomUUID().toString();
        publish(id, payload);
        return id;
    }

    /** Publishes under a given event id, e.g. to redeliver. */
    public static void publish(String eventId, EventPayload payload) {
        EventDefinition definition = EventCatalog.of(payload);
        Map<String, String> headers = new HashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.TYPE, definition.type().value());
        headers.put(CloudEventHeaders.SOURCE, "/" + definition.type().service() + "-service");
        headers.put(CloudEventHeaders.SUBJECT, payload.subject());
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.MUNICIPALITY, payload.municipality());
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON);
        try {
            TopicWriter.send(TestInfra.kafka().bootstrapServers(), definition.topic(), payload.subject(),
                    JSON.writeValueAsString(payload), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PlanOpened planOpened(UUID planId, String municipality, List<String> targetGroups, LocalDate on) {
        return new PlanOpened(planId, UUID.randomUUID(), municipality, targetGroups, on, Instant.now(), false);
    }

    /** A paid mentor's profile version, in force from a day (noon Copenhagen time). */
    public static MentorProfileChanged profile(UUID mentorId, String home, long version, String rate,
                                               boolean transportPaid, LocalDate from) {
        return profile(mentorId, home, version, rate, transportPaid, false, from);
    }

    /** As above, saying whether the mentor's own training hours are paid. */
    public static MentorProfileChanged profile(UUID mentorId, String home, long version, String rate,
                                               boolean transportPaid, boolean trainingPaid, LocalDate from) {
        return profile(mentorId, "PAID_SOCIAL_MENTOR", home, version, rate, transportPaid, trainingPaid, from);
    }

    /** A profile version of a mentor of the given kind (a {@code MentorKind} name). */
    public static MentorProfileChanged profile(UUID mentorId, String kind, String home, long version, String rate,
                                               boolean transportPaid, boolean trainingPaid, LocalDate from) {
        return new MentorProfileChanged(mentorId, home, version, "Mentor " + mentorId.toString().substring(0, 4),
                kind, "ACTIVE", List.of("LAB_78", "LAB_31B", "LAB_167", "SEL_85"), null, null,
                "HOME_MUNICIPALITY", List.of(), null, null, List.of("da"), List.of(), List.of(), List.of(), List.of(),
                false, List.of(), home, null, "", true, 3, new BigDecimal("10"), new BigDecimal(rate), transportPaid,
                false, trainingPaid, from.atTime(12, 0).toInstant(java.time.ZoneOffset.ofHours(1)));
    }

    public static MeetingLogged meeting(UUID planId, UUID meetingId, String municipality, UUID mentorId, LocalDate day,
                                        List<MinutesUnderBasis> minutes) {
        return new MeetingLogged(planId, meetingId, 1, municipality, mentorId, null, day, "HELD", "IN_PERSON",
                "CITIZEN_HOME", minutes, 0, null, true, Instant.now(), List.of());
    }

    public static MeetingCorrected correction(UUID planId, UUID meetingId, int version, String municipality,
                                              UUID mentorId, LocalDate day, List<MinutesUnderBasis> minutes) {
        return correction(planId, meetingId, version, municipality, mentorId, day, minutes, List.of());
    }

    /** A correction that carries claim holds (ClaimHold names), or none to clear them. */
    public static MeetingCorrected correction(UUID planId, UUID meetingId, int version, String municipality,
                                              UUID mentorId, LocalDate day, List<MinutesUnderBasis> minutes,
                                              List<String> claimHolds) {
        return new MeetingCorrected(planId, meetingId, version, municipality, mentorId, null, day, "HELD", "IN_PERSON",
                "CITIZEN_HOME", minutes, 0, null, true, Instant.now(), claimHolds);
    }

    /** A first version logged under a mentorship (or null) with claim holds (or none). */
    public static MeetingLogged meeting(UUID planId, UUID meetingId, String municipality, UUID mentorId,
                                        UUID mentorshipId, LocalDate day, List<MinutesUnderBasis> minutes,
                                        List<String> claimHolds) {
        return new MeetingLogged(planId, meetingId, 1, municipality, mentorId, mentorshipId, day, "HELD", "IN_PERSON",
                "CITIZEN_HOME", minutes, 0, null, true, Instant.now(), claimHolds);
    }

    public static dk.mentor.contracts.events.matching.MentorshipStarted mentorship(UUID planId, UUID mentorId,
                                                                                   String kind, String municipality,
                                                                                   List<String> targetGroups, LocalDate on) {
        return new dk.mentor.contracts.events.matching.MentorshipStarted(UUID.randomUUID(), UUID.randomUUID(), planId,
                mentorId, "Mentor", null, kind, municipality, municipality, "LAB_78", "LAB_MENTOR", targetGroups,
                new BigDecimal("3"), new BigDecimal("150"), on, on.plusMonths(6), Instant.now(), null);
    }

    public static dk.mentor.contracts.events.followup.OutcomeRecorded outcome(UUID planId, String municipality,
                                                                              String outcome, LocalDate closedOn) {
        return new dk.mentor.contracts.events.followup.OutcomeRecorded(planId, municipality, outcome, closedOn, null,
                Instant.now());
    }

    public static List<MinutesUnderBasis> minutes(String basis, int minutes) {
        return List.of(new MinutesUnderBasis(basis, minutes));
    }
}
