package dk.mentor.contracts.events.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.contracts.events.SamplePayloads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentorRegisteredTest {

    private final MentorRegistered sample = SamplePayloads.mentorRegistered();

    @Test
    void shouldUseMentorIdAsSubjectAndHomeMunicipalityAsMunicipality() {
        assertEquals("dk.mentor.catalog.MentorRegistered.v1", MentorRegistered.TYPE.value());
        assertEquals(sample.mentorId().toString(), sample.subject());
        assertEquals("0751", sample.municipality());
    }

    @Test
    void shouldNormaliseThreeDigitMunicipality() {
        assertEquals("0751", withMunicipality("751").homeMunicipality());
    }

    @Test
    void shouldRejectWhatNoMunicipalityHas() {
        assertThrows(IllegalArgumentException.class, () -> withMunicipality("0411"));
        assertThrows(IllegalArgumentException.class, () -> withMunicipality(null));
    }

    @Test
    void shouldKeepItsOwnCopyOfLegalBases() {
        List<String> bases = new ArrayList<>(List.of("LAB_167"));
        MentorRegistered event = withLegalBases(bases);
        bases.add("SEL_85");

        assertEquals(List.of("LAB_167"), event.legalBases());
        assertThrows(UnsupportedOperationException.class, () -> event.legalBases().add("SEL_99"));
    }

    @Test
    void shouldRejectDuplicateOrMissingLegalBases() {
        assertThrows(IllegalArgumentException.class, () -> withLegalBases(List.of("LAB_167", "LAB_167")));
        assertThrows(NullPointerException.class, () -> withLegalBases(null));
    }

    @Test
    void shouldRejectNegativeCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new MentorRegistered(sample.mentorId(),
                sample.homeMunicipality(), sample.kind(), sample.legalBases(), -1, sample.capacityHoursPerWeek(),
                sample.registeredAt()));
        assertThrows(IllegalArgumentException.class, () -> new MentorRegistered(sample.mentorId(),
                sample.homeMunicipality(), sample.kind(), sample.legalBases(), 1, new BigDecimal("-0.5"),
                sample.registeredAt()));
    }

    private MentorRegistered withMunicipality(String municipality) {
        return new MentorRegistered(sample.mentorId(), municipality, sample.kind(), sample.legalBases(),
                sample.capacityCitizens(), sample.capacityHoursPerWeek(), sample.registeredAt());
    }

    private MentorRegistered withLegalBases(List<String> legalBases) {
        return new MentorRegistered(sample.mentorId(), sample.homeMunicipality(), sample.kind(), legalBases,
                sample.capacityCitizens(), sample.capacityHoursPerWeek(), sample.registeredAt());
    }
}
