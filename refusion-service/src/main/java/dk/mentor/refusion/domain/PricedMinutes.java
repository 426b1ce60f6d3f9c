package dk.mentor.refusion.domain;

import java.math.BigDecimal;

/** Priced minutes of one meeting under one legal basis, before a rule judges them. */
public record PricedMinutes(LineKind kind, String legalBasis, int minutes, BigDecimal hourlyRate, BigDecimal amount) {
}
