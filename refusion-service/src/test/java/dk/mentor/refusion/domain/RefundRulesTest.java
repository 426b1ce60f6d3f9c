package dk.mentor.refusion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sources' numbers (000 p.5-6, 001 p.14) reproduced by the pricing, the rules and the refund allocation. */
class RefundRulesTest {

    private static final MentorTermsOnDate AT_150 = new MentorTermsOnDate(new BigDecimal("150"), false, false, "0751",
            "PAID_SOCIAL_MENTOR");
    private static final List<RuleSet> RULES = List.of(Rules.lab2009(), Rules.lab2009YoungException(), Rules.lab2014(),
            Rules.inl2009InFrame(), Rules.lab2016(), Rules.sel85());

    @Test
    void shouldGive4500WagePerCitizenAnd2250RefundFor60HoursAt150Over4MonthsFor2CitizensUnder2009Regime() {
        // 000 p.6: 60 mentor hours at 150 kr over 4 months for 2 citizens: 30 hours each, 7.5 hours a month,
        // held as five 90-minute meetings a month per citizen
        List<ExpenseLine> citizenA = new ArrayList<>();
        List<ExpenseLine> citizenB = new ArrayList<>();
        for (int month = 2; month <= 5; month++) {
            for (int meeting = 1; meeting <= 5; meeting++) {
                LocalDate day = LocalDate.of(2010, month, meeting * 5);
                citizenA.addAll(meetingLines(day, List.of(new MinutesUnderBasis("LAB_78", 90)), AT_150, List.of()));
                citizenB.addAll(meetingLines(day, List.of(new MinutesUnderBasis("LAB_78", 90)), AT_150, List.of()));
            }
        }
        assertEquals(60 * 60, minutes(citizenA) + minutes(citizenB));
        assertEquals(new BigDecimal("4500.00"), sum(citizenA));
        assertEquals(new BigDecimal("4500.00"), sum(citizenB));

        Map<UUID, BigDecimal> refunds = RefundAllocation.allocate(concat(citizenA, citizenB), frame -> Optional.empty());
        assertEquals(new BigDecimal("2250.00"), refundOf(citizenA, refunds));
        assertEquals(new BigDecimal("2250.00"), refundOf(citizenB, refunds));
        assertTrue(citizenA.stream().allMatch(l -> l.regime().equals("LAB_2009")));
    }

    @Test
    void shouldRecordSpendingPastThe2014CeilingInFullWhileRefundStopsAtIt() {
        // 001 p.14: "you may spend beyond it, but refusion stops at it"; a ceiling of 10,000 kr for the year
        MentorTermsOnDate at400 = new MentorTermsOnDate(new BigDecimal("400"), false, false, "0751", "PAID_SOCIAL_MENTOR");
        List<ExpenseLine> lines = new ArrayList<>();
        lines.addAll(meetingLines(LocalDate.of(2014, 3, 10), List.of(new MinutesUnderBasis("LAB_31B", 900)), at400, List.of()));
        lines.addAll(meetingLines(LocalDate.of(2014, 6, 10), List.of(new MinutesUnderBasis("LAB_31B", 900)), at400, List.of()));
        lines.addAll(meetingLines(LocalDate.of(2014, 9, 10), List.of(new MinutesUnderBasis("LAB_31B", 300)), at400, List.of()));

        assertEquals(new BigDecimal("14000.00"), sum(lines)); // 6,000 + 6,000 + 2,000 recorded in full
        Map<UUID, BigDecimal> refunds = RefundAllocation.allocate(lines,
                frame -> Optional.of(new BigDecimal("10000.00")));
        assertEquals(new BigDecimal("3000.00"), refunds.get(lines.get(0).id()));
        assertEquals(new BigDecimal("2000.00"), refunds.get(lines.get(1).id())); // only 4,000 of the ceiling left
        assertEquals(new BigDecimal("0.00"), refunds.get(lines.get(2).id()));    // past the ceiling
        assertEquals(new BigDecimal("5000.00"), refundOf(lines, refunds));       // 50 % of the ceiling, no more
    }

