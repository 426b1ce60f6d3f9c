package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Net cost per citizen per month of mentorship against the outcomes of closed plans, per target group
 * and mentor kind, as refusion-service reports it for a municipality and period.
 */
public record CostAndEffect(String municipality, LocalDate from, LocalDate to, List<Group> groups, Group total,
                            BigDecimal unassignedNetCost) {

    /** {@code targetGroup} and {@code mentorKind} are ALL on the total row. */
    public record Group(String targetGroup, String mentorKind, int citizens, int citizenMonths, BigDecimal netCost,
                        BigDecimal netCostPerCitizenMonth, int plansClosed, List<Outcome> outcomes) {
    }

    /** {@code share} is plans / plansClosed, 0..1. */
    public record Outcome(String outcome, int plans, BigDecimal share) {

        /** The share in percent with one decimal (0,4167 → 41,7). */
        public BigDecimal percent() {
            return share == null ? null : share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP);
        }
    }
}
