package dk.mentor.refusion.domain;

/** What caused a ledger line; several kinds are one expense type for the rules. */
public enum LineKind {
    MEETING(ExpenseType.WAGE),
    TRANSPORT(ExpenseType.WAGE),
    CANCELLATION(ExpenseType.WAGE),
    TRAINING(ExpenseType.TRAINING),
    /** The mentor's own hours at a training session, when their terms pay them (000 p.20 point 8). */
    TRAINING_WAGE(ExpenseType.TRAINING),
    FEE(ExpenseType.FEE);

    private final ExpenseType expenseType;

    LineKind(ExpenseType expenseType) {
        this.expenseType = expenseType;
    }

    public ExpenseType expenseType() {
        return expenseType;
    }
}
