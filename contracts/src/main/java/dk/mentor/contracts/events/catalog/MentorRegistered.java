package dk.mentor.contracts.events.catalog;

import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A mentor was registered in the catalog. Topic {@code catalog.mentor.v1}, key and subject
 * {@code mentorId}, municipality {@code homeMunicipality}. Schema:
 * {@code schemas/dk.mentor.catalog.MentorRegistered.v1.json}.
 *
 * <p>Codes from lists that reforms extend ({@code kind}, {@code legalBases}) are strings checked by
 * the schema on the producer side, not by this record, so a consumer built against an older
 * version of this module can still read an event that uses a newer code.
 *
 * @param mentorId             the mentor's id in catalog-service
 * @param homeMunicipality     4-digit kommunekode of the municipality that registered and owns the mentor
 * @param kind                 a {@link MentorKind} name
 * @param legalBases           LEGAL_BASIS codes (catalog's code list) the mentor may act under; empty for a volunteer
 * @param capacityCitizens     how many citizens the mentor can follow at the same time
 * @param capacityHoursPerWeek mentor hours available per week
 * @param registeredAt         when the mentor was registered
 */
public record MentorRegistered(UUID mentorId, String homeMunicipality, String kind, List<String> legalBases,
                               int capacityCitizens, BigDecimal capacityHoursPerWeek, Instant registeredAt)
        implements EventPayload {

    public static final EventType TYPE = new EventType("catalog", "MentorRegistered", 1);

    public MentorRegistered {
        Objects.requireNonNull(mentorId, "mentorId");
        homeMunicipality = MunicipalityCode.of(homeMunicipality).code();
        Objects.requireNonNull(kind, "kind");
        legalBases = List.copyOf(Objects.requireNonNull(legalBases, "legalBases"));
        if (new HashSet<>(legalBases).size() != legalBases.size()) {
            throw new IllegalArgumentException("legalBases has duplicates: " + legalBases);
        }
        if (capacityCitizens < 0) {
            throw new IllegalArgumentException("capacityCitizens must not be negative: " + capacityCitizens);
        }
        if (capacityHoursPerWeek == null || capacityHoursPerWeek.signum() < 0) {
            throw new IllegalArgumentException("capacityHoursPerWeek must be zero or more: " + capacityHoursPerWeek);
        }
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    @Override
    public String subject() {
        return mentorId.toString();
    }

    @Override
    public String municipality() {
        return homeMunicipality;
    }
}
