package dk.mentor.refusion.domain;

import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The refund of each line once ceilings are applied. Lines under a ceiling are walked in date order
 * (posting order within a day); each line gets the part of the ceiling still free when it comes:
 * {@code min(C, consumed after) - min(C, consumed before)}, refunded at its rate. So spending past the
 * ceiling stays in the ledger in full, while the refund stops at the ceiling (001 p.14). Each regime's
 * ceiling of a kind is its own pot ({@link CeilingFrame}). The result depends only on the lines and
 * their dates, never on when a claim was drafted.
 */
public final class RefundAllocation {

    private RefundAllocation() {
    }

    /**
     * @param lines    every line of one municipality and year that counts against a ceiling, up to the
     *                 end of the period, in posting order; and any other lines to be priced
     * @param ceilings the ceiling amount per frame (regime and kind), where known
     * @return the refund per line id, each rounded on its own
     * @throws RuleViolation if a refundable line is under a ceiling whose amount is not set
     */
    public static Map<UUID, BigDecimal> allocate(List<ExpenseLine> lines,
                                                 Function<CeilingFrame, Optional<BigDecimal>> ceilings) {
        Map<UUID, BigDecimal> refunds = new HashMap<>();
        Map<UUID, ExpenseLine> byId = new HashMap<>();
        lines.forEach(line -> byId.put(line.id(), line));
        refundable(lines, ceilings).forEach((id, base) -> refunds.put(id, Money.share(base, byId.get(id).refundRate())));
        return refunds;
    }

    /**
     * The part of each line's amount that the refund rate applies to: all of it without a ceiling, the
     * part still free under the ceiling otherwise, unrounded. A claim rounds the refund of these amounts
     * as its rule says ({@link RefundRounding}).
     *
     * @throws RuleViolation if a refundable line is under a ceiling whose amount is not set
     */
    public static Map<UUID, BigDecimal> refundable(List<ExpenseLine> lines,
                                                   Function<CeilingFrame, Optional<BigDecimal>> ceilings) {
        return refundable(lines, ceilings, Map.of());
    }

    /**
     * As above, for lines that start later in the year: {@code spentBefore} is what each ceiling's earlier
     * lines consumed, so the walk goes on from there without reading them.
     */
    public static Map<UUID, BigDecimal> refundable(List<ExpenseLine> lines,
                                                   Function<CeilingFrame, Optional<BigDecimal>> ceilings,
                                                   Map<CeilingFrame, BigDecimal> spentBefore) {
        Map<UUID, BigDecimal> bases = new HashMap<>();
        Map<CeilingFrame, BigDecimal> consumed = new HashMap<>(spentBefore);
        // a ceiling's amount is looked up once per walk, not once per line: callers read it from the rules
        Map<CeilingFrame, Optional<BigDecimal>> amounts = new HashMap<>();
        List<ExpenseLine> inDateOrder = lines.stream()
                .sorted(Comparator.comparing(ExpenseLine::expenseDate)).toList(); // stable: posting order within a day
        for (ExpenseLine line : inDateOrder) {
            CeilingFrame frame = CeilingFrame.of(line);
            if (!frame.limits()) {
                bases.put(line.id(), line.amount());
                continue;
            }
            BigDecimal before = consumed.getOrDefault(frame, BigDecimal.ZERO);
            BigDecimal after = before.add(line.amount());
            consumed.put(frame, after);
            if (line.refundRate().signum() == 0) {
                bases.put(line.id(), Money.ZERO);
                continue;
            }
            BigDecimal ceiling = amounts.computeIfAbsent(frame, ceilings).orElseThrow(() -> new RuleViolation(
                    "No " + frame.kind() + " amount is set for " + line.municipality() + " in " + line.expenseDate().getYear()
                            + "; an admin must add it to the rule set (regime " + frame.regime() + ")"));
            bases.put(line.id(), after.min(ceiling).subtract(before.min(ceiling)));
        }
        return bases;
    }
}
