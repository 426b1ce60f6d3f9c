package dk.mentor.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The outbox keeps what the broker could not take: writes succeed while Kafka is down, the unsent
 * events survive a restart of the producer, and each arrives exactly once when Kafka is back.
 */
class BrokerOutageTest extends SuiteTest {


    @Test
    void shouldDeliverMentorsRegisteredWhileBrokerIsDownExactlyOnce() {
        List<UUID> mentors = new ArrayList<>();
        try {
            suite.killBroker();
            mentors.add(api.register("coordinator-aarhus", "0751"));
            mentors.add(api.register("coordinator-kobenhavn", "0101"));

            // the unsent rows must outlive the process that wrote them
            suite.catalog().terminate();
            suite.catalog().startWithoutBroker();
            Figures.record("catalog-service restart while broker down (to live)", suite.catalog().lastStartup().toMillis() + " ms");
            mentors.add(api.register("coordinator-aarhus", "0751"));
            api.candidate("coordinator-aarhus", mentors.get(0)).then().statusCode(404);

            Instant brokerBack = Instant.now();
            suite.startBroker();
            for (UUID mentor : mentors) {
                String owner = mentor.equals(mentors.get(1)) ? "coordinator-kobenhavn" : "coordinator-aarhus";
                assertThat(api.awaitCandidate(owner, mentor).getInt("eventsApplied"), equalTo(1));
            }
            Figures.record("broker start -> all 3 held-back mentors in matching", Duration.between(brokerBack, Instant.now()).toMillis() + " ms");
            for (UUID mentor : mentors) {
                CatalogTopic.onlyRegistrationFor(suite, mentor);
            }
        } finally {
            suite.heal();
        }
    }
}
