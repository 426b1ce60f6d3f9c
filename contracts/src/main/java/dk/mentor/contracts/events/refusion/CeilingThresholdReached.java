package dk.mentor.contracts.events.refusion;

import static dk.mentor.contracts.events.Require.notNegative;
import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A municipality's consumption under a ceiling passed 80 % or 100 % in a year. Spending may go on,
 * but refunds stop at the ceiling. Topic {@code refusion.claim.v1}, key and subject
 * {@code <municipality>:<year>:<ceilingKind>}.
 *
 * @param municipality         the kommunekode
 * @param year                 the calendar year
 * @param ceilingKind          RAADIGHEDSBELOEB, REFUSION_CEILING or SPENDING_CAP_PER_FULL_TIME_PERSON
 * @param thresholdPercent     80 or 100
 * @param consumed             the amount counted against the ceiling so far, in kroner
 * @param ceilingAmount        the ceiling, in kroner
 * @param forecastOverrunOn    the day the run rate reaches the ceiling, or null when it will not this year
 * @param reachedAt            when the threshold was passed
 * @param regime               the regime whose ceiling it is (each regime's ceiling of a kind is its own pot);
 *                             null only on events published before ceilings were kept per regime
 */
public record CeilingThresholdReached(String municipality, int year, String ceilingKind, int thresholdPercent,
                                      BigDecimal consumed, BigDecimal ceilingAmount, LocalDate forecastOverrunOn,
                                      Instant reachedAt, String regime) implements EventPayload {

    public static final EventType TYPE = new EventType("refusion", "CeilingThresholdReached", 1);

    public CeilingThresholdReached {
        municipality = MunicipalityCode.of(municipality).code();
        present(ceilingKind, "ceilingKind");
        if (thresholdPercent != 80 && thresholdPercent != 100) {
            throw new IllegalArgumentException("thresholdPercent must be 80 or 100: " + thresholdPercent);
        }
        notNegative(consumed, "consumed");
        notNegative(ceilingAmount, "ceilingAmount");
        present(reachedAt, "reachedAt");
    }

    @Override
    public String subject() {
        return municipality + ":" + year + ":" + ceilingKind;
    }

    @Override
    public String municipality() {
        return municipality;
    }
}
