package dk.mentor.refusion.infra.messaging;

import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.refusion.application.ApplyMentorEvent;
import dk.mentor.refusion.application.ApplyMentorshipEvent;
import dk.mentor.refusion.application.ApplyPlanEvent;
import dk.mentor.refusion.application.ApplyTrainingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The four topics the economics learn from; each record applied once, bad ones parked as dead letters. */
@ApplicationScoped
public class RefusionEventsConsumer {

    static final String PLAN = "refusion-service.plan-events";
    static final String MENTORSHIP = "refusion-service.mentorship-events";
    static final String MENTOR = "refusion-service.mentor-events";
    static final String TRAINING = "refusion-service.training-events";

    @Inject
    EventConsumer consumer;

    @Inject
    ApplyPlanEvent planEvents;

    @Inject
    ApplyMentorshipEvent mentorshipEvents;

    @Inject
    ApplyMentorEvent mentorEvents;

    @Inject
    ApplyTrainingEvent trainingEvents;

    @Incoming("plan-events")
    @Blocking(ordered = true)
    public void onPlan(ConsumerRecords<String, String> records) {
        consumer.consumeAll(PLAN, records, planEvents.routes());
    }

    @Incoming("mentorship-events")
    @Blocking(ordered = true)
    public void onMentorship(ConsumerRecords<String, String> records) {
        consumer.consumeAll(MENTORSHIP, records, mentorshipEvents.routes());
    }

    @Incoming("mentor-events")
    @Blocking(ordered = true)
    public void onMentor(ConsumerRecords<String, String> records) {
        consumer.consumeAll(MENTOR, records, mentorEvents.routes());
    }

    @Incoming("training-events")
    @Blocking(ordered = true)
    public void onTraining(ConsumerRecords<String, String> records) {
        consumer.consumeAll(TRAINING, records, trainingEvents.routes());
    }

    // the four channels as beans of their own, so an operator can replay their dead letters

    @Produces
    @Singleton
    EventChannel planChannel() {
        return EventChannel.of(PLAN, planEvents::routes);
    }

    @Produces
    @Singleton
    EventChannel mentorshipChannel() {
        return EventChannel.of(MENTORSHIP, mentorshipEvents::routes);
    }

    @Produces
    @Singleton
    EventChannel mentorChannel() {
        return EventChannel.of(MENTOR, mentorEvents::routes);
    }

    @Produces
    @Singleton
    EventChannel trainingChannel() {
        return EventChannel.of(TRAINING, trainingEvents::routes);
    }
}
