package dk.mentor.contracts.events.catalog;

import static dk.mentor.contracts.events.Require.distinct;
import static dk.mentor.contracts.events.Require.notNegative;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A mentor attended a training session; its cost per participant is a mentor expense that may be
 * refunded (training is refunded with wages under the 2009 regime). Topic {@code catalog.training.v1},
 * key and subject {@code attendanceId}, municipality the organiser, who pays.
 *
 * @param attendanceId          the attendance record's id; consumers deduplicate on it
 * @param mentorId              the mentor who attended
 * @param mentorKind            the mentor's {@code MentorKind} name
 * @param legalBases            the LEGAL_BASIS codes the mentor acts under
 * @param organiserMunicipality the kommunekode of the municipality that ran and paid for the session
 * @param courseId              the course
 * @param courseKind            START_COURSE, EVENING_SESSION, QUARTERLY_DAY or SUPERVISION
 * @param sessionDate           the day of the session
 * @param hours                 hours attended
 * @param cost                  the cost per participant in kroner
 * @param recordedAt            when the attendance was recorded
 */
public record TrainingAttended(UUID attendanceId, UUID mentorId, String mentorKind, List<String> legalBases,
                               String organiserMunicipality, UUID courseId, String courseKind, LocalDate sessionDate,
                               BigDecimal hours, BigDecimal cost, Instant recordedAt) implements EventPayload {

    public static final EventType TYPE = new EventType("catalog", "TrainingAttended", 1);

    public TrainingAttended {
        present(attendanceId, "attendanceId");
        present(mentorId, "mentorId");
        present(mentorKind, "mentorKind");
        legalBases = distinct(legalBases, "legalBases");
        organiserMunicipality = MunicipalityCode.of(organiserMunicipality).code();
        present(courseId, "courseId");
        present(courseKind, "courseKind");
        present(sessionDate, "sessionDate");
        notNegative(hours, "hours");
        notNegative(cost, "cost");
        present(recordedAt, "recordedAt");
    }

    @Override
    public String subject() {
        return attendanceId.toString();
    }

    @Override
    public String municipality() {
        return organiserMunicipality;
    }
}
