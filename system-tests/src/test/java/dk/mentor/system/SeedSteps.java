package dk.mentor.system;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.demo.Api;
import dk.mentor.demo.Keys;
import dk.mentor.demo.MentorSpec;
import dk.mentor.demo.MeetingLog;
import dk.mentor.demo.Referral;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The steps the sources' worked examples need beyond the journey's: rule rows an admin adds, a mentor
 * matched for an agreed number of months, meetings without transport, fees and the economy reports.
 * Everything goes through the public APIs with the acting user's Keycloak token.
 */
final class SeedSteps {

    static final String KOBENHAVN = "0101";
    static final String CASEWORKER = "caseworker-kobenhavn";
    static final String COORDINATOR = "coordinator-kobenhavn";
    static final String FINANCE = "finance-kobenhavn";
    static final String ADMIN = "admin-kobenhavn";
    static final String LAB = "LAB_167";

    final Steps steps;
    private final Api api;
    private final Keys keys = Keys.fresh();
    private final String refusion;

    SeedSteps(Suite suite) {
        this.steps = new Steps(suite);
        this.api = suite.api();
        this.refusion = api.endpoints().refusion();
    }

    /** One row of a rule regime, limited to København (and to a target group when one is named). */
    record Rule(String regime, String expenseType, String targetGroup, String refundRate, String ceilingKind,
                String ceilingAmount, LocalDate from, LocalDate to, String source) {
    }

    void addRule(Rule r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("regime", r.regime());
        row.put("legalBasis", LAB);
        row.put("targetGroup", r.targetGroup());
        row.put("expenseType", r.expenseType());
        row.put("municipality", KOBENHAVN);
        row.put("refundRate", new BigDecimal(r.refundRate()));
        row.put("ceilingKind", r.ceilingKind());
        row.put("ceilingAmount", r.ceilingAmount() == null ? null : new BigDecimal(r.ceilingAmount()));
        row.put("claimPeriod", "QUARTER");
        row.put("validFrom", r.from().toString());
        row.put("validTo", r.to().toString());
        row.put("placeholder", false);
        row.put("sourceNote", r.source());
        api.create(refusion, "/api/v1/rule-sets", ADMIN, row, keys.of("rule:" + r.regime() + ":" + r.expenseType()));
    }

    /** A paid København mentor at an hourly rate, active in the catalogue and known to matching. */
    UUID paidMentor(String name, String rate) {
        UUID mentor = steps.catalog.activeMentor(COORDINATOR, MentorSpec.of(name, "PAID_SOCIAL_MENTOR", KOBENHAVN, List.of(LAB))
                .paid(rate));
        steps.matching.awaitCandidate(CASEWORKER, mentor);
        return mentor;
    }

    /**
     * A new citizen's plan, opened on a day, with the mentor granted 2 hours a week for the agreed months from
     * that day and the mentor agreement written for them; ids of each step.
     */
    Steps.Matched onPlan(UUID mentor, LocalDate openedOn, int months, List<String> targetGroups) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID citizen = steps.plans.citizen(CASEWORKER, KOBENHAVN, Steps.randomCpr(), tag);
        UUID plan = steps.plans.openPlan(CASEWORKER, citizen, openedOn, "Et ordinært job", targetGroups, tag);
        LocalDate lastDay = grantEnd(openedOn, months);
        Referral order = new Referral(plan, KOBENHAVN, LAB, "Struktur og et første job", 2, "WEEKLY", openedOn,
                lastDay, targetGroups, List.of("da"), Map.of());
        UUID referral = steps.matching.refer(CASEWORKER, order, tag);
        UUID mentorship = steps.matching.match(CASEWORKER, referral, mentor);
        UUID participant = steps.plans.awaitMentor(CASEWORKER, plan, mentor);
        steps.plans.mentorAgreement(CASEWORKER, plan, participant, "Mentor " + tag, "Et ordinært job", openedOn, lastDay,
                order.hoursPerWeek(), tag);
        return new Steps.Matched(mentor, citizen, plan, referral, mentorship, participant);
    }

    /** The last day of a grant of some months from its first day. */
    static LocalDate grantEnd(LocalDate first, int months) {
        return first.plusMonths(months).minusDays(1);
    }

    /** Meetings of equal length spread evenly over a span of days, no transport; the caseworker logs them. */
    void meetings(Steps.Matched m, LocalDate first, LocalDate last, int count, int minutes) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(span * i / Math.max(1, count - 1));
            steps.plans.logMeeting(CASEWORKER, m.planId(),
                    new MeetingLog(m.participantId(), day, minutes, "HELD", 0, Map.of(LAB, minutes), null), "seed-" + m.planId() + "-" + i);
        }
    }

    /** The plan's ledger lines once there are as many as expected. */
    List<JsonNode> lines(UUID plan, int count) {
        return steps.economy.awaitLines(FINANCE, KOBENHAVN, plan, count + " lines of plan " + plan, lines -> lines.size() == count);
    }

    /** A fee for a mentorship; refusion answers 404 until the mentorship's event has reached it, so it is retried. */
    void fee(UUID mentorship, LocalDate day, String amount) {
        Map<String, Object> body = Map.of("municipality", KOBENHAVN, "mentorshipId", mentorship.toString(),
                "expenseDate", day.toString(), "amount", new BigDecimal(amount));
        String key = keys.of("fee:" + mentorship);
        dk.mentor.demo.Poll.until("fee for mentorship " + mentorship, () -> {
            try {
                return api.create(refusion, "/api/v1/fees", FINANCE, body, key).status();
            } catch (dk.mentor.demo.ApiException e) {
                if (e.status() != 404) {
                    throw e;
                }
                return e.status();
            }
        }, status -> status != 404);
    }

    /** The report's row of one target group and mentor kind, once it satisfies a condition. */
    JsonNode costRow(LocalDate from, LocalDate to, String targetGroup, java.util.function.Predicate<JsonNode> done) {
        return dk.mentor.demo.Poll.until("cost and effect of " + targetGroup, () -> {
            for (JsonNode row : steps.economy.costAndEffect(FINANCE, KOBENHAVN, from, to).path("groups")) {
                if (targetGroup.equals(row.path("targetGroup").asText()) && "PAID_SOCIAL_MENTOR".equals(row.path("mentorKind").asText())) {
                    return row;
                }
            }
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }, row -> !row.isMissingNode() && done.test(row));
    }

    JsonNode ceiling(String regime, int year) {
        for (JsonNode row : api.get(refusion, "/api/v1/ceilings?municipality=" + KOBENHAVN + "&year=" + year, FINANCE).body()) {
            if (regime.equals(row.path("regime").asText())) {
                return row;
            }
        }
        throw new AssertionError("no ceiling of regime " + regime + " for København in " + year);
    }

    static BigDecimal sum(List<JsonNode> lines, String type, boolean refund) {
        return lines.stream().filter(l -> type == null || type.equals(l.path("expenseType").asText()))
                .map(l -> refund ? l.path("amount").decimalValue().multiply(l.path("refundRate").decimalValue())
                        : l.path("amount").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
