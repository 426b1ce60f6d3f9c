package dk.mentor.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.Api;
import dk.mentor.demo.Keys;
import dk.mentor.demo.MeetingLog;
import dk.mentor.demo.MentorSpec;
import dk.mentor.demo.PlanSteps;
import dk.mentor.testing.kafka.TopicReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service on the same PostgreSQL, Kafka and Keycloak, as two replicas behind
 * each service name. Meetings are logged on three plans, alternately through either followup
 * instance, and mentors registered alternately through either catalog instance, all with
 * Idempotency-Keys; meanwhile the second instance of each service is killed (SIGKILL), one after the
 * other. Afterwards every event was published (the survivor's outbox relay sent what the dead one
 * left: outbox rows = distinct event ids on the topic), consumed once (the consumer groups rebalanced
 * onto the survivors: inbox rows = events), every meeting was priced once in refusion's ledger, and
 * no request to a live instance failed; those sent to a killed one were retried on the survivor.
 */
class MultiInstanceKillTest extends SuiteTest {

    /**
     * Skanderborg's current month, which no other test claims (the case system's journey claims its
     * previous month; the citizen journey, the fault test and the dashboard claim Aarhus's and
     * København's quarters): this test's lines must not land on another test's claim.
     */
    private static final String HOME = "0746";
    /** The caseworker logs the meetings: the mentors' logins belong to other tests' mentors. */
    private static final String CASEWORKER = "caseworker-skanderborg";
    private static final String PLAN_TOPIC = "followup.plan.v1";
    private static final int ROUNDS = 60;
    /** Every fourth round also registers a mentor in the catalogue. */
    private static final int MENTOR_EVERY = 4;
    /** The round at which each service's second instance dies: one after the other, while the load runs. */
    private static final Map<Integer, String> KILLED_AT = Map.of(12, "catalog-service", 24, "matching-service",
            36, "refusion-service", 48, "followup-service");
    /** A little time between rounds, so that the relays and consumers work while the kills happen. */
    private static final long PACE_MILLIS = 100;
    /**
     * Each plan gets 20 meetings of 20 to 40 minutes in the month so far, under grants of 3 hours a week
     * (the mentor's 10 hours cover the three). Early in a month some weeks go over the order, and those
     * meetings are priced as held lines: this test counts lines, it claims nothing.
     */
    private static final double HOURS_PER_WEEK = 3;
    /** 300 kr an hour is 5 kr a minute; 20 minutes' transport is paid too. */
    private static final BigDecimal PER_MINUTE = new BigDecimal("5");
    private static final BigDecimal TRANSPORT = new BigDecimal("100.00");

    private final Keys keys = Keys.derived("twin-" + UUID.randomUUID());

