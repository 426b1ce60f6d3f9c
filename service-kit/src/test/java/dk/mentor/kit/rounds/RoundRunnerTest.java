package dk.mentor.kit.rounds;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoundRunnerTest {

    /** The test's runner, stopped after it whatever the test did (a second stop does nothing). */
    private RoundRunner runner;

    @AfterEach
    void stopRunner() throws InterruptedException {
        if (runner != null) {
            runner.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void shouldCollapseTheAsksMadeDuringARoundIntoOneMoreRound() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        runner = new RoundRunner("test-rounds", () -> {
            if (rounds.incrementAndGet() == 1) {
                firstStarted.countDown();
                waitFor(release);
            }
            return false;
        });
        runner.start();
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 5; i++) {
            runner.kick();
        }
        release.countDown();
        settlesAt(rounds, 2);
    }

    @Test
    void shouldRunAgainAtOnceWhileARoundReportsMoreWork() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        runner = new RoundRunner("test-rounds", () -> rounds.incrementAndGet() < 3);
        runner.start();
        settlesAt(rounds, 3);
    }

    @Test
    void shouldKeepAnAskMadeBeforeTheStartForTheStart() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        runner = counting(rounds);
        runner.kick();
        stays(rounds, 0);
        runner.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);
    }

    @Test
    void shouldStartNoRoundOnceStopped() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        runner = counting(rounds);
        runner.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 1);
        runner.stop(Duration.ofSeconds(5));
        runner.kick();
        stays(rounds, 1);
    }

    @Test
    void shouldAskForARoundEveryIntervalUntilStopped() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        runner = counting(rounds);
        runner.start(Duration.ofMillis(50));
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= 4); // the first round and three asked by the interval
        assertFalse(runner.stopped());
        runner.stop(Duration.ofSeconds(5));
        assertTrue(runner.stopped());
        stays(rounds, rounds.get());
    }

    @Test
    void shouldPutItsOwnAsksAtAPhaseWithinTheInterval() {
        long period = Duration.ofSeconds(1).toNanos();
        long early = 0;
        for (int i = 0; i < 1_000; i++) {
            long phase = RoundRunner.phase(period);
            assertTrue(phase >= 0 && phase < period, "phase " + phase);
            if (phase < period / 10) {
                early++;
            }
        }
        // the first tenth of the second, where the schedulers' jobs all used to fall, gets about its share
        assertTrue(early < 200, early + " of 1,000 phases in the first tenth");
    }

    /** A runner whose rounds only count themselves. */
    private static RoundRunner counting(AtomicInteger rounds) {
        return new RoundRunner("test-rounds", () -> {
            rounds.incrementAndGet();
            return false;
        });
    }

    /** The count reaches {@code expected} and goes no further. */
    private static void settlesAt(AtomicInteger rounds, int expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == expected);
        stays(rounds, expected);
    }

    /** The count stays at {@code expected} for 200 ms: room for a round that must not come. */
    private static void stays(AtomicInteger rounds, int expected) {
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == expected);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
