package dk.mentor.kit.messaging;

/**
 * One consumer of a service: the name its inbox rows and dead letters are kept under, and the handler
 * that applies its events. A consumer bean that implements this can have its dead letters replayed,
 * since the replay must run the very handler that gave up.
 */
public interface EventChannel {

    String consumerName();

    EventHandler handler();
}
