package dk.mentor.contracts.events.followup;

import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mentor logged a meeting (or a cancelled or missed one) on a plan. Notes are never in the event.
 * Topic {@code followup.plan.v1}, key and subject {@code planId}, so a meeting's versions arrive in order.
 *
 * @param planId             the plan
 * @param meetingId          the meeting; stays the same across its versions
 * @param version            1 for a new meeting
 * @param actingMunicipality the kommunekode of the plan's owner
 * @param mentorId           the mentor in the catalogue, or null for a participant who is not a catalogue mentor
 * @param mentorshipId       the mentorship the meeting belongs to, or null
 * @param meetingDate        the day of the meeting
 * @param attendance         an {@code Attendance} name
 * @param mode               IN_PERSON, PHONE or VIDEO
 * @param place              a {@code MeetingPlace} name, or null for a meeting at a distance
 * @param minutes            minutes per legal basis: those spent, or for a cancelled or missed meeting those booked
 *                           (paid or not by the mentor's terms); for a group session, this citizen's share
 * @param transportMinutes   the mentor's transport time to and from the meeting
 * @param groupSessionId     the group session the meeting was part of, or null
 * @param activationRelevant whether the meeting is part of activation, so a no-show is sanction-relevant
 * @param loggedAt           when this version was recorded
 * @param claimHolds         {@code ClaimHold} names: why this version may not be priced into a claim; empty when
 *                           it may
 */
public record MeetingLogged(UUID planId, UUID meetingId, int version, String actingMunicipality, UUID mentorId,
                            UUID mentorshipId, LocalDate meetingDate, String attendance, String mode, String place,
                            List<MinutesUnderBasis> minutes, int transportMinutes, UUID groupSessionId,
                            boolean activationRelevant, Instant loggedAt, List<String> claimHolds)
        implements MeetingVersion {

    public static final EventType TYPE = new EventType("followup", "MeetingLogged", 1);

    public MeetingLogged {
        if (version != 1) {
            throw new IllegalArgumentException("A logged meeting has version 1: " + version);
        }
        actingMunicipality = MeetingVersion.checkFacts(planId, meetingId, actingMunicipality, meetingDate, attendance, mode,
                minutes, transportMinutes, loggedAt);
        minutes = List.copyOf(minutes);
        claimHolds = MeetingVersion.checkHolds(claimHolds);
    }
}
