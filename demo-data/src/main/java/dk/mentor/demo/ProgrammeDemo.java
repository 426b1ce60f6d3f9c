package dk.mentor.demo;

import static dk.mentor.demo.DemoMentors.AARHUS;
import static dk.mentor.demo.DemoMentors.KOBENHAVN;
import static dk.mentor.demo.DemoMentors.SKANDERBORG;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * A programme of virksomhedscentre that Aarhus, København and Skanderborg run together (seed 003 p.1:
 * up to eight municipalities) with the last full quarter of registrations (seed 003 p.4): Aarhus 7
 * courses of which 2 closed, København 5 and Skanderborg 3, so the status report shows small counts
 * suppressed. Its citizens are new ones, in the company centres rather than with the demo's mentors.
 */
public final class ProgrammeDemo {

    static final String NAME = "Virksomhedscentre Østjylland og København";
    private static final Map<String, Integer> COURSES = Map.of(AARHUS, 7, KOBENHAVN, 5, SKANDERBORG, 3);

    private final Api api;
    private final Keys keys;
    private final PlanSteps plans;
    private final String base;
    private final LocalDate quarterStart;
    private final BiFunction<String, Integer, String> cprs;

    /** The demo's programme, its citizens with made-up CPR numbers: 1 to 7 March of a year per municipality. */
    public ProgrammeDemo(Api api, Keys keys, LocalDate today) {
        this(api, keys, today, (municipality, i) ->
                String.format("%02d03%02d%04d", i + 1, 80 + Integer.parseInt(municipality) % 17, 7100 + i));
    }

    /** The same programme with the citizens' CPR numbers from {@code cprs} (municipality, course number). */
    public ProgrammeDemo(Api api, Keys keys, LocalDate today, BiFunction<String, Integer, String> cprs) {
        this.api = api;
        this.cprs = cprs;
        this.keys = keys;
        this.plans = new PlanSteps(api, keys);
        this.base = api.endpoints().followup();
        LocalDate current = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        this.quarterStart = current.minusMonths(3);
    }

    /** The quarter the registrations are in, e.g. 2026-Q3. */
    public String quarter() {
        return quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
    }

    /** Creates the programme, its citizens' plans, enrols them and registers the quarter; returns the programme. */
    public UUID load() {
        List<Map<String, String>> members = List.of(AARHUS, KOBENHAVN, SKANDERBORG).stream()
                .map(m -> Map.of("municipality", m, "joinedOn", quarterStart.minusMonths(3).toString())).toList();
        UUID programme = api.create(base, "/api/v1/programmes", "admin-aarhus",
                Map.of("name", NAME, "kind", "COMPANY_CENTRES", "members", members), keys.of("programme")).id();
        for (Map.Entry<String, Integer> entry : COURSES.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                course(programme, entry.getKey(), i, entry.getKey().equals(AARHUS) && i < 2);
            }
        }
        return programme;
    }

    private void course(UUID programme, String municipality, int i, boolean closes) {
        String caseworker = "caseworker-" + DemoMentors.town(municipality);
        String label = "programme:" + municipality + ":" + i;
        UUID citizen = plans.citizen(caseworker, municipality, cprs.apply(municipality, i), label);
        UUID plan = plans.openPlan(caseworker, citizen, quarterStart.minusDays(20), "Fast job via a company centre",
                List.of("LONG_TERM_UNEMPLOYED"), label);
        api.create(base, "/api/v1/programmes/" + programme + "/enrolments", caseworker,
                Map.of("planId", plan.toString(), "enrolledOn", quarterStart.minusDays(10).toString()), keys.of(label + ":enrol"));
        register(caseworker, plan, "START", quarterStart.plusDays(3 + 2L * i), start(i), label);
        register(caseworker, plan, "QUARTERLY", quarterStart.plusDays(50 + i), quarterly(i), label);
        if (closes) {
            register(caseworker, plan, "CLOSURE", quarterStart.plusDays(75 + i), Map.of("closureStatus", i == 0 ? "JOB" : "FLEX_JOB",
                    "praktikCount", 1 + i, "hadParallelEfforts", i == 1, "hadMentorSupport", true,
                    "hadMunicipalFollowUp", true, "plannedEfforts", List.of(i == 0 ? "NONE" : "CONTINUED_MENTOR")), label);
        }
    }

    private void register(String caseworker, UUID plan, String kind, LocalDate on, Map<String, Object> answers, String label) {
        api.create(base, "/api/v1/plans/" + plan + "/registrations", caseworker,
                Map.of("kind", kind, "registeredOn", on.toString(), "answers", answers), keys.of(label + ":" + kind));
    }

    private static Map<String, Object> start(int i) {
        Map<String, Object> a = new HashMap<>(Map.of("ageBand", List.of("UNDER_25", "AGE_30_39", "AGE_40_49").get(i % 3),
                "gender", i % 2 == 0 ? "FEMALE" : "MALE", "matchGroup", i % 3 == 0 ? "TEMPORARILY_PASSIVE" : "EFFORT_READY",
                "educationLevel", i % 2 == 0 ? "PRIMARY_OR_NONE" : "VOCATIONAL", "jobExperience", "UNDER_1_YEAR",
                "benefitType", i % 4 == 0 ? "SICKNESS_BENEFIT" : "CASH_BENEFIT", "benefitDuration", "THREE_TO_5_YEARS",
                "origin", i % 3 == 1 ? "IMMIGRANT_NON_WESTERN" : "DANISH", "goalKind", "JOB", "gradualTransition", true));
        a.putAll(Map.of("companyType", i % 2 == 0 ? "PRIVATE" : "PUBLIC", "praktikTasks", "Lager, pakning og varemodtagelse",
                "companyMentorUsed", true, "companyMentorHoursPerWeek", 2, "companyMentorMonthlyCost", 1200 + 100 * i,
                "praktikHoursPerWeek", 10 + i, "parallelOffers", i % 2 == 0 ? List.of("SOCIAL_MENTOR") : List.of()));
        return a;
    }

    private static Map<String, Object> quarterly(int i) {
        return Map.of("praktikHoursPerWeek", 15 + i, "hoursIncreased", true, "newTasks", i % 2 == 0,
                "praktikCompleted", false, "supportCompanyMentor", true, "supportOtherPerson", i % 3 == 0,
                "supportJobcentreFollowUp", true, "newParallelEfforts", false);
    }
}
