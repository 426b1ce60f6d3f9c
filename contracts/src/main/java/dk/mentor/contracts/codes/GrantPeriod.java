package dk.mentor.contracts.codes;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long one grant of mentor support may run. LAB § 167 (from 2020) grants mentor support for up
 * to 6 months at a time, renewable after an assessment. The sources give no such limit for the
 * bases before it (§ 78, § 31 b), nor for the integration act or the social services act, so only
 * § 167 is limited. Matching (the referral's period) and followup (the written agreement) both ask
 * here, so they agree on the last day a grant covers.
 */
public final class GrantPeriod {

    static final int LAB_167_MONTHS = 6;

    private GrantPeriod() {
    }

    /**
     * The last day a grant under the basis starting on {@code start} may cover, or empty when the
     * basis sets no limit. Counted as periods in months are: the grant ends the day before the same
     * date six months on, and where that month has no such date (a start on 31 August), at the end
     * of that month. So a grant from 1 December covers 31 May, one from 31 August covers 28 February.
     */
    public static Optional<LocalDate> lastDay(LegalBasis basis, LocalDate start) {
        Objects.requireNonNull(start, "start");
        if (basis != LegalBasis.LAB_MENTOR) {
            return Optional.empty();
        }
        LocalDate sameDate = start.plusMonths(LAB_167_MONTHS); // clamped to the month's end when the date is missing
        LocalDate firstDayAfter = sameDate.getDayOfMonth() == start.getDayOfMonth() ? sameDate : sameDate.plusDays(1);
        return Optional.of(firstDayAfter.minusDays(1));
    }

    /** Whether a grant from {@code start} to {@code end} (inclusive) is longer than the basis allows at a time. */
    public static boolean exceeds(LegalBasis basis, LocalDate start, LocalDate end) {
        return lastDay(basis, start).map(end::isAfter).orElse(false);
    }

    /** The limit in words, for a refusal: "6 months". */
    public static String limit(LegalBasis basis) {
        return basis == LegalBasis.LAB_MENTOR ? LAB_167_MONTHS + " months" : "no limit";
    }
}
