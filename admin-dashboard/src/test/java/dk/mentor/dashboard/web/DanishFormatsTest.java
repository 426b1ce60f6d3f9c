package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DanishFormatsTest {

    @Test
    void amountsAreKronerWithDotsForThousandsAndACommaForØre() {
        assertEquals("12.345,50 kr", DanishFormats.kr(new BigDecimal("12345.5")));
        assertEquals("1.250.000,00 kr", DanishFormats.kr(new BigDecimal("1250000")));
        assertEquals("0,13 kr", DanishFormats.kr(new BigDecimal("0.125")));
        assertEquals("-45,00 kr", DanishFormats.kr(new BigDecimal("-45")));
    }

    @Test
    void numbersShowDecimalsOnlyWhenThereAreAny() {
        assertEquals("7,5", DanishFormats.number(new BigDecimal("7.50")));
        assertEquals("12", DanishFormats.number(new BigDecimal("12.00")));
        assertEquals("1.234,25", DanishFormats.number(new BigDecimal("1234.25")));
    }

    @Test
    void datesAreDayMonthYearWithDashes() {
        assertEquals("03-12-2026", DanishFormats.dk(LocalDate.of(2026, 12, 3)));
    }

    @Test
    void nothingShowsAsNothing() {
        assertEquals("", DanishFormats.kr(null));
        assertEquals("", DanishFormats.number(null));
        assertEquals("", DanishFormats.dk(null));
    }
}
