package dk.mentor.refusion.application;

import dk.mentor.contracts.ids.NewIds;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.LineKind;
import dk.mentor.refusion.domain.LineSource;
import dk.mentor.refusion.domain.MentorshipFact;
import dk.mentor.refusion.domain.PlanFact;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Posts a fee (a supplier's fee for a mentorship, a miscellaneous cost) as a FEE line of the paying
 * municipality, judged by the rule in force on its date. A fee for a mentorship takes the plan,
 * citizen, mentor and legal basis from it, so it counts in cost per citizen.
 */
@ApplicationScoped
public class PostFee {

    /** What the finance officer posts. */
    public record Command(String municipality, UUID mentorshipId, String legalBasis, LocalDate expenseDate,
                          BigDecimal amount) {
    }

    static final String EVENT_TYPE = "FeePosted";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    @Inject
    CodeLists codeLists;

    @Inject
    LedgerRepository ledger;

    @Inject
    RuleSetRepository rules;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    PlanRepository plans;

    @Inject
    WatchCeilings ceilings;

    @Inject
    MunicipalityEconomy economy;

    @Inject
    Clock clock;

    @Transactional
    public ExpenseLine post(Command c) {
        if (c.amount() == null || c.amount().signum() <= 0 || c.amount().scale() > 2 || c.amount().compareTo(MAX_AMOUNT) > 0) {
            throw ProblemException.invalidField("amount", "a positive amount in kroner with at most two decimals is required");
        }
        if (c.expenseDate() == null) {
            throw ProblemException.invalidField("expenseDate", "the day of the expense is required");
        }
        if (c.legalBasis() != null) {
            requireKnownBasis(c.legalBasis());
        }
        economy.require(c.municipality(), "expense-ledger", "post-fee");
        MentorshipFact mentorship = c.mentorshipId() == null ? null : mentorships.find(c.mentorshipId())
                .filter(m -> m.actingMunicipality().equals(c.municipality()))
                .orElseThrow(() -> ProblemException.notFound("mentorship", c.mentorshipId()));
        String basis = c.legalBasis() != null ? c.legalBasis() : mentorship == null ? null : mentorship.legalBasis();
        if (basis == null) {
            throw ProblemException.invalidField("legalBasis", "name the legal basis, or the mentorship the fee is for");
        }
        PlanFact plan = mentorship == null ? null : plans.find(mentorship.planId()).orElse(null);
        List<String> targetGroups = plan != null ? plan.targetGroups() : mentorship != null ? mentorship.targetGroups() : List.of();
        LineSource source = new LineSource(c.municipality(),
                mentorship == null ? c.municipality() : mentorship.mentorMunicipality(),
                mentorship == null ? null : mentorship.planId(), plan == null ? null : plan.citizenRef(),
                mentorship == null ? null : mentorship.mentorId(), mentorship == null ? null : mentorship.mentorKind(),
                null, null, null, targetGroups, "fee:" + NewIds.next(), EVENT_TYPE);
        var rule = RuleBook.judge(rules.candidates(basis, ExpenseType.FEE, c.expenseDate()), basis, ExpenseType.FEE,
                targetGroups, c.municipality(), c.expenseDate()).orElse(null);
        ExpenseLine line = ExpenseLine.post(source, LineKind.FEE, basis, c.expenseDate(), 0, null, c.amount(), rule,
                OffsetDateTime.now(clock));
        ledger.persist(line);
        ceilings.check(List.of(line));
        return line;
    }

    private void requireKnownBasis(String code) {
        codeLists.requireKnown(CodeList.LEGAL_BASIS, code, "legalBasis");
    }
}
