package dk.mentor.refusion.api;

import dk.mentor.kit.csv.DanishCsv;
import java.util.List;

/**
 * An inter-municipal statement as Danish Excel reads it (see DanishCsv): one row per other municipality,
 * with who pays written out, since a sign alone is easily read the wrong way round in a spreadsheet.
 */
final class SettlementCsv {

    private static final List<String> HEADER = List.of("municipality", "from", "to", "counterparty", "owed_by_us",
            "owed_to_us", "net", "payer", "lines");

    private SettlementCsv() {
    }

    static byte[] of(EconomyResponses.Settlement statement) {
        return DanishCsv.write(HEADER, statement.counterparties().stream().map(c -> List.<Object>of(statement.municipality(),
                statement.from(), statement.to(), c.municipality(), c.owedByUs(), c.owedToUs(), c.net(),
                c.net().signum() > 0 ? statement.municipality() : c.net().signum() < 0 ? c.municipality() : "",
                c.lines())).toList());
    }
}
