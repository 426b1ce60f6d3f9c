package dk.mentor.testing.cpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Cpr;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RandomCprTest {

    private static final LocalDate FIRST = LocalDate.of(1960, 1, 1);
    private static final LocalDate LAST = FIRST.plusDays(15_000);

    /** The product's own parser reads every drawn number as a real date in the range, its century from the serial. */
    @Test
    void shouldDrawNumbersWhoseSerialNamesTheBirthsCentury() {
        for (int i = 0; i < 20_000; i++) {
            String drawn = RandomCpr.next();
            assertEquals(10, drawn.length(), "ten digits");
            LocalDate birth = Cpr.parse(drawn).birthDate(); // throws on a date that does not exist
            assertFalse(birth.isBefore(FIRST), "born in or after 1960");
            assertTrue(birth.isBefore(LAST), "born before the range's end");
        }
    }
}
