package dk.mentor.matching.infra.messaging;

import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.matching.application.ApplyPlanEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "matching-service.plan-events";

    @Inject
    EventConsumer consumer;

    @Inject
    ApplyPlanEvent applyPlanEvent;

    @Incoming("plan-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, applyPlanEvent.routes());
    }
}
