package dk.mentor.kit.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedTokenMemoryTest {

    private static final long NOW = 1_000_000;

    private final VerifiedTokenMemory memory = new VerifiedTokenMemory(Duration.ofSeconds(60), 3);

    @Test
    void shouldKeepAnIdentityUntilItsTokenExpires() {
        SecurityIdentity caller = identity("ada");
        memory.remember("token-a", caller, NOW + 5_000, NOW);

        assertSame(caller, memory.find("token-a", NOW + 4_999));
        assertNull(memory.find("token-a", NOW + 5_000));
        assertEquals(0, memory.size(), "an expired token is dropped when it is asked for");
    }

    @Test
    void shouldKeepAnIdentityNoLongerThanTheMaximumAgeEvenIfItsTokenLivesLonger() {
        memory.remember("token-a", identity("ada"), NOW + 3_600_000, NOW);

        assertSame("ada", memory.find("token-a", NOW + 59_999).getPrincipal().getName());
        assertNull(memory.find("token-a", NOW + 60_000));
    }

    @Test
    void shouldNotKeepATokenThatHasAlreadyExpired() {
        memory.remember("token-a", identity("ada"), NOW, NOW);

        assertNull(memory.find("token-a", NOW));
        assertEquals(0, memory.size());
    }

    @Test
    void shouldFindOnlyTheExactTokenText() {
        memory.remember("header.payload.signature", identity("ada"), NOW + 5_000, NOW);

        assertNull(memory.find("header.payload.signaturE", NOW));
        assertNull(memory.find("header.payload.signature ", NOW));
        assertNull(memory.find("header.payload.", NOW));
    }

    @Test
    void shouldKeepNoMoreThanItsCapacityAndMakeRoomOnlyAsTokensExpire() {
        memory.remember("token-a", identity("ada"), NOW + 1_000, NOW);
        memory.remember("token-b", identity("bo"), NOW + 10_000, NOW);
        memory.remember("token-c", identity("cy"), NOW + 10_000, NOW);

        memory.remember("token-d", identity("di"), NOW + 10_000, NOW);
        assertNull(memory.find("token-d", NOW), "full: the new token is verified again next time, nothing is pushed out");
        assertSame("bo", memory.find("token-b", NOW).getPrincipal().getName());

        memory.remember("token-d", identity("di"), NOW + 10_000, NOW + 2_000);
        assertSame("di", memory.find("token-d", NOW + 2_000).getPrincipal().getName(), "the expired token-a made room");
        assertEquals(3, memory.size());
    }

    private static SecurityIdentity identity(String name) {
        Principal principal = () -> name;
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).build();
    }
}
