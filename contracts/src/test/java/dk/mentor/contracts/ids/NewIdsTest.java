package dk.mentor.contracts.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewIdsTest {

    private static final long MADE_AT = Instant.parse("2026-12-07T02:30:00.123Z").toEpochMilli();

    @Test
    void shouldBeVersion7OfTheRfcVariant() {
        UUID id = NewIds.next();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void shouldHoldTheMillisecondItWasMadeInItsFirst48Bits() {
        UUID id = NewIds.at(MADE_AT);

        assertEquals(MADE_AT, id.getMostSignificantBits() >>> 16);
        assertTrue(id.toString().replace("-", "").startsWith("%012x".formatted(MADE_AT)), id.toString());
    }

    /** PostgreSQL orders uuids by their bytes, which is the order of their text: a later id sorts after. */
    @Test
    void shouldSortAfterEveryIdMadeInAnEarlierMillisecond() {
        List<String> texts = new ArrayList<>();
        for (long millis = MADE_AT; millis < MADE_AT + 2_000; millis += 7) {
            texts.add(NewIds.at(millis).toString());
        }

        assertEquals(texts.stream().sorted().toList(), texts);
    }

    @Test
    void shouldDifferWithinOneMillisecond() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(NewIds.at(MADE_AT));
        }

        assertEquals(100_000, ids.size());
    }
}
