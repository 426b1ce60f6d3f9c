package dk.mentor.refusion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one municipality and each other owe each other for a period, when a mentor of one
 * municipality's organisation served a citizen of the other (mellemkommunal afregning). The
 * acting municipality (handlekommune) owes the mentor's municipality the mentor's cost.
 */
public record SettlementStatement(String municipality, LocalDate from, LocalDate to, List<Counterparty> counterparties) {

    /**
     * @param owedByUs  the cost of the counterparty's mentors serving our citizens
     * @param owedToUs  the cost of our mentors serving the counterparty's citizens
     * @param net       owedByUs - owedToUs: positive means we pay the counterparty
     */
    public record Counterparty(String municipality, BigDecimal owedByUs, BigDecimal owedToUs, BigDecimal net,
                               int lines) {
    }

    /** A line's payer, provider and amount. */
    public record Entry(String payer, String provider, BigDecimal amount) {
    }

    public static SettlementStatement of(String municipality, LocalDate from, LocalDate to, List<Entry> entries) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry e : entries) {
            if (e.provider() == null || e.payer().equals(e.provider())) {
                continue;
            }
            boolean weOwe = e.payer().equals(municipality);
            boolean theyOwe = e.provider().equals(municipality);
            if (!weOwe && !theyOwe) {
                continue;
            }
            String other = weOwe ? e.provider() : e.payer();
            BigDecimal[] pair = sums.computeIfAbsent(other, k -> new BigDecimal[] {Money.ZERO, Money.ZERO});
            pair[weOwe ? 0 : 1] = pair[weOwe ? 0 : 1].add(e.amount());
            counts.merge(other, 1, Integer::sum);
        }
        List<Counterparty> rows = sums.entrySet().stream().map(s -> new Counterparty(s.getKey(),
                Money.of(s.getValue()[0]), Money.of(s.getValue()[1]), Money.of(s.getValue()[0].subtract(s.getValue()[1])),
                counts.get(s.getKey()))).toList();
        return new SettlementStatement(municipality, from, to, rows);
    }
}
