package dk.mentor.contracts.events.followup;

import java.util.Objects;

/**
 * Minutes of a meeting spent under one legal basis. A mentor who is both the citizen's LAB mentor
 * and § 85 support contact person splits a meeting into two of these, so each law pays its own part.
 *
 * @param legalBasis a LEGAL_BASIS code, e.g. LAB_167 or SEL_85
 * @param minutes    the minutes spent under it, one or more
 */
public record MinutesUnderBasis(String legalBasis, int minutes) {

    public MinutesUnderBasis {
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be at least 1: " + minutes);
        }
    }
}
