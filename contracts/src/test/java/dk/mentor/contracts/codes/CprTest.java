package dk.mentor.contracts.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CprTest {

    // 070761-4285 has a digit sum of 4*0+3*7+2*0+7*7+6*6+5*1+4*4+3*2+2*8+1*5 = 154 = 14 * 11.
    private static final String PASSES_MOD_11 = "070761-4285";
    private static final String FAILS_MOD_11 = "010190-1235";

    @Test
    void shouldAcceptNumberPassingModulus11() {
        Cpr cpr = Cpr.parse(PASSES_MOD_11);

        assertTrue(cpr.passesModulus11());
        assertEquals(LocalDate.of(1961, 7, 7), cpr.birthDate());
        assertEquals("0707614285", cpr.digits());
    }

    @Test
    void shouldAcceptNumberFailingModulus11BecauseCprIssuesSuchNumbersSince2007() {
        Cpr cpr = Cpr.parse(FAILS_MOD_11);

        assertFalse(cpr.passesModulus11());
        assertEquals(LocalDate.of(1990, 1, 1), cpr.birthDate());
        assertTrue(Cpr.isValid(FAILS_MOD_11));
    }

    @Test
    void shouldAcceptBothFormsAndSurroundingWhitespace() {
        assertEquals(Cpr.parse("0707614285"), Cpr.parse(PASSES_MOD_11));
        assertEquals(Cpr.parse(" 070761-4285\t"), Cpr.parse(PASSES_MOD_11));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // first serial digit 0-3: always 1900s
        "010100-0000, 1900-01-01", "311299-3999, 1999-12-31",
        // 4 and 9: 2000s up to year 36, else 1900s
        "010136-4000, 2036-01-01", "010137-4000, 1937-01-01",
        "010100-9000, 2000-01-01", "010199-9000, 1999-01-01",
        // 5-8: 2000s up to year 57, else 1800s
        "010157-5000, 2057-01-01", "010158-5000, 1858-01-01",
        "010100-8000, 2000-01-01", "311299-8999, 1899-12-31"
    })
    void shouldDeriveCenturyFromFirstSerialDigitAndYear(String value, LocalDate birthDate) {
        assertEquals(birthDate, Cpr.parse(value).birthDate());
    }

    @Test
    void shouldAcceptTwentyNinthOfFebruaryOnlyInLeapYears() {
        assertEquals(LocalDate.of(2000, 2, 29), Cpr.parse("290200-4000").birthDate());
        assertEquals(LocalDate.of(1996, 2, 29), Cpr.parse("290296-1000").birthDate());
        // 1900 was not a leap year; the same digits with a 2000s serial are fine.
        assertFalse(Cpr.isValid("290200-1000"));
        assertFalse(Cpr.isValid("290201-4000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"320190-1234", "001090-1234", "011390-1234", "310490-1234", "000000-0000"})
    void shouldRejectDatesThatDoNotExist(String value) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Cpr.parse(value));

        assertTrue(error.getMessage().contains("no such birth date"), error.getMessage());
        assertNoDigitsOf(value, error);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"070761428", "07076142851", "0707-614285", "070761 4285", "07076l-4285", "070761--4285",
        "٠٧٠٧٦١٤٢٨٥"})
    void shouldRejectWrongFormatWithoutEchoingInput(String value) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Cpr.parse(value));

        assertFalse(Cpr.isValid(value));
        assertNoDigitsOf(value, error);
    }

    @Test
    void shouldNeverShowNumberInToString() {
        Cpr cpr = Cpr.parse(PASSES_MOD_11);

        assertEquals("Cpr[masked]", cpr.toString());
        assertFalse(String.valueOf(cpr).contains("0707"));
    }

    @Test
    void shouldBeEqualByDigits() {
        assertEquals(Cpr.parse(PASSES_MOD_11), Cpr.parse("0707614285"));
        assertEquals(Cpr.parse(PASSES_MOD_11).hashCode(), Cpr.parse("0707614285").hashCode());
        assertNotEquals(Cpr.parse(PASSES_MOD_11), Cpr.parse(FAILS_MOD_11));
    }

    private static void assertNoDigitsOf(String value, IllegalArgumentException error) {
        // A cause would carry its own message into stack traces and logs.
        assertNull(error.getCause());
        String digits = value == null ? "" : value.replaceAll("[^0-9]", "");
        for (int i = 0; i + 4 <= digits.length(); i++) {
            String run = digits.substring(i, i + 4);
            assertFalse(error.getMessage().contains(run), () -> "message leaks '" + run + "': " + error.getMessage());
        }
    }
}