    @Test
    void shouldApplyTheCeilingInDateOrderWhateverTheOrderOfPosting() {
        MentorTermsOnDate at400 = new MentorTermsOnDate(new BigDecimal("400"), false, false, "0751", "PAID_SOCIAL_MENTOR");
        List<ExpenseLine> late = meetingLines(LocalDate.of(2014, 9, 1), List.of(new MinutesUnderBasis("LAB_31B", 1200)), at400, List.of());
        List<ExpenseLine> early = meetingLines(LocalDate.of(2014, 2, 1), List.of(new MinutesUnderBasis("LAB_31B", 1200)), at400, List.of());
        Map<UUID, BigDecimal> refunds = RefundAllocation.allocate(concat(late, early),
                frame -> Optional.of(new BigDecimal("10000.00")));
        assertEquals(new BigDecimal("4000.00"), refunds.get(early.get(0).id()));
        assertEquals(new BigDecimal("1000.00"), refunds.get(late.get(0).id()));
    }

    @Test
    void shouldKeepEachRegimesCeilingItsOwnPotWhenTwoRegimesShareAKind() {
        // Rule review E1: in 2016-2018 the integration act's and LAB's rådighedsbeløb are both of kind
        // RAADIGHEDSBELOEB; spending under one must not use up the other's refund.
        MentorTermsOnDate at400 = new MentorTermsOnDate(new BigDecimal("400"), false, false, "0751", "PAID_SOCIAL_MENTOR");
        List<ExpenseLine> integration = meetingLines(LocalDate.of(2016, 2, 1), List.of(new MinutesUnderBasis("INL_23D", 1500)),
                at400, List.of());
        List<ExpenseLine> lab = meetingLines(LocalDate.of(2016, 3, 1), List.of(new MinutesUnderBasis("LAB_31B", 1500)), at400,
                List.of());
        assertEquals("INL_2009", integration.get(0).regime());
        assertEquals("LAB_2016", lab.get(0).regime());
        Map<CeilingFrame, BigDecimal> amounts = Map.of(
                new CeilingFrame("INL_2009", CeilingKind.RAADIGHEDSBELOEB), new BigDecimal("10000.00"),
                new CeilingFrame("LAB_2016", CeilingKind.RAADIGHEDSBELOEB), new BigDecimal("10000.00"));

        Map<UUID, BigDecimal> refunds = RefundAllocation.allocate(concat(integration, lab),
                frame -> Optional.ofNullable(amounts.get(frame)));

        assertEquals(new BigDecimal("5000.00"), refundOf(integration, refunds));
        assertEquals(new BigDecimal("5000.00"), refundOf(lab, refunds), "LAB's pot is untouched by the integration act's spending");
    }

    @Test
    void shouldRefuseToAllocateUnderACeilingWhoseAmountIsNotSet() {
        List<ExpenseLine> lines = meetingLines(LocalDate.of(2014, 3, 10), List.of(new MinutesUnderBasis("LAB_31B", 60)), AT_150, List.of());
        assertThrows(RuleViolation.class, () -> RefundAllocation.allocate(lines, frame -> Optional.empty()));
    }

    @Test
    void shouldKeepSection85MinutesOfADoubleRoleMentorOutOfTheLabClaim() {
        List<ExpenseLine> lines = meetingLines(LocalDate.of(2010, 4, 7),
                List.of(new MinutesUnderBasis("LAB_78", 60), new MinutesUnderBasis("SEL_85", 30)), AT_150, List.of());

        ExpenseLine lab = lines.stream().filter(l -> l.legalBasis().equals("LAB_78")).findFirst().orElseThrow();
        ExpenseLine sel = lines.stream().filter(l -> l.legalBasis().equals("SEL_85")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("150.00"), lab.amount());
        assertEquals(new BigDecimal("75.00"), sel.amount()); // the § 85 cost is recorded and seen
        assertEquals("SEL", sel.regime());
        assertTrue(lab.claimableUnder("LAB_2009"));
        assertFalse(sel.claimableUnder("LAB_2009"));
        assertFalse(sel.claimableUnder("SEL")); // no state refusion under Serviceloven either
    }

    @Test
    void shouldGiveNoRefundForVulnerableYoungUnemployedUnder2009Regime() {
        List<ExpenseLine> lines = meetingLines(LocalDate.of(2010, 4, 7), List.of(new MinutesUnderBasis("LAB_78", 60)), AT_150,
                List.of("VULNERABLE_YOUNG_UNEMPLOYED"));
        assertEquals(new BigDecimal("150.00"), lines.get(0).amount());
        assertEquals(0, lines.get(0).refundRate().signum());
        assertFalse(lines.get(0).claimableUnder("LAB_2009"));
    }

