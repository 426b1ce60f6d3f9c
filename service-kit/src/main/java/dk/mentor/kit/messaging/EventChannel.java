package dk.mentor.kit.messaging;

import java.util.function.Supplier;

/**
 * One consumer of a service: the name its inbox rows and dead letters are kept under, and the handler
 * that applies its events. Every consumer is a bean of this type (the consumer bean itself, or a
 * producer of {@link #of} where one bean reads several channels), since replaying a dead letter must
 * run the very handler that gave up.
 */
public interface EventChannel {

    String consumerName();

    EventHandler handler();

    static EventChannel of(String consumerName, Supplier<? extends EventHandler> handler) {
        return new Named(consumerName, handler);
    }

    record Named(String consumerName, Supplier<? extends EventHandler> routes) implements EventChannel {
        @Override
        public EventHandler handler() {
            return routes.get();
        }
    }
}
