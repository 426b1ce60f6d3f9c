package dk.mentor.followup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Minutes of a meeting spent under one legal basis; only some bases are refundable, so each is counted apart. */
@Embeddable
public class MinutesUnderBasis {

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private int minutes;

    protected MinutesUnderBasis() {
    }

    public MinutesUnderBasis(String legalBasis, int minutes) {
        this.legalBasis = legalBasis;
        this.minutes = minutes;
    }

    public String legalBasis() { return legalBasis; }
    public int minutes() { return minutes; }
}
