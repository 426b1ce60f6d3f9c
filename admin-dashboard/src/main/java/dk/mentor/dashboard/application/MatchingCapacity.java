package dk.mentor.dashboard.application;

import java.math.BigDecimal;

/** The mentor as matching sees them (its candidate view): the capacity that matching ranks against. */
public record MatchingCapacity(Integer capacityCitizens, Integer activeMentorships, Integer freeSeats,
                               BigDecimal capacityHoursPerWeek, BigDecimal freeHoursPerWeek) {
}
