package dk.mentor.kit.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.kit.api.InvalidParameterException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedQueryTest {

    @Test
    void shouldDefaultToTheFeedsStartAndAHundredEvents() {
        FeedQuery query = FeedQuery.of(null, null, null, Set.of("0751"));

        assertEquals(Optional.empty(), query.after());
        assertEquals(100, query.limit());
        assertEquals(Set.of(), query.types());
    }

    @Test
    void shouldReadAZeroPaddedCursorAndWriteItBackTheSame() {
        FeedCursor cursor = FeedQuery.of("0000000000000000042", List.of(), 500, Set.of()).after().orElseThrow();

        assertEquals(42, cursor.position());
        assertEquals("0000000000000000042", cursor.toString());
        assertEquals(FeedCursor.parse("42"), cursor);
    }

    @Test
    void shouldRefuseACursorBeyondALong() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> FeedCursor.parse("9999999999999999999"));

        assertEquals("after", e.parameter());
    }
}
