package dk.mentor.kit.testapp;

import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A consumer whose handler fails until it is mended, as a consumer does until its fix is deployed;
 * its effect is one received_event row per applied event.
 */
@ApplicationScoped
public class MendableChannel implements EventChannel {

    public static final String NAME = "kit-test.mendable";

    @Inject
    EntityManager em;

    private volatile boolean broken;

    public void breakIt() {
        broken = true;
    }

    public void mend() {
        broken = false;
    }

    @Override
    public String consumerName() {
        return NAME;
    }

    @Override
    public EventHandler handler() {
        return event -> {
            em.createNativeQuery("insert into received_event (consumer, event_id, note) values (?1, ?2, 'applied')")
                    .setParameter(1, NAME).setParameter(2, event.id()).executeUpdate();
            if (broken) {
                throw new IllegalStateException("the rule for " + event.subject() + " is missing");
            }
        };
    }
}