    @Test
    void shouldPublishConsumeAndPriceEveryEventOnceWhenOneInstanceOfEachServiceDies() {
        Instant began = Instant.now();
        ConsumerGroups groups = new ConsumerGroups(suite);
        Suite.SERVICES.forEach(groups::awaitStable);
        Map<String, Map<String, Integer>> before = groups.members(Suite.SERVICES);
        Map<String, Integer> perInstance = Suite.SERVICES.stream()
                .collect(Collectors.toMap(service -> service, groups::membersPerInstance));
        Map<String, ServiceProcess> seconds = startSecondInstances();
        Map<String, UUID> meetings = new LinkedHashMap<>(); // meeting id -> plan
        Map<String, Integer> minutesByMeeting = new LinkedHashMap<>();
        List<UUID> mentors = new ArrayList<>();
        List<Steps.Matched> plans;
        TwoSides sides = new TwoSides(suite.api(), secondApi(seconds));
        try {
            for (String service : Suite.SERVICES) {
                groups.awaitStableWith(service, 2 * perInstance.get(service), "joined by the new instance");
            }
            LocalDate month = LocalDate.now().withDayOfMonth(1);
            plans = threePlans(seconds, month);
            long span = ChronoUnit.DAYS.between(month, LocalDate.now());
            for (int round = 0; round < ROUNDS; round++) {
                String service = KILLED_AT.get(round);
                if (service != null) {
                    Figures.record("multi-instance: " + service + "-2 killed holding partitions",
                            groups.partitionsHeldBeyond(service, before.get(service).keySet()) + "");
                    sides.killedSecond(service);
                    seconds.get(service).kill();
                }
                Steps.Matched plan = plans.get(round % plans.size());
                int minutes = 20 + (round % 5) * 5;
                MeetingLog meeting = MeetingLog.held(plan.participantId(), month.plusDays(span * round / ROUNDS), minutes, "LAB_167");
                String label = "meeting-" + round;
                UUID id = sides.call("followup-service", round,
                        api -> new PlanSteps(api, keys).logMeeting(CASEWORKER, plan.planId(), meeting, label));
                meetings.put(id.toString(), plan.planId());
                minutesByMeeting.put(id.toString(), minutes);
                if (round % MENTOR_EVERY == 0) {
                    String key = keys.of("mentor-" + round);
                    mentors.add(sides.call("catalog-service", round / MENTOR_EVERY, api -> registerMentor(api, key)));
                }
                pause();
            }
        } finally {
            seconds.values().forEach(instance -> BackingServers.quietly(instance::terminate)); // any a failure left alive
        }
        Figures.record("multi-instance: requests", sides.counts() + "; 0 failed on a live instance");

        int priced = assertEveryMeetingPricedOnce(plans, meetings, minutesByMeeting);
        assertPublishedAndConsumedOnce("followup", PLAN_TOPIC, plans.stream().map(p -> p.planId().toString()).toList(),
                List.of("refusion", "matching"));
        assertPublishedAndConsumedOnce("catalog", CatalogTopic.TOPIC, mentors.stream().map(UUID::toString).toList(),
                List.of("matching", "refusion"));
        for (UUID mentor : mentors) {
            assertThat("mentor " + mentor + " applied once in matching",
                    api.awaitCandidate("coordinator-skanderborg", mentor).getInt("eventsApplied"), equalTo(1));
        }
        for (String service : Suite.SERVICES) {
            groups.awaitStableWith(service, perInstance.get(service), "rebalanced without the killed instance's members");
        }
        Figures.record("multi-instance: meetings logged / priced (2 ledger lines each) / mentors registered",
                "%d / %d / %d".formatted(meetings.size(), priced, mentors.size()));
        Figures.record("multi-instance test, second instances' start included", Duration.between(began, Instant.now()).toMillis() + " ms");
    }

    /**
     * One after the other, as the suite starts the first ones: on a 2-core machine four JVMs starting
     * side by side each took longer than the readiness timeout (measured).
     */
    private static Map<String, ServiceProcess> startSecondInstances() {
        Instant launched = Instant.now();
        Map<String, ServiceProcess> seconds = new LinkedHashMap<>();
        for (String service : Suite.SERVICES) {
            ServiceProcess instance = suite.newInstance(service, service + "-2");
            seconds.put(service, instance);
            instance.start();
        }
        Figures.record("multi-instance: second instance of all four services (to ready)",
                Duration.between(launched, Instant.now()).toMillis() + " ms");
        return seconds;
    }

    private static Api secondApi(Map<String, ServiceProcess> seconds) {
        return suite.api(seconds.get("catalog-service"), seconds.get("matching-service"), seconds.get("followup-service"),
                seconds.get("refusion-service"));
    }

    /** One mentor on three citizens' plans, made through the first instances, the second ones, then the first again. */
    private static List<Steps.Matched> threePlans(Map<String, ServiceProcess> seconds, LocalDate month) {
        List<String> groups = List.of("LONG_TERM_UNEMPLOYED");
        Steps first = new Steps(suite);
        first.economy.trialRefundRule("admin-skanderborg", HOME, "400000");
        Steps.Matched one = first.mentorOnNewPlan(HOME, MentorSpec.of("Twin Mentor", "PAID_SOCIAL_MENTOR", HOME,
                List.of("LAB_167")).paid("300"), month, groups, HOURS_PER_WEEK);
        Steps.Matched two = new Steps(secondApi(seconds)).onNewPlan(HOME, one.mentorId(), "Twin Mentor", month, groups,
                HOURS_PER_WEEK);
        Steps.Matched three = first.onNewPlan(HOME, one.mentorId(), "Twin Mentor", month, groups, HOURS_PER_WEEK);
        return List.of(one, two, three);
    }

