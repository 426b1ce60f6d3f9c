package dk.mentor.catalog.infra.messaging;

import dk.mentor.catalog.application.ApplyMentorshipEvent;
import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.kit.messaging.EventHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Matching's mentorships, which raise and lower each mentor's load. */
@ApplicationScoped
public class MentorshipEventsConsumer implements EventChannel {

    static final String CONSUMER = "catalog-service";

    @Inject
    EventConsumer consumer;

    @Inject
    ApplyMentorshipEvent applyMentorshipEvent;

    @Incoming("mentorship-events")
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
        return applyMentorshipEvent.routes();
    }
}
