package dk.mentor.refusion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A claim's refund is the rate times the claim's refundable expense, rounded once per rate (rule
 * review E17), not the sum of rounded lines; and the rule rows pick the cautious row on a tie.
 */
class RefundRoundingTest {

    private static final RuleSet LAB_2009 = Rules.lab2009();
    private static final RuleSet HALF_RATE_2009 = Rules.row("LAB_2009", "LAB_78", "LONG_TERM_UNEMPLOYED",
            ExpenseType.WAGE, "0.25", CeilingKind.NONE, null, "2009-07-06", "2013-12-31");

    @Test
    void shouldRoundTheRefundOncePerClaimNotOncePerOddOereLine() {
        List<ExpenseLine> lines = List.of(line("100.01", LAB_2009), line("100.01", LAB_2009), line("100.01", LAB_2009));
        Map<UUID, BigDecimal> refundable = RefundAllocation.refundable(lines, frame -> Optional.empty());

        List<RateGroup> perClaim = RateGroup.of(lines, refundable, RefundRounding.PER_CLAIM_HALF_UP);
        assertEquals(1, perClaim.size());
        assertEquals(new BigDecimal("300.03"), perClaim.get(0).amount());
        assertEquals(new BigDecimal("150.02"), perClaim.get(0).refund()); // round(150.015)
        assertEquals(new BigDecimal("150.03"),                              // 3 x round(50.005)
                RateGroup.total(RateGroup.of(lines, refundable, RefundRounding.PER_LINE_HALF_UP)));
    }

    @Test
    void shouldRoundEachRateOnItsOwnHighestRateFirst() {
        List<ExpenseLine> lines = List.of(line("0.03", HALF_RATE_2009), line("100.01", LAB_2009), line("0.03", HALF_RATE_2009),
                line("100.00", LAB_2009));
        Map<UUID, BigDecimal> refundable = RefundAllocation.refundable(lines, frame -> Optional.empty());
        List<RateGroup> groups = RateGroup.of(lines, refundable, RefundRounding.PER_CLAIM_HALF_UP);

        assertEquals(List.of(new BigDecimal("0.5"), new BigDecimal("0.25")), groups.stream().map(RateGroup::rate).toList());
        assertEquals(new BigDecimal("100.01"), groups.get(0).refund()); // round(200.01 x 0.5 = 100.005)
        assertEquals(new BigDecimal("0.02"), groups.get(1).refund());   // round(0.06 x 0.25 = 0.015); per line 0.01 + 0.01
        assertEquals(2, groups.get(1).lines());
        assertEquals(new BigDecimal("100.03"), RateGroup.total(groups));
    }

    @Test
    void shouldRoundOnlyThePartUnderTheCeiling() {
        RuleSet lab2014 = Rules.lab2014();
        List<ExpenseLine> lines = List.of(line("600.01", lab2014), line("600.01", lab2014));
        Map<UUID, BigDecimal> refundable = RefundAllocation.refundable(lines, frame -> Optional.of(new BigDecimal("1000.01")));
        RateGroup group = RateGroup.of(lines, refundable, RefundRounding.PER_CLAIM_HALF_UP).get(0);

        assertEquals(new BigDecimal("1200.02"), group.amount());
        assertEquals(0, new BigDecimal("1000.01").compareTo(group.refundable()));
        assertEquals(new BigDecimal("500.01"), group.refund()); // round(500.005)
    }

    @Test
    void shouldJudgeACitizenInTwoGroupsWithRowsOfTheirOwnByTheLowerRate() {
        RuleSet insured = Rules.row("LAB_2016", "LAB_31B", "INSURED_UNEMPLOYED", ExpenseType.WAGE, "0.0", CeilingKind.NONE,
                null, "2016-01-01", "2018-12-31");
        RuleSet educationReady = Rules.row("LAB_2016", "LAB_31B", "EDUCATION_READY", ExpenseType.WAGE, "0.5",
                CeilingKind.RAADIGHEDSBELOEB, null, "2016-01-01", "2018-12-31");
        for (List<RuleSet> order : List.of(List.of(insured, educationReady), List.of(educationReady, insured))) {
            RuleSet judged = RuleBook.judge(order, "LAB_31B", ExpenseType.WAGE, List.of("EDUCATION_READY", "INSURED_UNEMPLOYED"),
                    "0751", LocalDate.of(2017, 3, 1)).orElseThrow();
            assertEquals("INSURED_UNEMPLOYED", judged.targetGroup());
        }
    }

    @Test
    void shouldTakeACeilingAmountFromTheMunicipalitysOrTheGeneralRowNeverFromATargetGroupsRow() {
        RuleSet general = Rules.row("LAB_2016", "LAB_31B", null, ExpenseType.WAGE, "0.5", CeilingKind.RAADIGHEDSBELOEB,
                "50000.00", "2016-01-01", "2018-12-31");
        RuleSet educationReady = Rules.row("LAB_2016", "LAB_31B", "EDUCATION_READY", ExpenseType.WAGE, "0.5",
                CeilingKind.RAADIGHEDSBELOEB, null, "2016-01-01", "2018-12-31");
        CeilingFrame frame = new CeilingFrame("LAB_2016", CeilingKind.RAADIGHEDSBELOEB);
        assertEquals(Optional.of(new BigDecimal("50000.00")),
                RuleBook.ceilingAmount(List.of(general, educationReady), frame, "0751", 2017));
    }

    @Test
    void shouldReportAFrameAsLeastSettledAndSharedWhenOneOfItsRowsIs() {
        RuleSet inForce = Rules.row("LAB_2026", "LAB_167", null, ExpenseType.WAGE, "0.0",
                CeilingKind.SPENDING_CAP_PER_FULL_TIME_PERSON, null, "2026-01-01", null);
        RuleSet proposed = RuleSet.create(new RuleSet.Terms("LAB_2026", "LAB_167", null, ExpenseType.TRAINING, null,
                BigDecimal.ZERO, CeilingKind.SPENDING_CAP_PER_FULL_TIME_PERSON, null, null, ClaimPeriod.QUARTER,
                LocalDate.of(2026, 1, 1), null, RuleStatus.PROPOSED, true, RefundRounding.PER_CLAIM_HALF_UP, "bill"),
                "test", OffsetDateTime.now());
        CeilingFrame frame = new CeilingFrame("LAB_2026", CeilingKind.SPENDING_CAP_PER_FULL_TIME_PERSON);
        assertEquals(RuleStatus.IN_FORCE, RuleBook.frameStatus(List.of(inForce), frame, "0751", 2026));
        assertEquals(RuleStatus.PROPOSED, RuleBook.frameStatus(List.of(inForce, proposed), frame, "0751", 2026));
        assertEquals(false, RuleBook.sharedFrame(List.of(inForce), frame, "0751", 2026));
        assertEquals(true, RuleBook.sharedFrame(List.of(inForce, proposed), frame, "0751", 2026));
        assertEquals(RuleStatus.IN_FORCE, RuleBook.frameStatus(List.of(inForce, proposed), frame, "0751", 2025));
    }

    private static ExpenseLine line(String amount, RuleSet rule) {
        LineSource source = new LineSource("0751", "0751", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "PAID_SOCIAL_MENTOR", UUID.randomUUID(), 1, null, new ArrayList<>(), UUID.randomUUID().toString(),
                "dk.mentor.followup.MeetingLogged.v1");
        LocalDate day = rule.validFrom().plusMonths(1);
        return ExpenseLine.post(source, LineKind.MEETING, rule.legalBasis(), day, 60, new BigDecimal(amount),
                new BigDecimal(amount), rule, OffsetDateTime.now());
    }
}
