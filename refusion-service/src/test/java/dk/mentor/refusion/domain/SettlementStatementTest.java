package dk.mentor.refusion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inter-municipal statement against figures computed by hand. */
class SettlementStatementTest {

    @Test
    void shouldNetWhatTwoMunicipalitiesOweEachOther() {
        // Skanderborg (0746) mentors served three Aarhus (0751) citizens: 1,500 + 450 + 225 = 2,175 kr.
        // An Aarhus mentor served a Skanderborg citizen: 600 kr, and a reversal of 150 kr: 450 kr.
        // Aarhus owes Skanderborg 2,175 - 450 = 1,725 kr. A Copenhagen (0101) mentor served Aarhus for 300 kr.
        // Aarhus's own mentors for its own citizens, and Skanderborg-Copenhagen lines, do not count.
        List<SettlementStatement.Entry> entries = List.of(
                entry("0751", "0746", "1500.00"), entry("0751", "0746", "450.00"), entry("0751", "0746", "225.00"),
                entry("0746", "0751", "600.00"), entry("0746", "0751", "-150.00"),
                entry("0751", "0101", "300.00"),
                entry("0751", "0751", "999.00"), entry("0746", "0101", "777.00"));
        SettlementStatement statement = SettlementStatement.of("0751", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), entries);

        assertEquals(2, statement.counterparties().size());
        var copenhagen = statement.counterparties().get(0);
        assertEquals("0101", copenhagen.municipality());
        assertEquals(new BigDecimal("300.00"), copenhagen.net());
        var skanderborg = statement.counterparties().get(1);
        assertEquals("0746", skanderborg.municipality());
        assertEquals(new BigDecimal("2175.00"), skanderborg.owedByUs());
        assertEquals(new BigDecimal("450.00"), skanderborg.owedToUs());
        assertEquals(new BigDecimal("1725.00"), skanderborg.net());
        assertEquals(5, skanderborg.lines());

        SettlementStatement mirror = SettlementStatement.of("0746", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), entries);
        var aarhus = mirror.counterparties().stream().filter(c -> c.municipality().equals("0751")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("-1725.00"), aarhus.net());
    }

    private static SettlementStatement.Entry entry(String payer, String provider, String amount) {
        return new SettlementStatement.Entry(payer, provider, new BigDecimal(amount));
    }
}
