package dk.mentor.dashboard.application;

import java.util.Map;

/**
 * The progression form as the user filled it in, every field as typed, so a refused form comes back
 * with what was written: the day, the 1–10 labour-market score, a score per dimension (by code) and
 * the two questions of the rating conversation.
 */
public record RatingInput(String ratedOn, String labourMarketScore, Map<String, String> dimensions, String nextStep,
                          String mentorSupport) {

    public static RatingInput empty(String today) {
        return new RatingInput(today, "", Map.of(), "", "");
    }

    /** What was typed for the dimension {@code code}, for the template. */
    public String dimension(String code) {
        return dimensions == null ? "" : dimensions.getOrDefault(code, "");
    }
}
