package dk.mentor.followup.domain.programme;

import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.followup.domain.registration.Registration;
import dk.mentor.followup.domain.registration.RegistrationKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one enrolled plan's registrations say about one quarter: whether the course ran in it, started,
 * was still running at its end or closed (and how), whether it was registered quarterly, how the
 * labour-market rating moved, how long the course had lasted, and the company mentor's registered cost.
 *
 * @param daysInCourse    days from the start to the closure (closed in the quarter) or to the quarter's end
 * @param scoreChange     the last labour-market rating up to the quarter's end minus the first; null with fewer than two
 * @param registeredCost  the start registration's monthly company-mentor cost for the days of the quarter the course ran
 */
public record CourseFacts(UUID planId, String municipality, LocalDate startedOn, boolean startedInQuarter,
                          boolean activeAtEnd, LocalDate closedOn, ClosureOutcome closureStatus,
                          int quarterlyRegistrations, Integer firstScore, Integer lastScore, Integer scoreChange,
                          long daysInCourse, BigDecimal registeredCost) {

    /** Twelve months over a year's days: a monthly cost per day. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    /** A rating on a day. */
    public record Rating(LocalDate on, int score) {
    }

    /**
     * The facts of a course in a quarter, or empty when it did not run in it (no start registration,
     * started after the quarter, or closed before it).
     */
    public static Optional<CourseFacts> of(UUID planId, String municipality, List<Registration> registrations,
                                           List<Rating> ratings, Quarter quarter) {
        LocalDate from = quarter.from();
        LocalDate to = quarter.to();
        Optional<Registration> start = first(registrations, RegistrationKind.START);
        if (start.isEmpty() || start.get().registeredOn().isAfter(to)) {
            return Optional.empty();
        }
        Optional<Registration> closure = first(registrations, RegistrationKind.CLOSURE).filter(c -> !c.registeredOn().isAfter(to));
        LocalDate started = start.get().registeredOn();
        LocalDate closed = closure.map(Registration::registeredOn).orElse(null);
        if (closed != null && closed.isBefore(from)) {
            return Optional.empty();
        }
        int quarterly = (int) registrations.stream().filter(r -> r.kind() == RegistrationKind.QUARTERLY
                && !r.registeredOn().isBefore(from) && !r.registeredOn().isAfter(to)).count();
        List<Rating> upToEnd = ratings.stream().filter(r -> !r.on().isAfter(to))
                .sorted(Comparator.comparing(Rating::on)).toList();
        Integer firstScore = upToEnd.isEmpty() ? null : upToEnd.get(0).score();
        Integer lastScore = upToEnd.isEmpty() ? null : upToEnd.get(upToEnd.size() - 1).score();
        Integer change = upToEnd.size() < 2 ? null : lastScore - firstScore;
        LocalDate end = closed != null ? closed : to;
        LocalDate runFrom = started.isAfter(from) ? started : from;
        BigDecimal monthly = start.get().companyMentorMonthlyCost();
        BigDecimal cost = monthly == null ? BigDecimal.ZERO.setScale(2)
                : monthly.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(runFrom, end) + 1))
                        .divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
        return Optional.of(new CourseFacts(planId, municipality, started, !started.isBefore(from), closed == null,
                closed, closure.map(Registration::closureStatus).orElse(null), quarterly, firstScore, lastScore, change,
                ChronoUnit.DAYS.between(started, end), cost));
    }

    private static Optional<Registration> first(List<Registration> registrations, RegistrationKind kind) {
        return registrations.stream().filter(r -> r.kind() == kind).min(Comparator.comparing(Registration::registeredOn));
    }
}
