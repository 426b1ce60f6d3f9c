package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The lines of a claim at one refund rate and their refund, rounded as the rule says: the state
 * computes the refund of a claim as rate × refundable expense, so the claim rounds once per rate
 * (rule review E17), not once per line.
 *
 * @param lines      how many lines
 * @param amount     their expense, in full
 * @param refundable the part the rate applies to (ceilings applied), unrounded
 * @param refund     the refund of the group, rounded per the rounding
 */
public record RateGroup(BigDecimal rate, int lines, BigDecimal amount, BigDecimal refundable, BigDecimal refund,
                        RefundRounding rounding) {

    /**
     * @param lines      the claimable lines
     * @param refundable each line's refundable amount (see {@link RefundAllocation#refundable})
     */
    public static List<RateGroup> of(Collection<ExpenseLine> lines, Map<UUID, BigDecimal> refundable,
                                     RefundRounding rounding) {
        Map<BigDecimal, List<ExpenseLine>> byRate = new TreeMap<>(Comparator.reverseOrder());
        for (ExpenseLine line : lines) {
            byRate.computeIfAbsent(line.refundRate().stripTrailingZeros(), r -> new ArrayList<>()).add(line);
        }
        List<RateGroup> groups = new ArrayList<>();
        byRate.forEach((rate, group) -> {
            List<BigDecimal> bases = group.stream().map(l -> refundable.get(l.id())).toList();
            BigDecimal amount = group.stream().map(ExpenseLine::amount).reduce(Money.ZERO, BigDecimal::add);
            BigDecimal base = bases.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            groups.add(new RateGroup(rate, group.size(), Money.of(amount), base, rounding.refund(bases, rate), rounding));
        });
        return groups;
    }

    /** The refund of all groups. */
    public static BigDecimal total(List<RateGroup> groups) {
        return groups.stream().map(RateGroup::refund).reduce(Money.ZERO, BigDecimal::add);
    }
}
