package dk.mentor.refusion.domain;

/** A well-formed request that the economics rules refuse (answers 422 with the reason). */
public class EconomicsRuleException extends RuntimeException {

    public EconomicsRuleException(String message) {
        super(message);
    }
}
