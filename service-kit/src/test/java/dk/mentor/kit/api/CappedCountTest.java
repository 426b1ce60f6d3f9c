package dk.mentor.kit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CappedCountTest {

    @Test
    void shouldCountOneRowBeyondTheCapToTellExactlyFromMore() {
        assertEquals(1001, CappedCount.limit(new PageRequest(0, 20), 1000));
        assertEquals(new CappedCount(1000, false), CappedCount.of(1000, 1001));
        assertEquals(new CappedCount(1000, true), CappedCount.of(1001, 1001));
    }

    @Test
    void shouldAlwaysCountAPageBeyondTheCap() {
        long limit = CappedCount.limit(new PageRequest(60, 20), 1000);
        assertEquals(1221, limit);
        assertEquals(new CappedCount(1207, false), CappedCount.of(1207, limit));
    }

    @Test
    void shouldWriteTheLimitIntoTheCountRoundedUpToAPowerOfTwo() {
        assertEquals(1024, CappedCounts.statementLimit(1001));
        assertEquals(1024, CappedCounts.statementLimit(1024));
        assertEquals(2048, CappedCounts.statementLimit(1025));
        assertEquals(2, CappedCounts.statementLimit(2));
        assertEquals(1, CappedCounts.statementLimit(1));
    }

    @Test
    void shouldPageOnWhileACappedPageIsFull() {
        Page<String> capped = Page.of(java.util.List.of("a", "b"), new PageRequest(0, 2), new CappedCount(3, true), s -> s);
        assertEquals(3, capped.totalItems());
        assertEquals(true, capped.totalItemsCapped());
    }
}
