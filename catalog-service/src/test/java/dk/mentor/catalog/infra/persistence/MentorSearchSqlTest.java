package dk.mentor.catalog.infra.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.catalog.domain.MentorCriteria;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The caller's municipalities are the one value written into the search's text; only canonical codes get there. */
class MentorSearchSqlTest {

    private static final MentorCriteria ANY = new MentorCriteria(null, null, null, null, null, null, null, null, null,
            null, null, null, null, false, null, null, null);

    @Test
    void shouldWriteTheCallersMunicipalitiesAsCanonicalCodes() {
        assertEquals("'0101', '0751'", MentorSearchSql.literals(List.of("751", "0101")));

        MentorSearchSql sql = MentorSearchSql.of(ANY, new MentorRepository.Viewer(Set.of("0746"), null));

        assertTrue(sql.where().contains("m.home_municipality in ('0746')"), sql.where());
        assertTrue(sql.where().contains("m.shared_with && array['0746']"), sql.where());
        assertFalse(sql.parameters().containsKey("mine"));
    }

    @Test
    void shouldRefuseAnythingButAMunicipalityCode() {
        assertThrows(IllegalArgumentException.class, () -> MentorSearchSql.literals(List.of("0751') or true --")));
        assertThrows(IllegalArgumentException.class, () -> MentorSearchSql.literals(List.of("9999")));
    }

    @Test
    void shouldStillBindWhatTheCallerAsksFor() {
        MentorCriteria inLemvig = new MentorCriteria(null, "0665", null, null, null, null, null, null, null,
                null, null, null, null, false, null, null, null);

        MentorSearchSql sql = MentorSearchSql.of(inLemvig, new MentorRepository.Viewer(Set.of("0665"), null));

        assertEquals("0665", sql.parameters().get("home"));
        assertTrue(sql.where().contains("m.home_municipality = :home"), sql.where());
    }
}
