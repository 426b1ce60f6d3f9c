package dk.mentor.refusion.application;

import dk.mentor.contracts.ids.NewIds;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        UUID claimId = NewIds.next();
        access.require(ResourceScope.ownedBy("refusion-claim", claimId, c.municipality()), "draft", "refusion");
        validate(c);
        List<Claim> counting = claims.counting(c.municipality(), c.regime(), c.periodFrom(), c.periodTo());
        counting.stream().filter(Claim::isDraft).findFirst().ifPresent(d -> {
            throw ProblemException.conflict("A draft claim for this period and regime exists already: " + d.id()
                    + "; submit or delete it first");
        });
        List<ExpenseLine> lines = ledger.claimable(c.municipality(), c.regime(), c.periodFrom(), c.periodTo());
        if (lines.isEmpty()) {
            throw new RuleViolation("Nothing to claim: no unclaimed refundable lines of " + c.municipality()
                    + " under " + c.regime() + " from " + c.periodFrom() + " to " + c.periodTo());
        }
        // a supplementary claim reckons what the whole period is due; a first claim needs only its own lines
        List<ExpenseLine> period = counting.isEmpty() ? List.of()
                : ledger.refundedInPeriod(c.municipality(), c.regime(), c.periodFrom(), c.periodTo());
        Map<UUID, BigDecimal> refundable = allocate(c, lines, period);
        RefundRounding rounding = rounding(lines);
        List<RateGroup> groups = RateGroup.of(lines, refundable, rounding);
        BigDecimal expense = lines.stream().map(ExpenseLine::amount).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal lineRefunds = RateGroup.total(groups);
        BigDecimal adjustment = Money.ZERO;
        if (!counting.isEmpty()) {
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

    /**
     * The refundable part of the claim's lines and of the period's, ceilings applied in date order. A
     * ceiling's walk starts at what the year spent under it before the period (summed by the database)
     * and goes on through the period's lines under it, as a walk from the first of the year would.
     */
    private Map<UUID, BigDecimal> allocate(Command c, List<ExpenseLine> lines, List<ExpenseLine> period) {
        Map<UUID, ExpenseLine> walk = new HashMap<>();
        Stream.concat(lines.stream(), period.stream()).forEach(l -> walk.putIfAbsent(l.id(), l));
        Set<CeilingFrame> frames = walk.values().stream().map(CeilingFrame::of).filter(CeilingFrame::limits)
                .collect(Collectors.toSet());
        Map<CeilingFrame, BigDecimal> spentBefore = new HashMap<>();
        for (CeilingFrame frame : frames) {
            spentBefore.put(frame, ledger.spentUnderCeilingBefore(c.municipality(), frame, c.periodFrom()));
            ledger.underCeilingBetween(c.municipality(), frame, c.periodFrom(), c.periodTo())
                    .forEach(l -> walk.putIfAbsent(l.id(), l));
        }
        List<ExpenseLine> inPostingOrder = walk.values().stream().sorted(Comparator.comparing(ExpenseLine::seq)).toList();
        int year = c.periodFrom().getYear();
        return RefundAllocation.refundable(inPostingOrder, frame ->
                RuleBook.ceilingAmount(rules.ceilingRows(frame, year), frame, c.municipality(), year), spentBefore);
    }
}
