package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

    @Test
    void aCodeShowsAsTheMunicipalitysName() {
        assertEquals("Aarhus", Municipalities.municipalityName("0751"));
        assertEquals("København", Municipalities.municipalityName("0101"));
    }

    @Test
    void anythingElseShowsAsItIs() {
        assertEquals("9999", Municipalities.municipalityName("9999"));
        assertEquals("", Municipalities.municipalityName(null));
    }
}
