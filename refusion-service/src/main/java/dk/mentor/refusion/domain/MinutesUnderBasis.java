package dk.mentor.refusion.domain;

/** Minutes of a meeting spent under one legal basis (a mentor in a double role splits a meeting). */
public record MinutesUnderBasis(String legalBasis, int minutes) {
}
