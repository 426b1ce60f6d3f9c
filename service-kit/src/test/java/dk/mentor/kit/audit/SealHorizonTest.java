package dk.mentor.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.kit.audit.SealHorizon.Observation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SealHorizonTest {

    private final SealHorizon horizon = new SealHorizon();

    @Test
    void shouldSettleEverythingVisibleWhenNoTransactionIsWritingEntries() {
        assertEquals(10, horizon.advance(new Observation(10, Set.of())));
        assertEquals(12, horizon.advance(new Observation(12, Set.of())));
    }

    @Test
    void shouldWaitUntilEveryTransactionWritingAtTheObservationHasEnded() {
        assertEquals(0, horizon.advance(new Observation(10, Set.of("3/7", "4/2"))));
        assertEquals(0, horizon.advance(new Observation(14, Set.of("4/2", "5/1"))), "4/2 may still commit an entry below 10");
        assertEquals(10, horizon.advance(new Observation(15, Set.of("5/1"))), "the writers seen at 10 have ended");
    }

    @Test
    void shouldWatchTheNextObservationOnceTheWaitingOneSettles() {
        horizon.advance(new Observation(10, Set.of("3/7")));
        assertEquals(10, horizon.advance(new Observation(20, Set.of("6/1"))));
        assertEquals(10, horizon.advance(new Observation(25, Set.of("6/1", "7/3"))));
        assertEquals(20, horizon.advance(new Observation(30, Set.of("7/3"))));
    }

    @Test
    void shouldNeverGoBack() {
        assertEquals(10, horizon.advance(new Observation(10, Set.of())));
        assertEquals(10, horizon.advance(new Observation(12, Set.of("3/7"))));
        assertEquals(10, horizon.advance(new Observation(12, Set.of("3/7"))));
    }
}
