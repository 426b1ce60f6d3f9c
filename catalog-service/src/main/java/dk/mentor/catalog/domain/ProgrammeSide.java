package dk.mentor.catalog.domain;

/** The two sides a volunteer programme recruits (004 p.7): volunteer mentors and the mentees they meet. */
public enum ProgrammeSide {
    VOLUNTEER("Frivillig mentor"),
    MENTEE("Mentee");

    private final String label;

    ProgrammeSide(String label) {
        this.label = label;
    }

    /** The Danish name users read. */
    public String label() {
        return label;
    }
}
