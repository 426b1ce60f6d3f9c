package dk.mentor.followup.domain.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.followup.domain.programme.Suppression.Cell;
import dk.mentor.followup.domain.programme.Suppression.Sum;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void shouldSuppressOneToFourButShowZeroAndFive() {
        assertFalse(new Cell(0).suppressed());
        assertTrue(new Cell(1).suppressed());
        assertTrue(new Cell(4).suppressed());
        assertFalse(new Cell(5).suppressed());
        assertNull(new Cell(3).shown());
        assertEquals(5L, new Cell(5).shown());
    }

    @Test
    void shouldSuppressTheSmallestOtherPartWhenOneSuppressedPartCouldBeRecovered() {
        Cell aarhus = new Cell(9);
        Cell kobenhavn = new Cell(6);
        Cell skanderborg = new Cell(2);
        Cell total = new Cell(17);
        Suppression.protect(List.of(new Sum(List.of(aarhus, kobenhavn, skanderborg), total)));
        assertTrue(skanderborg.suppressed());
        assertTrue(kobenhavn.suppressed(), "17 - 9 - 6 would give Skanderborg's 2 away");
        assertFalse(aarhus.suppressed());
        assertFalse(total.suppressed());
    }

    @Test
    void shouldProtectASuppressedTotalWhosePartsAreAllShown() {
        Cell job = new Cell(0);
        Cell education = new Cell(0);
        Cell closed = new Cell(0);
        Cell small = new Cell(3);
        // closed (0) + small (3) = citizens (3): citizens is suppressed, its parts would give it away.
        Suppression.protect(List.of(new Sum(List.of(closed, small), new Cell(3)), new Sum(List.of(job, education), closed)));
        assertTrue(small.suppressed());
        assertFalse(closed.suppressed(), "two suppressed cells in the sum already");
    }

    @Test
    void shouldCarrySecondarySuppressionAcrossSumsUntilNoneHasExactlyOne() {
        // Two municipalities, each with active + closed = citizens, and both rows summed to a total.
        Cell activeA = new Cell(7);
        Cell closedA = new Cell(2);
        Cell citizensA = new Cell(9);
        Cell activeB = new Cell(8);
        Cell closedB = new Cell(6);
        Cell citizensB = new Cell(14);
        Cell activeT = new Cell(15);
        Cell closedT = new Cell(8);
        Cell citizensT = new Cell(23);
        List<Sum> sums = List.of(new Sum(List.of(activeA, closedA), citizensA), new Sum(List.of(activeB, closedB), citizensB),
                new Sum(List.of(activeT, closedT), citizensT), new Sum(List.of(activeA, activeB), activeT),
                new Sum(List.of(closedA, closedB), closedT), new Sum(List.of(citizensA, citizensB), citizensT));
        Suppression.protect(sums);
        for (Sum sum : sums) {
            long hidden = sum.parts().stream().filter(Cell::suppressed).count() + (sum.total().suppressed() ? 1 : 0);
            assertTrue(hidden != 1, "a sum with exactly one suppressed cell gives it away");
        }
        assertTrue(closedA.suppressed() && activeA.suppressed() && closedB.suppressed());
    }
}
