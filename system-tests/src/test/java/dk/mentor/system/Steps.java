package dk.mentor.system;

import dk.mentor.demo.Api;
import dk.mentor.demo.CatalogSteps;
import dk.mentor.demo.EconomySteps;
import dk.mentor.demo.Keys;
import dk.mentor.demo.MatchingSteps;
import dk.mentor.demo.MentorSpec;
import dk.mentor.demo.PlanSteps;
import dk.mentor.demo.Referral;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

    /** A mentor on a citizen's plan: the ids each later step needs. */
    record Matched(UUID mentorId, UUID citizenId, UUID planId, UUID referralId, UUID mentorshipId, UUID participantId) {
    }

    /**
     * A coordinator of the mentor's home registers and activates the mentor; a caseworker of the acting
     * municipality registers a citizen, opens the plan on the day given and refers; the ranking proposes
     * the mentor, both say yes at the three-party meeting, and followup puts the mentor on the plan.
     */
    Matched mentorOnNewPlan(String acting, MentorSpec mentor, LocalDate openedOn, List<String> targetGroups) {
        return onNewPlan(acting, catalog.activeMentor("coordinator-" + town(mentor.home()), mentor), openedOn, targetGroups);
    }

    /** The same for a mentor already active in the catalogue, e.g. on a further citizen's plan. */
    Matched onNewPlan(String acting, UUID mentorId, LocalDate openedOn, List<String> targetGroups) {
        String caseworker = "caseworker-" + town(acting);
        matching.awaitCandidate(caseworker, mentorId);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID citizen = plans.citizen(caseworker, acting, randomCpr(), tag);
        UUID plan = plans.openPlan(caseworker, citizen, openedOn, "A job within the year", targetGroups, tag);
        UUID referral = matching.refer(caseworker, Referral.lab(plan, acting, "Structure and a first job", targetGroups), tag);
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
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(15000));
        return String.format("%02d%02d%02d%04d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100,
                r.nextInt(10000));
    }

    /** The first day of the quarter the day lies in: claims are per quarter. */
    static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
    }
}
