package dk.mentor.followup.infra.messaging;

import dk.mentor.followup.application.ApplyMentorshipEvent;
import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.kit.messaging.EventHandler;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Mentorships from matching-service put mentors on plans and take them off; each event applied once. */
@ApplicationScoped
public class MentorshipEventsConsumer implements EventChannel {

    public static final String CONSUMER = "followup-service";

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
