package dk.mentor.contracts.codes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long one grant of mentor support may run, by the months the basis's row of the LEGAL_BASIS code list
 * gives. LAB § 167 (from 2020) grants mentor support for up to 6 months at a time, renewable after an
 * assessment; the sources give no such limit for the bases before it (§ 78, § 31 b), nor for the integration
 * act or the social services act, so only the § 167 row is seeded with one. Matching (the referral's period)
 * and followup (the written agreement) both ask here, so they agree on the last day a grant covers.
 */
public final class GrantPeriod {

    private GrantPeriod() {
    }

    /**
     * The last day a grant under the basis starting on {@code start} may cover, or empty when its row sets no
     * limit. Counted as periods in months are: the grant ends the day before the same date so many months on,
     * and where that month has no such date (a start on 31 August), at the end of that month. So a 6-month
     * grant from 1 December covers 31 May, one from 31 August covers 28 February.
     */
    public static Optional<LocalDate> lastDay(LegalBasisTerms basis, LocalDate start) {
        Objects.requireNonNull(start, "start");
        return basis.grantMonths() == null ? Optional.empty() : Optional.of(lastDay(start, basis.grantMonths()));
    }

    /** Whether a grant from {@code start} to {@code end} (inclusive) is longer than the basis's row allows at a time. */
    public static boolean exceeds(LegalBasisTerms basis, LocalDate start, LocalDate end) {
        return lastDay(basis, start).map(end::isAfter).orElse(false);
    }

    /** The row's limit in words, for a refusal: "6 months". */
    public static String limit(LegalBasisTerms basis) {
        return basis.grantMonths() == null ? "no limit" : basis.grantMonths() + " months";
    }

    private static LocalDate lastDay(LocalDate start, int months) {
        LocalDate sameDate = start.plusMonths(months); // clamped to the month's end when the date is missing
        LocalDate firstDayAfter = sameDate.getDayOfMonth() == start.getDayOfMonth() ? sameDate : sameDate.plusDays(1);
        return firstDayAfter.minusDays(1);
    }
}
