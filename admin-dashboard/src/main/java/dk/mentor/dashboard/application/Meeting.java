package dk.mentor.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A logged meeting (its current version), with its minutes split by legal basis. */
public record Meeting(UUID meetingId, LocalDate date, Integer durationMinutes, String attendance, String mode, String place,
                      List<Minutes> minutes, Boolean current, String author) {

    public record Minutes(String legalBasis, Integer minutes) {
    }
}
