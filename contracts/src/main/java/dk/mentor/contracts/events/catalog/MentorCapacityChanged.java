package dk.mentor.contracts.events.catalog;

import static dk.mentor.contracts.events.Require.notNegative;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A mentor's capacity or current load changed: the coordinator edited the capacity, or a mentorship
 * started or ended. Free capacity is capacity minus load. Topic {@code catalog.mentor.v1}, key and
 * subject {@code mentorId}.
 *
 * @param mentorId              the mentor's id
 * @param homeMunicipality      the kommunekode of the owning municipality
 * @param version               the mentor's version after the change
 * @param capacityCitizens      how many citizens the mentor can follow at once
 * @param capacityHoursPerWeek  mentor hours available per week
 * @param activeMentorships     how many mentorships the mentor has now
 * @param committedHoursPerWeek the weekly hours of those mentorships
 * @param changedAt             when it changed
 */
public record MentorCapacityChanged(UUID mentorId, String homeMunicipality, long version, int capacityCitizens,
                                    BigDecimal capacityHoursPerWeek, int activeMentorships,
                                    BigDecimal committedHoursPerWeek, Instant changedAt) implements MentorEvent {

    public static final EventType TYPE = new EventType("catalog", "MentorCapacityChanged", 1);

    public MentorCapacityChanged {
        present(mentorId, "mentorId");
        homeMunicipality = MunicipalityCode.of(homeMunicipality).code();
        notNegative(capacityCitizens, "capacityCitizens");
        notNegative(capacityHoursPerWeek, "capacityHoursPerWeek");
        notNegative(activeMentorships, "activeMentorships");
        notNegative(committedHoursPerWeek, "committedHoursPerWeek");
        present(changedAt, "changedAt");
    }
}
