package dk.mentor.matching.domain.ranking;

import java.util.EnumMap;
import java.util.Map;

/**
 * The points each criterion gives at full fit, per municipality and versioned, so a proposal can
 * always say which weights ranked it.
 */
public record Weights(String scope, int version, Map<Criterion, Integer> points) {

    public static final int MAX_POINTS = 1000;

    public Weights {
        Map<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            Integer value = points.get(criterion);
            if (value == null || value < 0 || value > MAX_POINTS) {
                throw new IllegalArgumentException("weight of " + criterion + " must be 0.." + MAX_POINTS + ": " + value);
            }
            copy.put(criterion, value);
        }
        points = Map.copyOf(copy);
    }

    public int of(Criterion criterion) {
        return points.get(criterion);
    }

    /** The product's starting weights, used by a municipality that has not set its own. */
    public static Weights defaults() {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        points.put(Criterion.TARGET_GROUPS, 30);
        points.put(Criterion.NEEDS, 25);
        points.put(Criterion.LANGUAGES, 20);
        points.put(Criterion.AREA, 10);
        points.put(Criterion.MENTOR_GENDER, 15);
        points.put(Criterion.BACKGROUND, 15);
        points.put(Criterion.MEETING_PLACE, 10);
        points.put(Criterion.MEETING_WINDOW, 15);
        points.put(Criterion.PREVIOUS_MENTOR, 20);
        points.put(Criterion.FREE_CAPACITY, 5);
        points.put(Criterion.URGENCY, 25);
        return new Weights("default", 0, points);
    }
}
