package dk.mentor.contracts.events.followup;

import static dk.mentor.contracts.events.Require.notNegative;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.MunicipalityCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * One version of a logged meeting: the first ({@link MeetingLogged}) or a correction
 * ({@link MeetingCorrected}). Both carry the same facts, so a consumer that derives something from a
 * meeting (a ledger line, a count) reads either through this one type.
 */
public sealed interface MeetingVersion extends PlanEvent permits MeetingLogged, MeetingCorrected {

    UUID meetingId();

    int version();

    UUID mentorId();

    UUID mentorshipId();

    LocalDate meetingDate();

    String attendance();

    String mode();

    String place();

    List<MinutesUnderBasis> minutes();

    int transportMinutes();

    UUID groupSessionId();

    boolean activationRelevant();

    Instant loggedAt();

    List<String> claimHolds();

    /** Whether this version may be priced into a refusion claim. */
    default boolean claimable() {
        return claimHolds().isEmpty();
    }

    /** The holds as a list without repeats, each a {@code ClaimHold} name. */
    static List<String> checkHolds(List<String> claimHolds) {
        present(claimHolds, "claimHolds");
        claimHolds.forEach(ClaimHold::valueOf);
        return List.copyOf(new LinkedHashSet<>(claimHolds));
    }

    /** The minutes of the meeting over all legal bases. */
    default int totalMinutes() {
        return minutes().stream().mapToInt(MinutesUnderBasis::minutes).sum();
    }

    /** The checks every version must pass; returns the acting municipality's normalised code. */
    static String checkFacts(UUID planId, UUID meetingId, String actingMunicipality, LocalDate meetingDate,
                             String attendance, String mode, List<MinutesUnderBasis> minutes, int transportMinutes,
                             Instant loggedAt) {
        present(planId, "planId");
        present(meetingId, "meetingId");
        present(meetingDate, "meetingDate");
        present(attendance, "attendance");
        present(mode, "mode");
        present(minutes, "minutes");
        notNegative(transportMinutes, "transportMinutes");
        present(loggedAt, "loggedAt");
        return MunicipalityCode.of(actingMunicipality).code();
    }
}
