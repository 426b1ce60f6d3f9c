package dk.mentor.kit.outbox;

/** The outbox rows the relay has not sent: not yet positioned, or above its mark (db/kit V0_10). */
public final class UnsentRows {

    /** A condition on {@code outbox_message}'s columns, for a test's own query. */
    public static final String UNSENT = "(feed_position is null or feed_position > (select sent_through from outbox_relay))";

    private UnsentRows() {
    }
}
