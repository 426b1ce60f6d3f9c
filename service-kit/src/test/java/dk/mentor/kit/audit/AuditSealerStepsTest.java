package dk.mentor.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AuditSealerStepsTest {

    @Test
    void shouldRestFourTimesAsLongAsTheBatchTookAndAtLeastTenMilliseconds() {
        assertEquals(Duration.ofMillis(10), AuditSealer.GENTLE.restAfter(Duration.ofMillis(1)));
        assertEquals(Duration.ofMillis(24), AuditSealer.GENTLE.restAfter(Duration.ofMillis(6)));
    }

    @Test
    void shouldNotRestInVerificationsPass() {
        assertEquals(Duration.ZERO, AuditSealer.AT_ONCE.restAfter(Duration.ofMillis(6)));
    }
}
