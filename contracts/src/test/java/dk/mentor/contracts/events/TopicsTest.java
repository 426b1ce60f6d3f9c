package dk.mentor.contracts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldNameDeadLetterTopicAfterTheTopic() {
        assertEquals("catalog.mentor.v1.dlq", Topics.dlq(Topics.CATALOG_MENTOR));
        assertEquals("refusion.claim.v1.dlq", Topics.dlq(Topics.REFUSION_CLAIM));
    }

    @Test
    void shouldRefuseDeadLetterTopicOfNothingOrOfADeadLetterTopic() {
        assertThrows(NullPointerException.class, () -> Topics.dlq(null));
        assertThrows(IllegalArgumentException.class, () -> Topics.dlq(" "));
        assertThrows(IllegalArgumentException.class, () -> Topics.dlq("catalog.mentor.v1.dlq"));
    }
}
