package dk.mentor.refusion.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.refusion.domain.CeilingKind;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.RefundRounding;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleStatus;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeded rules read against the law: each corrected row, judged as an expense of that date and
 * target group would be, gives the rate, frame, account code and status the sources support.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class RuleReviewTest {

    private static final String NON_REFUNDABLE_2014 = "5.68.98.019";
    private static final String INSURED_FROM_2016 = "5.68.90.018";

    @Inject
    RuleSetRepository rules;

    private RuleSet judge(String basis, String date, String... groups) {
        LocalDate day = LocalDate.parse(date);
        return RuleBook.judge(rules.candidates(basis, ExpenseType.WAGE, day), basis, ExpenseType.WAGE, List.of(groups),
                "0751", day).orElseThrow(() -> new AssertionError("no rule for " + basis + " on " + date));
    }

    private static void assertRule(RuleSet rule, String regime, String rate, CeilingKind kind, String account,
                                   RuleStatus status) {
        assertEquals(regime, rule.regime(), "regime");
        assertEquals(0, new BigDecimal(rate).compareTo(rule.refundRate()), "rate of " + rule.describe());
        assertEquals(kind, rule.ceilingKind(), "ceiling kind");
        assertEquals(account, rule.accountCode(), "account code");
        assertEquals(status, rule.status(), "status");
    }

    @Test
    @TestTransaction
    void shouldRefundNeitherJobReadyNorEmployedFrom2014ButEducationReadyWithinTheCeiling() {
        assertRule(judge("LAB_31B", "2014-06-01", "JOB_READY"), "LAB_2014", "0", CeilingKind.NONE, NON_REFUNDABLE_2014, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2015-06-01", "EMPLOYED"), "LAB_2014", "0", CeilingKind.NONE, NON_REFUNDABLE_2014, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2014-06-01", "INSURED_UNEMPLOYED"), "LAB_2014", "0", CeilingKind.NONE, NON_REFUNDABLE_2014, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2014-06-01", "EDUCATION_READY"), "LAB_2014", "0.5", CeilingKind.REFUSION_CEILING, null, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2015-06-01", "SELF_SUPPORTING"), "LAB_2014", "0.5", CeilingKind.REFUSION_CEILING, null, RuleStatus.PLACEHOLDER);
    }

    @Test
    @TestTransaction
    void shouldJudgeTheOldMergedCodeAsAnOpenQuestionThatClaimsNothing() {
        assertRule(judge("LAB_31B", "2015-06-01", "JOB_OR_EDUCATION_READY"), "LAB_2014", "0", CeilingKind.NONE, null, RuleStatus.PLACEHOLDER);
        assertRule(judge("LAB_31B", "2017-06-01", "JOB_OR_EDUCATION_READY"), "LAB_2016", "0", CeilingKind.NONE, null, RuleStatus.PLACEHOLDER);
    }

    @Test
    @TestTransaction
    void shouldRefund2016To2018WithinASharedFrameAndKeepTheNonRefundableGroupsOut() {
        RuleSet general = judge("LAB_31B", "2017-06-01");
        assertRule(general, "LAB_2016", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.IN_FORCE);
        assertTrue(general.sharedFrame(), "L 66 2015-16 merged the mentor frame with other active measures");
        assertRule(judge("LAB_31B", "2017-06-01", "INSURED_UNEMPLOYED"), "LAB_2016", "0", CeilingKind.NONE, INSURED_FROM_2016, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2017-06-01", "JOB_READY"), "LAB_2016", "0", CeilingKind.NONE, null, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2018-06-01", "EMPLOYED"), "LAB_2016", "0", CeilingKind.NONE, null, RuleStatus.IN_FORCE);
        RuleSet educationReady = judge("LAB_31B", "2017-06-01", "EDUCATION_READY");
        assertRule(educationReady, "LAB_2016", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.PLACEHOLDER);
        assertTrue(educationReady.sharedFrame());
        assertRule(judge("LAB_31B", "2016-06-01", "SELF_SUPPORTING"), "LAB_2016", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.PLACEHOLDER);
    }

    @Test
    @TestTransaction
    void shouldCutOverDagpengeAndSygedagpengeOnTheFirstOfJuly2019() {
        assertRule(judge("LAB_31B", "2019-06-30", "SICKNESS_BENEFIT"), "LAB_2016", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.PLACEHOLDER);
        assertRule(judge("LAB_31B", "2019-07-01", "SICKNESS_BENEFIT"), "LAB_2019", "0", CeilingKind.NONE, null, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2019-06-30", "INSURED_UNEMPLOYED"), "LAB_2016", "0", CeilingKind.NONE, INSURED_FROM_2016, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2019-03-01", "JOB_READY"), "LAB_2019", "0", CeilingKind.NONE, null, RuleStatus.IN_FORCE);
        assertRule(judge("LAB_31B", "2019-03-01", "ACTIVITY_READY"), "LAB_2019", "0", CeilingKind.NONE, null, RuleStatus.IN_FORCE);
    }

    @Test
    @TestTransaction
    void shouldKeepTheResidualRefundForTheInsuredUnemployedAfter2019AsAPlaceholder() {
        RuleSet residual2019 = judge("LAB_31B", "2019-07-01", "INSURED_UNEMPLOYED");
        assertRule(residual2019, "LAB_2019", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.PLACEHOLDER);
        assertTrue(residual2019.sharedFrame());
        assertTrue(residual2019.sourceNote().contains("L 76"), residual2019.sourceNote());
        assertRule(judge("LAB_167", "2022-03-01", "INSURED_UNEMPLOYED"), "LAB_2019", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.PLACEHOLDER);
        assertRule(judge("LAB_167", "2022-03-01", "ACTIVITY_READY"), "LAB_2019", "0", CeilingKind.NONE, null, RuleStatus.IN_FORCE);
    }

    @Test
    @TestTransaction
    void shouldRefundTheIntegrationActInTheIntroductionPeriodAfter2019WithNoEndDate() {
        assertRule(judge("INL_23D", "2018-06-01"), "INL_2009", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.IN_FORCE);
        RuleSet after = judge("INL_23D", "2024-06-01");
        assertRule(after, "INL_2019", "0.5", CeilingKind.RAADIGHEDSBELOEB, null, RuleStatus.PLACEHOLDER);
        assertNull(after.validTo());
        assertTrue(after.sourceNote().contains("introduction period"), after.sourceNote());
    }

    @Test
    @TestTransaction
    void shouldMarkThe2026CapAsProposedAndShared() {
        RuleSet cap = judge("LAB_167", "2026-02-01");
        assertRule(cap, "LAB_2026", "0", CeilingKind.SPENDING_CAP_PER_FULL_TIME_PERSON, null, RuleStatus.PROPOSED);
        assertTrue(cap.sharedFrame());
        assertTrue(cap.sourceNote().contains("bill"), cap.sourceNote());
    }

    @Test
    @TestTransaction
    void shouldNoteServicelovensCentralRefusionAndThe2009ExceptionAsOpenQuestions() {
        for (String basis : List.of("SEL_85", "SEL_85A", "SEL_99")) {
            RuleSet sel = judge(basis, "2024-01-01");
            assertEquals(RuleStatus.PLACEHOLDER, sel.status(), basis);
            assertTrue(sel.sourceNote().contains("§ 176"), sel.sourceNote());
        }
        assertRule(judge("LAB_78", "2010-05-01", "VULNERABLE_YOUNG_UNEMPLOYED"), "LAB_2009", "0", CeilingKind.NONE, null, RuleStatus.PLACEHOLDER);
        assertRule(judge("LAB_78", "2010-05-01"), "LAB_2009", "0.5", CeilingKind.NONE, null, RuleStatus.IN_FORCE);
    }

    @Test
    @TestTransaction
    void shouldRoundEverySeededRefundOncePerClaimAndRate() {
        for (String basis : List.of("LAB_78", "LAB_31B", "LAB_167", "INL_23D", "SEL_99")) {
            for (RuleSet rule : rules.sameKey(basis, ExpenseType.WAGE)) {
                if ("migration".equals(rule.createdBy())) {
                    assertEquals(RefundRounding.PER_CLAIM_HALF_UP, rule.refundRounding(), rule.regime());
                    assertTrue(rule.sourceNote().contains("rounded once per rate"), rule.sourceNote());
                }
            }
        }
    }
}
