package dk.mentor.dashboard.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A logged meeting (its current version), with its minutes split by legal basis. */
public record Meeting(UUID meetingId, LocalDate date, Integer durationMinutes, String attendance, String mode, String place,
                      List<Minutes> minutes, Boolean current, String author) {

    public record Minutes(String legalBasis, Integer minutes) {
    }

    /** The minutes in the order of the legal basis codes, so every meeting of a double role reads the same way. */
    public List<Minutes> minutesByBasis() {
        return minutes == null ? List.of() : minutes.stream()
                .sorted(Comparator.comparing((Minutes m) -> m.legalBasis() == null ? "" : m.legalBasis()))
                .toList();
    }
}
