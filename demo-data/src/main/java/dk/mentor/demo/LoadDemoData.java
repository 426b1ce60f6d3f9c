package dk.mentor.demo;

import static dk.mentor.demo.DemoMentors.AARHUS;
import static dk.mentor.demo.DemoMentors.KOBENHAVN;
import static dk.mentor.demo.DemoMentors.SKANDERBORG;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the demo data into a running suite through the public APIs only, as the municipalities'
 * staff and integrations would: the catalogue, citizens with plans, referrals matched at three-party
 * meetings, months of meetings and ratings, closures, and Aarhus's refusion claims. Every creating
 * call carries a key derived from the step, so running it again after a failure replays instead of
 * duplicating. Usage: {@code java -cp demo-data.jar:lib/* dk.mentor.demo.LoadDemoData}.
 */
public final class LoadDemoData {

    private static final String PASSWORD = "demo";

    private final Api api;
    private final CatalogSteps catalog;
    private final MatchingSteps matching;
    private final PlanSteps plans;
    private final EconomySteps economy;
    private final PlacementDemo placements;
    private final Keys keys;
    private final LocalDate today = LocalDate.now();
    private final Map<String, UUID> mentors = new LinkedHashMap<>();
    private final Map<String, Set<UUID>> heldMeetings = new LinkedHashMap<>();
    private UUID showcasePlan;
    private UUID corps;
    private UUID programme;
    private String programmeQuarter;
    private int meetingCount;
    private int ratingCount;

    public LoadDemoData(Api api, Keys keys) {
        this.api = api;
        this.keys = keys;
        this.catalog = new CatalogSteps(api, keys);
        this.matching = new MatchingSteps(api, keys);
        this.plans = new PlanSteps(api, keys);
        this.economy = new EconomySteps(api, keys);
        this.placements = new PlacementDemo(api, keys);
    }

    public static void main(String[] args) {
        Endpoints endpoints = Endpoints.fromEnvironment(System.getenv());
        Instant begin = Instant.now();
        LoadDemoData loader = new LoadDemoData(new Api(endpoints, new CachedTokens(new PasswordGrant(endpoints.tokenUrl(), PASSWORD))),
                Keys.derived("demo-v1"));
        if (loader.loaded()) {
            System.out.println("Demo data already there (Aarhus has refusion claims); nothing loaded.");
            System.out.println("Aarhus's plans as caseworker-aarhus: " + endpoints.followup() + "/api/v1/plans");
            return;
        }
        UUID showcase = loader.load();
        System.out.printf("Demo data loaded in %d s: %d mentors, %d citizens with plans, %d meetings, %d ratings.%n",
                Duration.between(begin, Instant.now()).toSeconds(), loader.mentors.size(), DemoCases.all().size(),
                loader.meetingCount, loader.ratingCount);
        System.out.println("A plan to look at as caseworker-aarhus: " + endpoints.followup() + "/api/v1/plans/" + showcase);
        System.out.println("A programme's status report as caseworker-kobenhavn: " + endpoints.followup() + "/api/v1/programmes/"
                + loader.programme + "/reports/" + loader.programmeQuarter);
    }

    /**
     * Whether an earlier run got to the end: Aarhus's claims are the last step. A run cut short
     * before is simply run again; its keys replay what it had created.
     */
    boolean loaded() {
        return api.get(api.endpoints().refusion(), "/api/v1/refusion-claims?municipality=" + AARHUS + "&size=1",
                "finance-aarhus").body().path("totalItems").asInt() > 0;
    }

    /** Loads everything and returns the plan the README shows. */
    public UUID load() {
        catalogue();
        for (DemoCase c : DemoCases.all()) {
            follow(c);
        }
        new VolunteerProgrammeDemo(api, keys, catalog).load(corps);
        ProgrammeDemo programmes = new ProgrammeDemo(api, keys, today);
        programme = programmes.load();
        programmeQuarter = programmes.quarter();
        claims();
        return showcasePlan;
    }

    private void catalogue() {
        corps = catalog.organisation("coordinator-skanderborg", DemoMentors.CORPS, "MENTOR_CORPS", SKANDERBORG,
                List.of(SKANDERBORG, AARHUS));
        UUID company = catalog.organisation("coordinator-aarhus", "Lager & Logistik A/S", "COMPANY", AARHUS, List.of(AARHUS));
        for (MentorSpec spec : DemoMentors.all()) {
            MentorSpec withOrganisation = DemoMentors.inCorps(spec) ? spec.organisation(corps.toString())
                    : spec.kind().equals("COMPANY_MENTOR") ? spec.organisation(company.toString()) : spec;
            mentors.put(spec.displayName(), catalog.activeMentor(coordinator(spec.home()), withOrganisation));
        }
        // an applicant still in vetting, so the catalogue shows the lifecycle too
        api.create(api.endpoints().catalog(), "/api/v1/mentors", "coordinator-kobenhavn",
                MentorSpec.of("Nikolaj Friis", "VOLUNTEER", KOBENHAVN, List.of("LAB_167")).body(), keys.of("mentor:Nikolaj Friis"));
        catalog.training("coordinator-skanderborg", SKANDERBORG, "Start course for new volunteer mentors",
                today.minusDays(60), "1200", List.of(mentors.get("Birgit Sørensen"), mentors.get("Henrik Lund")));
        economy.trialRefundRule("admin-aarhus", AARHUS, "400000");
    }

    private void follow(DemoCase c) {
        MentorSpec spec = DemoMentors.all().stream().filter(m -> m.displayName().equals(c.mentor())).findFirst().orElseThrow();
        UUID mentorId = mentors.get(c.mentor());
        matching.awaitCandidate(c.caseworker(), mentorId);
        String caseworker = c.caseworker();
        UUID citizen = c.cpr() == null ? plans.anonymousCitizen(caseworker, c.municipality(), "Kasper (anonymous)")
                : plans.citizen(caseworker, c.municipality(), c.cpr(), c.label());
        LocalDate opened = today.minusDays(c.startedDaysAgo() + 7L);
        UUID plan = plans.openPlan(caseworker, citizen, opened, c.goal(), c.targetGroups(), c.label());
        if (c.label().equals(DemoCases.SHOWCASE)) {
            showcasePlan = plan;
        }
        // the grant began on the first meeting's day, before it was entered here, so the mentorship starts then;
        // the citizen's binding wish for a mentor's gender keeps the wanted mentor within the shortlist's five
        Referral order = Referral.lab(plan, c.municipality(), c.goal(), c.targetGroups()).under(c.basis())
                .grantedFrom(today.minusDays(c.startedDaysAgo())).mentorGender(spec.gender());
        matching.match(caseworker, matching.refer(caseworker, order, c.label()), mentorId);
        UUID participant = plans.awaitMentor(caseworker, plan, mentorId);
        if (order.legalBasis().startsWith("LAB_")) {
            // hours under the employment act are claimed only with a written agreement covering their day
            plans.mentorAgreement(caseworker, plan, participant, c.mentor(), c.goal(), order.from(), order.to(),
                    order.hoursPerWeek(), c.label());
        }
        if (c.doubleRole()) {
            plans.consentAcrossLines(caseworker, plan, c.label());
            plans.addParticipant(caseworker, plan, spec.accountUsername(), spec.displayName(), "SUPPORT_CONTACT_PERSON_SEL85",
                    "SEL_85", opened, c.label() + ":sel85");
        }
        UUID placement = PlacementDemo.placed(c) ? placements.start(c, plan, participant, order.from(), order.to()) : null;
        LocalDate last = meetings(c, spec, plan, participant);
        if (placement != null && c.outcome() != null) {
            placements.endInJob(c, plan, placement, order.from(), last);
        }
        if (c.outcome() != null) {
            plans.close(caseworker, plan, c.outcome(), last.plusDays(1).isAfter(today) ? today : last.plusDays(1),
                    c.meetings() + " meetings with " + c.mentor());
        }
    }

    /** Logs the case's meetings and a rating every fourth; returns the last meeting's day. */
    private LocalDate meetings(DemoCase c, MentorSpec spec, UUID plan, UUID participant) {
        String logger = DemoMentors.loggedBy(spec, c);
        LocalDate day = today.minusDays(c.startedDaysAgo());
        LocalDate last = day;
        for (int i = 0; i < c.meetings() && !day.isAfter(today); i++, day = day.plusDays(c.everyDays())) {
            MeetingLog meeting = c.doubleRole()
                    ? MeetingLog.split(participant, day, "LAB_167", c.minutes() - 30, "SEL_85", 30)
                    : MeetingLog.held(participant, day, c.minutes(), c.basis());
            if (i % 6 == 4) {
                meeting = meeting.attendance(i % 12 == 4 ? "NO_SHOW" : "CITIZEN_CANCELLED_VALID_REASON");
            } else if (i == 0) {
                meeting = meeting.note("First meeting: agreed on weekly meetings and the goals of the plan.");
            }
            UUID meetingId = plans.logMeeting(logger, plan, meeting, c.label() + ":" + i);
            meetingCount++;
            if (meeting.attendance().equals("HELD")) {
                heldMeetings.computeIfAbsent(c.municipality(), m -> new HashSet<>()).add(meetingId);
            }
            if (i % 4 == 3) {
                int score = Math.min(10, 3 + i / 3);
                plans.rate(logger, plan, day, score, Map.of("MOTIVATION", Math.min(10, 4 + i / 3), "HEALTH", 5,
                        "NETWORK", Math.min(10, 3 + i / 4)), "Keep going with the plan's next goal", c.label() + ":" + i);
                ratingCount++;
            }
            last = day;
        }
        return last;
    }

    /** Aarhus claims each quarter of the trial regime: past quarters submitted and approved, the current one a draft. */
    private void claims() {
        Set<UUID> expected = heldMeetings.get(AARHUS);
        economy.awaitLines("finance-aarhus", AARHUS, null, "every held Aarhus meeting in refusion-service's ledger",
                lines -> lines.stream().map(l -> l.path("meetingId").asText()).collect(java.util.stream.Collectors.toSet())
                        .containsAll(expected.stream().map(UUID::toString).toList()));
        LocalDate quarter = today.minusDays(130).withDayOfMonth(1);
        quarter = quarter.withMonth((quarter.getMonthValue() - 1) / 3 * 3 + 1);
        for (; !quarter.isAfter(today); quarter = quarter.plusMonths(3)) {
            LocalDate end = quarter.plusMonths(3).minusDays(1);
            String label = AARHUS + ":" + quarter;
            JsonNode claim;
            try {
                claim = economy.draftClaim("finance-aarhus", AARHUS, EconomySteps.TRIAL_REGIME, quarter, end, label);
            } catch (ApiException e) {
                if (e.status() == 422 || e.status() == 409) {
                    continue; // nothing refundable in the quarter, or a draft from an earlier run
                }
                throw e;
            }
            if (end.isBefore(today) && claim.path("status").asText().equals("DRAFT")) {
                UUID id = UUID.fromString(claim.path("id").asText());
                economy.moveClaim("finance-aarhus", id, "SUBMITTED", "Sent to the state");
                economy.moveClaim("finance-aarhus", id, "APPROVED", "Approved by the state");
            }
        }
    }

    private static String coordinator(String municipality) {
        return "coordinator-" + DemoMentors.town(municipality);
    }
}
