package dk.mentor.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A consumer that crashes (SIGKILL, offsets possibly uncommitted) picks up where it was and
 * applies every event once, whether it missed it or sees it a second time.
 */
class ConsumerRestartTest extends SuiteTest {


    @Test
    void shouldApplyEachMentorOnceAfterConsumerCrash() {
        // applied just before the crash: its offset is likely not yet committed, so it comes again
        UUID appliedBeforeCrash = api.register("coordinator-aarhus", "0751");
        api.awaitCandidate("coordinator-aarhus", appliedBeforeCrash);
        List<UUID> registeredWhileDown;
        Instant killed;
        try {
            suite.matching().kill();
            killed = Instant.now();
            boolean redelivered = !CatalogTopic.committedPast(suite, "matching-service",
                    CatalogTopic.onlyRegistrationFor(suite, appliedBeforeCrash));
            Figures.record("matching SIGKILL: last applied event comes again", redelivered ? "yes (offset uncommitted)" : "no");
            registeredWhileDown = List.of(api.register("coordinator-aarhus", "0751"),
                    api.register("coordinator-aarhus", "0751"), api.register("coordinator-aarhus", "0751"));
            suite.matching().start();
            Figures.record("matching-service restart after SIGKILL (to ready)", suite.matching().lastStartup().toMillis() + " ms");
        } finally {
            suite.heal();
        }
        for (UUID mentor : registeredWhileDown) {
            assertThat(api.awaitCandidate("coordinator-aarhus", mentor).getInt("eventsApplied"), equalTo(1));
        }
        Figures.record("matching SIGKILL -> held-back mentors applied", Duration.between(killed, Instant.now()).toMillis() + " ms");
        for (UUID mentor : registeredWhileDown) {
            CatalogTopic.onlyRegistrationFor(suite, mentor);
        }
        CatalogTopic.awaitConsumedBy(suite, "matching-service");
        api.candidate("coordinator-aarhus", appliedBeforeCrash).then().statusCode(200).body("eventsApplied", equalTo(1));
    }
}
