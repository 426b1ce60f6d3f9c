package dk.mentor.followup.domain.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Statistical disclosure control of a status report's counts, so no citizen can be singled out.
 *
 * <p>Primary: a count of 1 to 4 citizens is suppressed; 0 is shown, since it singles no one out.
 * Secondary: the report's counts are tied by sums a reader can redo (a municipality's closures by
 * status add up to its closures, the municipalities add up to the programme). Where such a sum has
 * exactly one suppressed cell among its parts and its total, that cell could be recovered by
 * subtraction, so one more is suppressed: the smallest non-zero part not yet suppressed, else the
 * smallest part, else the total. This repeats over all sums until none has exactly one suppressed
 * cell. A suppressed cell is shown the same way whether primary or secondary, because telling them
 * apart would narrow down the small one. The check is per sum, which is what a reader of one table
 * can redo by hand; it does not solve the whole table as a linear system.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    /** A sum the report shows: its parts add up to its total. */
    public record Sum(List<Cell> parts, Cell total) {
    }

    /** One count of the report and whether it is shown. */
    public static final class Cell {
        private final long count;
        private boolean suppressed;

        public Cell(long count) {
            this.count = count;
            this.suppressed = count > 0 && count < THRESHOLD;
        }

        public long count() { return count; }
        public boolean suppressed() { return suppressed; }
        /** The count as shown: null when suppressed. */
        public Long shown() { return suppressed ? null : count; }
    }

    private Suppression() {
    }

    /** Suppresses further cells until no sum lets a suppressed cell be recovered; the cells change in place. */
    public static void protect(List<Sum> sums) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                long hidden = sum.parts().stream().filter(Cell::suppressed).count() + (sum.total().suppressed() ? 1 : 0);
                if (hidden == 1) {
                    nextToHide(sum).suppressed = true;
                    changed = true;
                }
            }
        }
    }

    private static Cell nextToHide(Sum sum) {
        Comparator<Cell> smallest = Comparator.comparingLong(Cell::count);
        List<Cell> shownParts = sum.parts().stream().filter(c -> !c.suppressed()).toList();
        Optional<Cell> nonZero = shownParts.stream().filter(c -> c.count() > 0).min(smallest);
        return nonZero.or(() -> shownParts.stream().min(smallest)).orElse(sum.total());
    }
}