    private static UUID registerMentor(Api api, String idempotencyKey) {
        Map<String, Object> body = Map.of("displayName", "Twin Volunteer " + idempotencyKey.substring(idempotencyKey.length() - 6),
                "kind", "VOLUNTEER", "homeMunicipality", HOME, "legalBases", List.of("LAB_167"),
                "capacityCitizens", 2, "capacityHoursPerWeek", 4);
        return api.create(api.endpoints().catalog(), "/api/v1/mentors", "coordinator-skanderborg", body, idempotencyKey).id();
    }

    /** Each meeting has its meeting line and its transport line, at the price its minutes give, and nothing reversed. */
    private static int assertEveryMeetingPricedOnce(List<Steps.Matched> plans, Map<String, UUID> meetings,
                                                    Map<String, Integer> minutesByMeeting) {
        Steps steps = new Steps(suite);
        Instant settling = Instant.now();
        List<JsonNode> lines = new ArrayList<>();
        for (Steps.Matched plan : plans) {
            long expected = meetings.values().stream().filter(plan.planId()::equals).count();
            lines.addAll(steps.economy.awaitLines("finance-skanderborg", HOME, plan.planId(), expected + " meetings priced",
                    all -> all.stream().map(l -> l.path("meetingId").asText()).distinct().count() == expected));
        }
        Figures.record("multi-instance: all meetings in the ledger after the load", Duration.between(settling, Instant.now()).toMillis() + " ms");
        assertThat("nothing reversed: no meeting was priced twice", lines.stream()
                .filter(l -> l.path("reversed").asBoolean() || !l.path("reverses").isMissingNode() && !l.path("reverses").isNull())
                .toList(), empty());
        Map<String, List<JsonNode>> byMeeting = lines.stream().collect(Collectors.groupingBy(l -> l.path("meetingId").asText()));
        assertThat(byMeeting.keySet(), equalTo(meetings.keySet()));
        for (Map.Entry<String, Integer> meeting : minutesByMeeting.entrySet()) {
            List<JsonNode> own = byMeeting.get(meeting.getKey());
            assertThat("meeting " + meeting.getKey() + ": one meeting line and one transport line", own, hasSize(2));
            BigDecimal price = PER_MINUTE.multiply(BigDecimal.valueOf(meeting.getValue())).add(TRANSPORT);
            assertThat(own.stream().map(l -> l.path("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add),
                    closeTo(price, BigDecimal.ZERO));
        }
        return byMeeting.size();
    }

    /**
     * The outbox rows of these keys all reached the topic (copies of one event id are resends of a
     * relay that died between the send and marking the row), and each consuming schema's inbox holds
     * every one of them exactly once, with no dead letter.
     */
    private static void assertPublishedAndConsumedOnce(String producer, String topic, List<String> keys, List<String> consumers) {
        KitTables tables = new KitTables(suite);
        List<String> outbox = tables.outboxEventIds(producer, topic, keys);
        List<String> onTopic = eventIdsOnTopic(topic, Set.copyOf(keys));
        assertThat(producer + ": every outbox row published", Set.copyOf(onTopic), equalTo(Set.copyOf(outbox)));
        Figures.record("multi-instance: " + producer + " events sent (outbox rows) / on " + topic + " (distinct)",
                "%d / %d (%d distinct)".formatted(outbox.size(), onTopic.size(), new HashSet<>(onTopic).size()));
        for (String consumer : consumers) {
            // a consumer whose other instance was killed catches up after its group's rebalance
            await(consumer + " has every " + producer + " event").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> Set.copyOf(tables.inboxEventIds(consumer, outbox)).containsAll(outbox));
            assertThat(consumer + " applied each " + producer + " event once", tables.inboxEventIds(consumer, outbox),
                    containsInAnyOrder(outbox.toArray()));
            assertThat(consumer + " parked none of them", tables.deadLetterEventIds(consumer, outbox), empty());
            Figures.record("multi-instance: " + producer + " events received by " + consumer + " (inbox rows)",
                    tables.inboxEventIds(consumer, outbox).size() + "");
        }
    }

    private static List<String> eventIdsOnTopic(String topic, Set<String> keys) {
        return TopicReader.readAll(suite.kafka().bootstrapServers(), topic).stream()
                .filter(r -> keys.contains(r.key()))
                .map((ConsumerRecord<String, String> r) -> TopicReader.header(r, "ce_id"))
                .toList();
    }

    private static void pause() {
        try {
            Thread.sleep(PACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
