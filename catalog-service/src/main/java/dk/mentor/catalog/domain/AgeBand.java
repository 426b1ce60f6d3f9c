package dk.mentor.catalog.domain;

/**
 * A mentee's age as a band, not a birth date (data minimisation): the target group is refugees and
 * immigrants aged 16-64 (004 p.5), with the education track's young people and adults over 30 apart (004 p.16).
 */
public enum AgeBand {
    AGE_16_17("16-17 år"),
    AGE_18_24("18-24 år"),
    AGE_25_29("25-29 år"),
    AGE_30_39("30-39 år"),
    AGE_40_64("40-64 år");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
