package dk.mentor.refusion.domain;

/**
 * How settled a rule row is. A claim, a ceiling or a report that rests on a rule that is not
 * {@link #IN_FORCE} says so, so that nobody mistakes a bill or an open question for law.
 * Declared from the most to the least settled: {@link #weakest} picks the later one.
 */
public enum RuleStatus {

    /** Rests on an adopted act or the authority's published guidance. */
    IN_FORCE("Gældende regel"),
    /** Rests on a bill or a draft figure that has not been adopted. */
    PROPOSED("Lovforslag: reglen er foreslået, men ikke vedtaget"),
    /** The sources do not settle the rate, the frame or the group: a best reading to be verified. */
    PLACEHOLDER("Foreløbig regel: kilderne afgør den ikke, og den skal efterprøves");

    private final String danishText;

    RuleStatus(String danishText) {
        this.danishText = danishText;
    }

    public String danishText() {
        return danishText;
    }

    public boolean settled() {
        return this == IN_FORCE;
    }

    /** The least settled status of the rows; in force when there are none. */
    public static RuleStatus weakestOf(java.util.Collection<RuleSet> rules) {
        return rules.stream().map(RuleSet::status).reduce(IN_FORCE, RuleStatus::weakest);
    }

    /** The less settled of the two; a claim is only as settled as its least settled rule. */
    public static RuleStatus weakest(RuleStatus a, RuleStatus b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
