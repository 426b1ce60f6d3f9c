package dk.mentor.contracts.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    @Test
    void shouldListExactly98DistinctMunicipalitiesSortedByCode() {
        List<MunicipalityCode> all = MunicipalityCode.all();

        assertEquals(98, all.size());
        assertEquals(98, new HashSet<>(all.stream().map(MunicipalityCode::code).toList()).size());
        assertEquals(98, new HashSet<>(all.stream().map(MunicipalityCode::name).toList()).size());
        assertEquals(all.stream().sorted().toList(), all);
        assertEquals("0101", all.get(0).code());
        assertEquals("0860", all.get(97).code());
    }

    @Test
    void shouldUseFourDigitCodesOnly() {
        assertTrue(MunicipalityCode.all().stream().allMatch(m -> m.code().matches("[0-9]{4}")));
    }

    @ParameterizedTest
    @CsvSource({
        "0101, København", "0147, Frederiksberg", "0400, Bornholm", "0461, Odense", "0492, Ærø",
        "0746, Skanderborg", "0751, Aarhus", "0760, Ringkøbing-Skjern", "0851, Aalborg", "0860, Hjørring"
    })
    void shouldKnowOfficialNames(String code, String name) {
        assertEquals(name, MunicipalityCode.of(code).name());
    }

    @Test
    void shouldNormaliseThreeDigitCode() {
        assertSame(MunicipalityCode.of("0101"), MunicipalityCode.of("101"));
        assertEquals("0751", MunicipalityCode.of("751").code());
        assertTrue(MunicipalityCode.isValid("851"));
    }

    @Test
    void shouldRejectChristiansoeWhichIsNotAMunicipality() {
        assertFalse(MunicipalityCode.isValid("0411"));
        assertFalse(MunicipalityCode.isValid("411"));
        assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.of("0411"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0000", "9999", "abcd", "01", "00101", " 0101", "0101 ", "1O1", "0102", "٠١٠١"})
    void shouldRejectEverythingElse(String value) {
        assertFalse(MunicipalityCode.isValid(value));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.of(value));
        assertTrue(error.getMessage().contains("'" + value + "'"), error.getMessage());
    }

    @Test
    void shouldPrintAsCodeAndCompareByCode() {
        MunicipalityCode aarhus = MunicipalityCode.of("0751");

        assertEquals("0751", aarhus.toString());
        assertEquals(aarhus, MunicipalityCode.of("751"));
        assertEquals(aarhus.hashCode(), MunicipalityCode.of("751").hashCode());
        assertTrue(aarhus.compareTo(MunicipalityCode.of("0851")) < 0);
    }
}
