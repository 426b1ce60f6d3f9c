package dk.mentor.kit.messaging;

/** Applies one event to a service's own state; runs inside the consumer's transaction. */
@FunctionalInterface
public interface EventHandler {
    void apply(IncomingEvent event) throws Exception;

    /**
     * Whether {@code event} may be left unapplied because {@code later}, about the same subject and in the same
     * poll, leaves alone the state both would ({@link EventRoutes#skipWhenFollowedBy}). The skipped event is
     * still recorded in the inbox.
     */
    default boolean coveredBy(IncomingEvent event, IncomingEvent later) {
        return false;
    }
}
