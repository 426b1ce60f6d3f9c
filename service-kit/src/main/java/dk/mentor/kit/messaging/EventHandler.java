package dk.mentor.kit.messaging;

/** Applies one event to a service's own state; runs inside the consumer's transaction. */
@FunctionalInterface
public interface EventHandler {
    void apply(IncomingEvent event) throws Exception;
}
