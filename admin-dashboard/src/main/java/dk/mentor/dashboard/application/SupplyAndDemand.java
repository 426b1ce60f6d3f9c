package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.util.List;

/** Open referrals against free mentor seats, per municipality and, within it, per target group and language. */
public record SupplyAndDemand(List<Municipality> municipalities) {

    public static final List<String> DIMENSIONS = List.of("TARGET_GROUP", "LANGUAGE");

    public record Municipality(String municipality, int openReferrals, int freeSeats, int mentorsWithFreeSeat,
                               BigDecimal freeHoursPerWeek, List<Line> lines) {

        public int balance() {
            return freeSeats - openReferrals;
        }

        /** The two ways the lines break the figures down, target groups first. */
        public List<String> dimensions() {
            return DIMENSIONS;
        }

        public List<Line> of(String dimension) {
            return lines == null ? List.of() : lines.stream().filter(l -> dimension.equals(l.dimension())).toList();
        }
    }

    /** {@code balance} is free seats minus open referrals: negative means mentors must be recruited. */
    public record Line(String dimension, String value, int openReferrals, int freeSeats, int balance) {

        public boolean shortage() {
            return balance < 0;
        }
    }
}
