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
 * A running mentorship was granted a new period after the caseworker's assessment, so it does not
 * expire at its old end. Under LAB § 167 each grant is again at most 6 months (see GrantPeriod).
 * Topic {@code matching.mentorship.v1}, key and subject {@code mentorshipId}, municipality the acting one.
 *
 * @param mentorshipId       the mentorship's id
 * @param planId             the citizen's plan
 * @param mentorId           the mentor
 * @param actingMunicipality the kommunekode of the citizen's acting municipality
 * @param previousEndsOn     the last day of the grant this one follows
 * @param endsOn             the last day of the new grant
 * @param hoursPerWeek       the mentor hours per week ordered for the new grant
 * @param meetingEveryDays   the ordered cadence for the new grant, or null for the role's default
 * @param renewedAt          when the renewal was recorded
 */
public record MentorshipRenewed(UUID mentorshipId, UUID planId, UUID mentorId, String actingMunicipality,
                                LocalDate previousEndsOn, LocalDate endsOn, BigDecimal hoursPerWeek,
                                Integer meetingEveryDays, Instant renewedAt) implements MentorshipEvent {

    public static final EventType TYPE = new EventType("matching", "MentorshipRenewed", 1);

    public MentorshipRenewed {
        present(mentorshipId, "mentorshipId");
        present(planId, "planId");
        present(mentorId, "mentorId");
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        present(previousEndsOn, "previousEndsOn");
        present(endsOn, "endsOn");
        if (!endsOn.isAfter(previousEndsOn)) {
            throw new IllegalArgumentException("endsOn " + endsOn + " is not after previousEndsOn " + previousEndsOn);
        }
        notNegative(hoursPerWeek, "hoursPerWeek");
        if (meetingEveryDays != null && meetingEveryDays < 1) {
            throw new IllegalArgumentException("meetingEveryDays must be at least 1: " + meetingEveryDays);
        }
        present(renewedAt, "renewedAt");
    }
}
