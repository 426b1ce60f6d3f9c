package dk.mentor.catalog.infra.messaging;

import dk.mentor.catalog.application.ApplyMentorshipEvent;
import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Matching's mentorships, which raise and lower each mentor's load. */
@ApplicationScoped
public class MentorshipEventsConsumer {

    static final String CONSUMER = "catalog-service";

    @Inject
    EventConsumer consumer;

    @Inject
    ApplyMentorshipEvent applyMentorshipEvent;

    @Incoming("mentorship-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(CONSUMER, records, applyMentorshipEvent.routes());
    }

    /** The channel as a bean, so an operator can replay its dead letters. */
    @Produces
    @Singleton
    EventChannel channel() {
        return EventChannel.of(CONSUMER, applyMentorshipEvent::routes);
    }
}
