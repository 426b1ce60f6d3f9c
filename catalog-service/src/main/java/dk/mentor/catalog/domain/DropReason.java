package dk.mentor.catalog.domain;

/**
 * Why a volunteer or a mentee left the pipeline or a match before its time (004 §5.14 and the limits in
 * §5.12): coded, so drop-outs can be counted, with the Danish label users read.
 */
public enum DropReason {
    /** The mentor "said yes to too much" (004 p.8). */
    NO_TIME("Har ikke tid"),
    /** The mentor or mentee wants to end (004 p.8). */
    WANTS_TO_END("Ønsker at stoppe"),
    /** The pair did not work: "what to do if the mentorship does not work?" (004 p.8). */
    MATCH_NOT_WORKING("Makkerskabet fungerede ikke"),
    /** Not approved at the interview or by the child-protection certificate (004 pp.8, 9). */
    NOT_APPROVED("Ikke godkendt"),
    /** Crime, lack of abilities or motivation: outside what volunteers can carry (004 pp.4, 10, 19). */
    OUTSIDE_TARGET_GROUP("Uden for målgruppen"),
    /** Very field-specific wishes no volunteer could meet (004 pp.4, 10). */
    NO_SUITABLE_MATCH("Intet passende match"),
    /** Contact not allowed, e.g. by the Prison and Probation Service (004 p.20). */
    CONTACT_NOT_ALLOWED("Kontakt ikke tilladt"),
    /** No longer needs a mentor. */
    NO_LONGER_NEEDED("Har ikke længere brug for en mentor"),
    /** Moved away from the corps' area. */
    MOVED("Fraflyttet"),
    /** The corps lost contact. */
    LOST_CONTACT("Kontakten ophørt"),
    OTHER("Andet");

    private final String label;

    DropReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
