package dk.mentor.matching.domain.ranking;

/**
 * One line of a proposal's explanation: how well the mentor fits one criterion and the points it
 * gave. Points are thousandths, so the lines add up exactly to the score.
 *
 * @param fulfilled how much of the criterion is met, e.g. 2 of {@code asked} 3
 * @param points    weight x fulfilled / asked, in thousandths of a point, rounded half up
 */
public record CriterionScore(Criterion criterion, int weight, int fulfilled, int asked, long points, String detail) {

    static CriterionScore of(Criterion criterion, int weight, int fulfilled, int asked, String detail) {
        long numerator = 2L * weight * 1000L * fulfilled;
        long points = asked == 0 ? 0 : (numerator + asked) / (2L * asked);
        return new CriterionScore(criterion, weight, fulfilled, asked, points, detail);
    }
}