    @Test
    void shouldPriceTransportAndCancellationsOnlyWhenTheMentorsTermsPayThem() {
        MentorTermsOnDate paysBoth = new MentorTermsOnDate(new BigDecimal("150"), true, true, "0751", "PAID_SOCIAL_MENTOR");
        var held = MeetingPricing.price(Attendance.HELD, List.of(new MinutesUnderBasis("LAB_78", 60)), 30, AT_150);
        assertEquals(1, held.size());
        var heldWithTransport = MeetingPricing.price(Attendance.HELD, List.of(new MinutesUnderBasis("LAB_78", 60)), 30, paysBoth);
        assertEquals(LineKind.TRANSPORT, heldWithTransport.get(1).kind());
        assertEquals(new BigDecimal("75.00"), heldWithTransport.get(1).amount());
        assertTrue(MeetingPricing.price(Attendance.NO_SHOW, List.of(new MinutesUnderBasis("LAB_78", 60)), 0, AT_150).isEmpty());
        var cancelled = MeetingPricing.price(Attendance.CITIZEN_CANCELLED_VALID_REASON,
                List.of(new MinutesUnderBasis("LAB_78", 60)), 0, paysBoth);
        assertEquals(LineKind.CANCELLATION, cancelled.get(0).kind());
        assertTrue(MeetingPricing.price(Attendance.MENTOR_CANCELLED, List.of(new MinutesUnderBasis("LAB_78", 60)), 30, paysBoth).isEmpty());
    }

    @Test
    void shouldShareTransportOverTheBasesInProportionToTheirMinutes() {
        int[] shares = MeetingPricing.shareOut(25, List.of(new MinutesUnderBasis("LAB_78", 60), new MinutesUnderBasis("SEL_85", 30)));
        assertEquals(17, shares[0]);
        assertEquals(8, shares[1]);
    }

    @Test
    void shouldReverseALineToItsNegative() {
        ExpenseLine line = meetingLines(LocalDate.of(2010, 4, 7), List.of(new MinutesUnderBasis("LAB_78", 60)), AT_150, List.of()).get(0);
        ExpenseLine reversal = line.reverse("evt-2", "dk.mentor.followup.MeetingCorrected.v1", OffsetDateTime.now());
        assertEquals(new BigDecimal("-150.00"), reversal.amount());
        assertEquals(line.id(), reversal.reverses());
        assertTrue(line.reversed());
        assertThrows(IllegalStateException.class, () -> line.reverse("evt-3", "x", OffsetDateTime.now()));
    }

    private static List<ExpenseLine> meetingLines(LocalDate day, List<MinutesUnderBasis> minutes, MentorTermsOnDate terms,
                                                  List<String> targetGroups) {
        LineSource source = new LineSource("0751", "0751", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "PAID_SOCIAL_MENTOR", UUID.randomUUID(), 1, null, targetGroups, UUID.randomUUID().toString(),
                "dk.mentor.followup.MeetingLogged.v1");
        List<ExpenseLine> lines = new ArrayList<>();
        for (PricedMinutes p : MeetingPricing.price(Attendance.HELD, minutes, 0, terms)) {
            RuleSet rule = RuleBook.judge(RULES, p.legalBasis(), ExpenseType.WAGE, targetGroups, "0751", day).orElse(null);
            lines.add(ExpenseLine.post(source, p.kind(), p.legalBasis(), day, p.minutes(), p.hourlyRate(), p.amount(),
                    rule, OffsetDateTime.now()));
        }
        return lines;
    }

    private static int minutes(List<ExpenseLine> lines) {
        return lines.stream().mapToInt(ExpenseLine::minutes).sum();
    }

    private static BigDecimal sum(List<ExpenseLine> lines) {
        return lines.stream().map(ExpenseLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static BigDecimal refundOf(List<ExpenseLine> lines, Map<UUID, BigDecimal> refunds) {
        return lines.stream().map(l -> refunds.get(l.id())).reduce(Money.ZERO, BigDecimal::add);
    }

    private static List<ExpenseLine> concat(List<ExpenseLine> a, List<ExpenseLine> b) {
        List<ExpenseLine> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
