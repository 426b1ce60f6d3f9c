package dk.mentor.system;

import dk.mentor.demo.Api;
import dk.mentor.demo.CatalogSteps;
import dk.mentor.demo.EconomySteps;
import dk.mentor.demo.Keys;
import dk.mentor.demo.MatchingSteps;
import dk.mentor.demo.MentorSpec;
import dk.mentor.demo.PlanSteps;
import dk.mentor.demo.Referral;
import dk.mentor.testing.cpr.RandomCpr;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The demo's steps on the running suite, with fresh idempotency keys, and the start every journey shares. */
final class Steps {

    final CatalogSteps catalog;
    final MatchingSteps matching;
    final PlanSteps plans;
    final EconomySteps economy;

    Steps(Suite suite) {
        this(suite.api());
    }

    /** The same steps against the given addresses, e.g. the second instance of each service. */
    Steps(Api api) {
        Keys keys = Keys.fresh();
        this.catalog = new CatalogSteps(api, keys);
        this.matching = new MatchingSteps(api, keys);
        this.plans = new PlanSteps(api, keys);
        this.economy = new EconomySteps(api, keys);
    }

    private static final String GOAL = "A job within the year";

    /** A mentor on a citizen's plan: the ids each later step needs. */
    record Matched(UUID mentorId, UUID citizenId, UUID planId, UUID referralId, UUID mentorshipId, UUID participantId) {
    }

    /**
     * A coordinator of the mentor's home registers and activates the mentor; a caseworker of the acting
     * municipality registers a citizen, opens the plan on the day given and refers, with the grant running from
     * that day (3 hours a week); the ranking proposes the mentor, both say yes at the three-party meeting,
     * followup puts the mentor on the plan, and the caseworker writes the mentor agreement for the grant, so
     * meetings logged since the plan opened are claimable.
     */
    Matched mentorOnNewPlan(String acting, MentorSpec mentor, LocalDate openedOn, List<String> targetGroups) {
        return mentorOnNewPlan(acting, mentor, openedOn, targetGroups, 3);
    }

    /** As above, with the mentor hours a week the grant orders. */
    Matched mentorOnNewPlan(String acting, MentorSpec mentor, LocalDate openedOn, List<String> targetGroups,
                            double hoursPerWeek) {
        return withAgreement(withoutAgreement(acting, mentor, openedOn, targetGroups, hoursPerWeek), acting,
                mentor.displayName(), openedOn, hoursPerWeek);
    }

    /** The mentor on a new plan as above, but no mentor agreement written: LAB hours logged now are held. */
    Matched withoutAgreement(String acting, MentorSpec mentor, LocalDate openedOn, List<String> targetGroups,
                             double hoursPerWeek) {
        UUID mentorId = catalog.activeMentor("coordinator-" + town(mentor.home()), mentor);
        return onNewPlanWithoutAgreement(acting, mentorId, openedOn, targetGroups, hoursPerWeek);
    }

    /** The same for a mentor already active in the catalogue, e.g. on a further citizen's plan. */
    Matched onNewPlan(String acting, UUID mentorId, String mentorName, LocalDate openedOn, List<String> targetGroups,
                      double hoursPerWeek) {
        return withAgreement(onNewPlanWithoutAgreement(acting, mentorId, openedOn, targetGroups, hoursPerWeek), acting,
                mentorName, openedOn, hoursPerWeek);
    }

    private Matched withAgreement(Matched m, String acting, String mentorName, LocalDate openedOn, double hoursPerWeek) {
        plans.mentorAgreement("caseworker-" + town(acting), m.planId(), m.participantId(), mentorName,
                GOAL, openedOn, openedOn.plusMonths(6).minusDays(1), hoursPerWeek, m.planId().toString());
        return m;
    }

    private Matched onNewPlanWithoutAgreement(String acting, UUID mentorId, LocalDate openedOn, List<String> targetGroups,
                                              double hoursPerWeek) {
        String caseworker = "caseworker-" + town(acting);
        matching.awaitCandidate(caseworker, mentorId);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID citizen = plans.citizen(caseworker, acting, randomCpr(), tag);
        UUID plan = plans.openPlan(caseworker, citizen, openedOn, GOAL, targetGroups, tag);
        Referral order = Referral.lab(plan, acting, "Structure and a first job", targetGroups).grantedFrom(openedOn)
                .hours(hoursPerWeek);
        UUID referral = matching.refer(caseworker, order, tag);
        UUID mentorship = matching.match(caseworker, referral, mentorId);
        return new Matched(mentorId, citizen, plan, referral, mentorship, plans.awaitMentor(caseworker, plan, mentorId));
    }

    static String town(String municipality) {
        return switch (municipality) {
            case "0751" -> "aarhus";
            case "0746" -> "skanderborg";
            case "0101" -> "kobenhavn";
            default -> throw new IllegalArgumentException("no demo users for " + municipality);
        };
    }

    /** A CPR number with a real birth date and a random serial; never logged, only sent in bodies. */
    static String randomCpr() {
        return RandomCpr.next();
    }

    /**
     * The quarter a journey logs its meetings in and claims: this one once enough weeks of it have passed for
     * the meetings to stay within the hours a week the grant orders, else the one before (whole and past).
     */
    static LocalDate claimQuarter(LocalDate today, int weeksNeeded) {
        LocalDate current = quarterStart(today);
        return java.time.temporal.ChronoUnit.DAYS.between(current, today) >= 7L * weeksNeeded ? current : current.minusMonths(3);
    }

    /** The last day of the quarter's meetings: today, or the quarter's last day when it is over. */
    static LocalDate lastMeetingDay(LocalDate quarter, LocalDate today) {
        LocalDate end = quarter.plusMonths(3).minusDays(1);
        return end.isBefore(today) ? end : today;
    }

    /** The first day of the quarter the day lies in: claims are per quarter. */
    static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
    }
}
