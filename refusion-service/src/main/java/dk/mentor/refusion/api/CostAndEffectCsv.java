package dk.mentor.refusion.api;

import dk.mentor.kit.csv.DanishCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The cost-and-effect report as Danish Excel reads it (see DanishCsv): the total first, then one row per
 * target group and mentor kind, and a last row with the net cost no citizen carries. Each outcome any row
 * names gets a column of its own with the number of plans closed with it, so the rows can be summed.
 */
final class CostAndEffectCsv {

    private static final List<String> HEADER = List.of("municipality", "from", "to", "target_group", "mentor_kind",
            "citizens", "citizen_months", "net_cost", "net_cost_per_citizen_month", "plans_closed");

    private CostAndEffectCsv() {
    }

    static byte[] of(CostAndEffectResponse report) {
        List<String> outcomes = new ArrayList<>(new TreeSet<>(Stream.concat(Stream.of(report.total()), report.groups().stream())
                .flatMap(group -> group.outcomes().stream()).map(CostAndEffectResponse.Outcome::outcome).toList()));
        List<String> header = new ArrayList<>(HEADER);
        outcomes.forEach(outcome -> header.add("closed_" + outcome.toLowerCase(Locale.ROOT)));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(report, report.total(), outcomes));
        report.groups().forEach(group -> rows.add(row(report, group, outcomes)));
        List<Object> unassigned = new ArrayList<>(List.of(report.municipality(), report.from(), report.to(), "UNASSIGNED",
                "UNASSIGNED", 0, 0, report.unassignedNetCost()));
        while (unassigned.size() < header.size()) {
            unassigned.add(null);
        }
        rows.add(unassigned);
        return DanishCsv.write(header, rows);
    }

    private static List<Object> row(CostAndEffectResponse report, CostAndEffectResponse.Group group, List<String> outcomes) {
        List<Object> row = new ArrayList<>(List.of(report.municipality(), report.from(), report.to(), group.targetGroup(),
                group.mentorKind(), group.citizens(), group.citizenMonths(), group.netCost()));
        row.add(group.netCostPerCitizenMonth());
        row.add(group.plansClosed());
        for (String outcome : outcomes) {
            row.add(group.outcomes().stream().filter(o -> o.outcome().equals(outcome))
                    .mapToInt(CostAndEffectResponse.Outcome::plans).sum());
        }
        return row;
    }
}
