package dk.mentor.matching.infra.messaging;

import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.matching.application.ApplyMentorEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class MentorEventsConsumer {

    static final String CONSUMER = "matching-service.mentor-events";

    @Inject
    EventConsumer consumer;

    @Inject
    ApplyMentorEvent applyMentorEvent;

    @Incoming("mentor-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(CONSUMER, records, applyMentorEvent.routes());
    }

    /** The channel as a bean, so an operator can replay its dead letters. */
    @Produces
    @Singleton
    EventChannel channel() {
        return EventChannel.of(CONSUMER, applyMentorEvent::routes);
    }
}
