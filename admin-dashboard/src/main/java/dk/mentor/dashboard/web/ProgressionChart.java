package dk.mentor.dashboard.web;

import dk.mentor.dashboard.application.Progression;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ratings chart.js draws on the plan page, as JSON in the canvas's data-progressions
 * (dashboard.js reads it): per rating its date as the page shows it, the score and the six
 * dimensions in {@link Progression#DIMENSIONS}' order (null where a rating left one out).
 */
final class ProgressionChart {

    private ProgressionChart() {
    }

    static String json(List<Progression> ratings) {
        return ratings.stream().map(r -> "{\"date\":\"" + DanishFormats.dk(r.ratedOn()) + "\",\"score\":" + r.labourMarketScore()
                        + ",\"dimensions\":" + Progression.DIMENSIONS.stream().map(d -> String.valueOf(r.dimension(d)))
                        .collect(Collectors.joining(",", "[", "]")) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
