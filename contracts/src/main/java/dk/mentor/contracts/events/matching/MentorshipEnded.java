package dk.mentor.contracts.events.matching;

import static dk.mentor.contracts.events.Require.notNegative;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A mentorship ended; the mentor's seat and hours are free again. Topic {@code matching.mentorship.v1},
 * key and subject {@code mentorshipId}, municipality the acting one.
 *
 * @param mentorshipId       the mentorship's id
 * @param planId             the citizen's plan
 * @param mentorId           the mentor
 * @param mentorMunicipality the kommunekode of the mentor's home municipality
 * @param actingMunicipality the kommunekode of the citizen's acting municipality
 * @param hoursPerWeek       the weekly hours the mentorship held, now free
 * @param reason             a {@code MentorshipEndReason} name
 * @param endedOn            the last day of the mentorship
 * @param endedAt            when the end was recorded
 */
public record MentorshipEnded(UUID mentorshipId, UUID planId, UUID mentorId, String mentorMunicipality,
                              String actingMunicipality, BigDecimal hoursPerWeek, String reason, LocalDate endedOn,
                              Instant endedAt) implements MentorshipEvent {

    public static final EventType TYPE = new EventType("matching", "MentorshipEnded", 1);

    public MentorshipEnded {
        present(mentorshipId, "mentorshipId");
        present(planId, "planId");
        present(mentorId, "mentorId");
        mentorMunicipality = MunicipalityCode.of(mentorMunicipality).code();
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        notNegative(hoursPerWeek, "hoursPerWeek");
        present(reason, "reason");
        present(endedOn, "endedOn");
        present(endedAt, "endedAt");
    }
}
