package dk.mentor.refusion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The guide's measure: net cost after refund per citizen per month of mentorship, a mentor's training shared out. */
class CostAndEffectTest {

    private static final CostAndEffect.PlanProfile PAID = new CostAndEffect.PlanProfile(List.of("ACTIVITY_READY"), "PAID_SOCIAL_MENTOR");
    private static final YearMonth MARCH = YearMonth.of(2010, 3);
    private static final LocalDate START = LocalDate.of(2010, 3, 1);

    private final UUID mentor = UUID.randomUUID();

    @Test
    void shouldReckonTheGuidesExampleAt788KronerPerCitizenPerMonth() {
        // 000 p.6: 60 h at 150 kr over 4 months for 2 citizens, half of wage and training refunded; the
        // transcript lost the course and other costs, only T + 2D = 3,608 is fixed: here T = 2,000, D = 804
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<CostAndEffect.Cost> costs = List.of(
                cost(a, "4500.00", "2250.00"), cost(b, "4500.00", "2250.00"),
                new CostAndEffect.Cost(null, null, mentor, MARCH, new BigDecimal("1000.00")), // 2,000 course, half refunded
                cost(a, "402.00", "0.00"), cost(b, "402.00", "0.00"));
        CostAndEffect.Report report = CostAndEffect.of(costs, List.of(stint(a, 4), stint(b, 4)), Map.of(), p -> PAID);

        assertEquals(2, report.total().citizens());
        assertEquals(8, report.total().citizenMonths());
        assertEquals(new BigDecimal("6304.00"), report.total().netCost());
        assertEquals(new BigDecimal("788.00"), report.total().netCostPerCitizenMonth());
        assertEquals(new BigDecimal("788.00"), report.groups().get(0).netCostPerCitizenMonth());
        assertEquals(new BigDecimal("0.00"), report.unassignedNetCost());
    }

    @Test
    void shouldShareAMentorsTrainingOverTheMentorsPlansToTheOere() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        List<CostAndEffect.Cost> shares = CostAndEffect.attributed(
                List.of(new CostAndEffect.Cost(null, null, mentor, MARCH, new BigDecimal("1000.01"))),
                List.of(stint(a, 1), stint(b, 1), stint(c, 1)));

        assertEquals(List.of(a, b, c), shares.stream().map(CostAndEffect.Cost::planId).toList());
        assertEquals(List.of(new BigDecimal("333.33"), new BigDecimal("333.33"), new BigDecimal("333.35")),
                shares.stream().map(CostAndEffect.Cost::net).toList());
    }

    @Test
    void shouldLeaveTheTrainingOfAMentorWithNoCitizenOutOfEveryRow() {
        UUID idle = UUID.randomUUID();
        CostAndEffect.Report report = CostAndEffect.of(
                List.of(new CostAndEffect.Cost(null, null, idle, MARCH, new BigDecimal("750.00"))), List.of(), Map.of(), p -> PAID);

        assertEquals(new BigDecimal("750.00"), report.unassignedNetCost());
        assertEquals(new BigDecimal("0.00"), report.total().netCost());
        assertEquals(0, report.total().citizens());
        assertNull(report.total().netCostPerCitizenMonth());
    }

    @Test
    void shouldCountOverlappingMentorshipsOnceAndFallBackToMonthsWithCost() {
        UUID renewed = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID citizen = citizenOf(renewed);
        UUID stranger = UUID.randomUUID();
        // a renewal from the day after the first period, and a second mentor in May: March to August once
        List<CostAndEffect.Stint> stints = List.of(
                new CostAndEffect.Stint(renewed, citizen, mentor, START, LocalDate.of(2010, 6, 30)),
                new CostAndEffect.Stint(renewed, citizen, mentor, LocalDate.of(2010, 7, 1), LocalDate.of(2010, 8, 31)),
                new CostAndEffect.Stint(renewed, citizen, UUID.randomUUID(), LocalDate.of(2010, 5, 1), LocalDate.of(2010, 5, 31)));
        List<CostAndEffect.Cost> costs = List.of(cost(renewed, "600.00", "300.00"),
                // no mentorship known: March had cost, April's lines were reversed
                new CostAndEffect.Cost(unknown, stranger, null, MARCH, new BigDecimal("100.00")),
                new CostAndEffect.Cost(unknown, stranger, null, MARCH.plusMonths(1), new BigDecimal("0.00")));
        CostAndEffect.Report report = CostAndEffect.of(costs, stints, Map.of(), p -> PAID);

        assertEquals(6 + 1, report.total().citizenMonths());
        assertEquals(2, report.total().citizens());
        assertEquals(new BigDecimal("400.00"), report.total().netCost());
    }

    @Test
    void shouldCountAStartedMonthAsOne() {
        assertEquals(4, CostAndEffect.months(LocalDate.of(2026, 12, 4), LocalDate.of(2027, 4, 3)));
        assertEquals(5, CostAndEffect.months(LocalDate.of(2026, 12, 4), LocalDate.of(2027, 4, 4)));
        assertEquals(1, CostAndEffect.months(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4)));
    }

    private CostAndEffect.Cost cost(UUID plan, String amount, String refund) {
        return new CostAndEffect.Cost(plan, citizenOf(plan), mentor, MARCH, new BigDecimal(amount).subtract(new BigDecimal(refund)));
    }

    private CostAndEffect.Stint stint(UUID plan, int months) {
        return new CostAndEffect.Stint(plan, citizenOf(plan), mentor, START, START.plusMonths(months).minusDays(1));
    }

    /** One citizen per plan, derived so the cost and the stint of a plan agree. */
    private static UUID citizenOf(UUID plan) {
        return new UUID(plan.getLeastSignificantBits(), plan.getMostSignificantBits());
    }
}
