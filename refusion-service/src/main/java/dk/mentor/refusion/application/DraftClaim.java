package dk.mentor.refusion.application;

import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.CeilingFrame;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimLine;
import dk.mentor.refusion.domain.ClaimRateGroup;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.Money;
import dk.mentor.refusion.domain.RateGroup;
import dk.mentor.refusion.domain.RefundAllocation;
import dk.mentor.refusion.domain.RefundRounding;
import dk.mentor.refusion.domain.RuleBook;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.infra.persistence.ClaimRepository;
import dk.mentor.refusion.infra.persistence.LedgerRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drafts a refusion claim for a municipality, period and regime from the ledger lines no counting
 * claim holds yet. When a claim for the same period already counts, the new one is a supplementary
 * claim (a late correction): it carries the new lines and reversals, and a ceiling adjustment so that
 * everything claimed for the period adds up to what is due under today's knowledge.
 */
@ApplicationScoped
public class DraftClaim {

    @Inject
    LedgerRepository ledger;

    @Inject
    ClaimRepository claims;

    @Inject
    RuleSetRepository rules;

    @Inject
    MunicipalityAccess access;

    @Inject
    Caller caller;

    @Inject
    ClaimEvents events;

    @Inject
    Clock clock;

    public record Command(String municipality, String regime, LocalDate periodFrom, LocalDate periodTo) {
    }

    @Transactional
    public Claim draft(Command c) {
        UUID claimId = UUID.randomUUID();
        access.require(ResourceScope.ownedBy("refusion-claim", claimId, c.municipality()), "draft", "refusion");
        validate(c);
        List<Claim> counting = claims.counting(c.municipality(), c.regime(), c.periodFrom(), c.periodTo());
        counting.stream().filter(Claim::isDraft).findFirst().ifPresent(d -> {
            throw ProblemException.conflict("A draft claim for this period and regime exists already: " + d.id()
                    + "; submit or delete it first");
        });
        List<ExpenseLine> lines = claimable(ledger.unclaimed(c.municipality(), c.regime(), c.periodFrom(), c.periodTo()), c.regime());
        if (lines.isEmpty()) {
            throw new RuleViolation("Nothing to claim: no unclaimed refundable lines of " + c.municipality()
                    + " under " + c.regime() + " from " + c.periodFrom() + " to " + c.periodTo());
        }
        Map<UUID, BigDecimal> refundable = allocate(c);
        RefundRounding rounding = rounding(lines);
        List<RateGroup> groups = RateGroup.of(lines, refundable, rounding);
        BigDecimal expense = lines.stream().map(ExpenseLine::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal lineRefunds = RateGroup.total(groups);
        BigDecimal adjustment = Money.ZERO;
        if (!counting.isEmpty()) {
            List<ExpenseLine> period = ledger.inPeriod(c.municipality(), c.regime(), c.periodFrom(), c.periodTo()).stream()
                    .filter(l -> l.claimableUnder(c.regime())).toList();
            BigDecimal due = RateGroup.total(RateGroup.of(period, refundable, rounding));
            BigDecimal claimed = counting.stream().map(Claim::totalRefund).reduce(Money.ZERO, BigDecimal::add);
            adjustment = due.subtract(claimed).subtract(lineRefunds);
        }
        Claim claim = Claim.draft(claimId, c.municipality(), c.regime(), c.periodFrom(), c.periodTo(),
                counting.isEmpty() ? null : counting.get(0).id(), expense, lineRefunds, adjustment, caller.username(),
                OffsetDateTime.now(clock));
        claims.persist(claim);
        for (ExpenseLine line : lines) {
            claims.persist(ClaimLine.of(claim.id(), line, Money.share(refundable.get(line.id()), line.refundRate())));
            line.claimedBy(claim.id());
        }
        groups.forEach(group -> claims.persist(ClaimRateGroup.of(claim.id(), group)));
        events.statusChanged(claim);
        return claim;
    }

    private void validate(Command c) {
        if (c.periodTo().isBefore(c.periodFrom())) {
            throw ProblemException.invalidField("periodTo", "must not be before periodFrom");
        }
        if (c.periodTo().getYear() != c.periodFrom().getYear()) {
            throw ProblemException.invalidField("periodTo", "a claim period lies within one calendar year, as ceilings do");
        }
        if (!rules.regimeExists(c.regime())) {
            throw ProblemException.invalidField("regime", "no rule set has regime " + c.regime());
        }
    }

    /**
     * Refundable lines of the regime; a line reversed before any claim took it is left out together
     * with its reversal, since the pair nets to nothing.
     */
    static List<ExpenseLine> claimable(List<ExpenseLine> unclaimed, String regime) {
        Set<UUID> reversedUnclaimed = unclaimed.stream().filter(ExpenseLine::reversed).map(ExpenseLine::id)
                .collect(Collectors.toSet());
        return unclaimed.stream().filter(l -> l.claimableUnder(regime))
                .filter(l -> !l.reversed() && !reversedUnclaimed.contains(l.reverses())).toList();
    }

    /**
     * How the rules of the lines round the claim's refund. The seeded rules all round per claim; rows
     * an admin set otherwise must agree within one claim, or the claim could not say how it was computed.
     */
    private RefundRounding rounding(List<ExpenseLine> lines) {
        Set<RefundRounding> roundings = rules.byIds(lines.stream().map(ExpenseLine::ruleSetId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .map(RuleSet::refundRounding).collect(Collectors.toSet());
        if (roundings.size() > 1) {
            throw new RuleViolation("The rules of these lines round the refund differently (" + roundings
                    + "); an admin must give them one refund rounding");
        }
        return roundings.stream().findFirst().orElse(RefundRounding.PER_CLAIM_HALF_UP);
    }

    /** The refundable part of every line of the period's year up to its end, ceilings applied in date order. */
    private Map<UUID, BigDecimal> allocate(Command c) {
        List<ExpenseLine> all = new ArrayList<>(ledger.inPeriod(c.municipality(), c.regime(), c.periodFrom(), c.periodTo()));
        Set<CeilingFrame> frames = new HashSet<>();
        all.forEach(l -> frames.add(CeilingFrame.of(l)));
        Set<UUID> ids = all.stream().map(ExpenseLine::id).collect(Collectors.toSet());
        int year = c.periodFrom().getYear();
        for (CeilingFrame frame : frames) {
            if (frame.limits()) {
                ledger.underCeiling(c.municipality(), frame, c.periodTo()).stream()
                        .filter(l -> !ids.contains(l.id())).forEach(all::add);
            }
        }
        all.sort(java.util.Comparator.comparing(ExpenseLine::seq));
        return RefundAllocation.refundable(all, frame ->
                RuleBook.ceilingAmount(rules.ceilingRows(frame, year), frame, c.municipality(), year));
    }
}
