package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.Ceiling;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The numbers chart.js draws, as a JSON array in a data attribute (dashboard.js reads it; the page
 * has no inline script). Plain numbers in kroner; the labels are built in the template's language.
 */
final class CeilingChart {

    private CeilingChart() {
    }

    static String json(List<Ceiling> ceilings) {
        return ceilings.stream().map(c -> "{\"label\":" + quoted(c.regime() + " " + c.ceilingKind())
                        + ",\"consumed\":" + number(c.consumed())
                        + ",\"forecast\":" + number(c.yearEndForecast())
                        + ",\"mark80\":" + number(c.mark(80))
                        + ",\"mark100\":" + number(c.ceilingAmount()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String number(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }

    // the labels are regime and kind codes (letters, digits, underscores); escaping keeps them JSON anyway
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
