package dk.mentor.contracts.events.matching;

import static dk.mentor.contracts.events.Require.distinct;
import static dk.mentor.contracts.events.Require.notNegative;
import static dk.mentor.contracts.events.Require.notNegativeIfPresent;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Citizen and mentor both said yes at the three-party meeting, and the mentorship began. The plan
 * gains the mentor as a participant, the catalogue lowers the mentor's free capacity, and the
 * economics learn the rate. Carries no citizen data: the plan id is the only link to the citizen.
 * Topic {@code matching.mentorship.v1}, key and subject {@code mentorshipId}, municipality the acting one.
 *
 * @param mentorshipId        the mentorship's id
 * @param referralId          the referral it fulfils
 * @param planId              the citizen's plan in followup-service
 * @param mentorId            the mentor in the catalogue
 * @param mentorName          the mentor's display name, shown on the plan
 * @param mentorUsername      the mentor's user name in Keycloak, or null when the mentor has no account
 * @param mentorKind          the mentor's {@code MentorKind} name
 * @param mentorMunicipality  the kommunekode of the mentor's home municipality
 * @param actingMunicipality  the kommunekode of the citizen's acting municipality (handlekommune)
 * @param legalBasis          the LEGAL_BASIS code the mentorship runs under
 * @param role                the {@code ParticipantRole} name the mentor takes on the plan
 * @param targetGroups        TARGET_GROUP codes (catalog's code list) of the referral
 * @param hoursPerWeek        agreed mentor hours per week
 * @param hourlyRate          the mentor's hourly rate in kroner at the start, or null when unpaid
 * @param startsOn            the first day
 * @param endsOn              the last agreed day (under LAB § 167 at most 6 months on, see GrantPeriod)
 * @param startedAt           when the second yes was given
 * @param meetingEveryDays    the ordered cadence: at most this many days between meetings, or null when the
 *                            referral ordered none and the role's default applies
 */
public record MentorshipStarted(UUID mentorshipId, UUID referralId, UUID planId, UUID mentorId, String mentorName,
                                String mentorUsername, String mentorKind, String mentorMunicipality,
                                String actingMunicipality, String legalBasis, String role, List<String> targetGroups,
                                BigDecimal hoursPerWeek, BigDecimal hourlyRate, LocalDate startsOn, LocalDate endsOn,
                                Instant startedAt, Integer meetingEveryDays)
        implements MentorshipEvent {

    public static final EventType TYPE = new EventType("matching", "MentorshipStarted", 1);

    public MentorshipStarted {
        present(mentorshipId, "mentorshipId");
        present(referralId, "referralId");
        present(planId, "planId");
        present(mentorId, "mentorId");
        present(mentorName, "mentorName");
        present(mentorKind, "mentorKind");
        mentorMunicipality = MunicipalityCode.of(mentorMunicipality).code();
        actingMunicipality = MunicipalityCode.of(actingMunicipality).code();
        present(legalBasis, "legalBasis");
        present(role, "role");
        targetGroups = distinct(targetGroups, "targetGroups");
        notNegative(hoursPerWeek, "hoursPerWeek");
        notNegativeIfPresent(hourlyRate, "hourlyRate");
        present(startsOn, "startsOn");
        present(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("endsOn " + endsOn + " is before startsOn " + startsOn);
        }
        present(startedAt, "startedAt");
        if (meetingEveryDays != null && meetingEveryDays < 1) {
            throw new IllegalArgumentException("meetingEveryDays must be at least 1: " + meetingEveryDays);
        }
    }
}
