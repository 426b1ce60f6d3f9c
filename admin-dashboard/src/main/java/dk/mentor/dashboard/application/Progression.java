package dk.mentor.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One progression rating of a plan: the 1–10 labour-market score and the six dimensions, each 1–10. */
public record Progression(LocalDate ratedOn, int labourMarketScore, Map<String, Integer> dimensions) {

    /**
     * The six dimensions in the order followup-service defines them (its Dimension enum), so the
     * chart's lines and the table's columns keep their places from one rating to the next.
     */
    public static final List<String> DIMENSIONS = List.of("MOTIVATION", "PERSONAL_RESOURCES", "PROFESSIONAL_SKILLS", "NETWORK",
            "ECONOMY", "HEALTH");

    /** The score of one dimension, or null when the rating left it out. */
    public Integer dimension(String code) {
        return dimensions == null ? null : dimensions.get(code);
    }
}
