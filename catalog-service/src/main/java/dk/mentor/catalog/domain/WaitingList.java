package dk.mentor.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One side's waiting list: the vetted entries not yet matched nor dropped, longest waiting first, with the
 * days each has waited since being vetted. The source's end had "many mentees still under matching"
 * (004 p.11) while male mentors were in surplus (004 p.10), so both sides are listed.
 */
public record WaitingList(ProgrammeSide side, List<Waiting> entries, BigDecimal medianDays, Integer maxDays) {

    public record Waiting(ProgrammeEntry entry, int days) {
    }

    public static WaitingList of(ProgrammeSide side, Collection<ProgrammeEntry> all, LocalDate today) {
        List<Waiting> waiting = all.stream().filter(e -> e.side() == side && e.waiting())
                .map(e -> new Waiting(e, (int) ChronoUnit.DAYS.between(e.vettedOn(), today)))
                .sorted(Comparator.comparingInt(Waiting::days).reversed().thenComparing(w -> w.entry().id()))
                .toList();
        return new WaitingList(side, waiting, median(waiting), waiting.isEmpty() ? null : waiting.get(0).days());
    }

    /** The middle of the days, or the mean of the two middle ones; null for an empty list. */
    static BigDecimal median(List<Waiting> longestFirst) {
        int n = longestFirst.size();
        if (n == 0) {
            return null;
        }
        int upper = longestFirst.get(n / 2).days();
        if (n % 2 == 1) {
            return BigDecimal.valueOf(upper).setScale(1, RoundingMode.UNNECESSARY);
        }
        int lower = longestFirst.get(n / 2 - 1).days();
        return BigDecimal.valueOf(upper + lower).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
}
