package dk.mentor.matching.infra.messaging;

import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.kit.messaging.EventHandler;
import dk.mentor.matching.application.ApplyMentorEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class MentorEventsConsumer implements EventChannel {

    static final String CONSUMER = "matching-service.mentor-events";

    @Inject
    EventConsumer consumer;

    @Inject
    ApplyMentorEvent applyMentorEvent;

    @Incoming("mentor-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume(this, record);
    }

    @Override
    public String consumerName() {
        return CONSUMER;
    }

    @Override
    public EventHandler handler() {
        return applyMentorEvent.routes();
    }
}
