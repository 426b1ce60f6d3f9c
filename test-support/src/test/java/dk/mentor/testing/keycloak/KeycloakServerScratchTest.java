package dk.mentor.testing.keycloak;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

// THROWAWAY verification of the launcher; deleted after use.
class KeycloakServerScratchTest {

    static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    @Test
    void realServer() throws Exception {
        long t0 = System.nanoTime();
        KeycloakServer kc = KeycloakServer.start();
        System.out.printf("SCRATCH start took %.1f s, base %s%n", (System.nanoTime() - t0) / 1e9, kc.baseUrl());
        var f = KeycloakServer.class.getDeclaredField("process"); f.setAccessible(true);
        KeycloakProcess p = (KeycloakProcess) f.get(kc);
        System.out.println("SCRATCH home " + p.home + " h2=" + Files.exists(p.home.resolve("data/h2")));
        long pid = p.pid();
        List<Long> tree = new java.util.ArrayList<>(ProcessHandle.of(pid).get().descendants().map(ProcessHandle::pid).toList());
        tree.add(pid);
        System.out.println("SCRATCH tree " + tree);
        for (String u : List.of("coordinator-aarhus", "caseworker-both", "finance-kobenhavn")) {
            JsonNode c = claims(kc.token(u));
            System.out.println("SCRATCH " + u + " iss=" + c.get("iss") + " aud=" + c.get("aud") + " roles=" + c.at("/realm_access/roles") + " m=" + c.get("municipality"));
            assertEquals(kc.realmUrl(), c.get("iss").asText());
            assertTrue(c.get("municipality").isArray());
        }
        JsonNode s = claims(kc.integrationToken());
        System.out.println("SCRATCH integration roles=" + s.at("/realm_access/roles") + " m=" + s.get("municipality") + " aud=" + s.get("aud"));
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> kc.token("coordinator-aarhus", "nope"));
        System.out.println("SCRATCH wrong password: " + wrong.getMessage());
        long s0 = System.nanoTime();
        kc.stop();
        System.out.printf("SCRATCH stop took %.1f s%n", (System.nanoTime() - s0) / 1e9);
        for (long id : tree) assertFalse(ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false), "alive " + id);
        assertFalse(Files.exists(p.home), "home deleted");
    }

    @Test
    void failsWithLogTailOnBrokenRealm() throws Exception {
        Path broken = Files.createTempFile("broken-realm", ".json");
        Files.writeString(broken, "{\"realm\": \"mentor\", \"users\": [ {\"username\": ");
        long t0 = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KeycloakServer.start(broken));
        System.out.printf("SCRATCH broken realm failed after %.1f s:%n%s%n", (System.nanoTime() - t0) / 1e9, e.getMessage());
    }

    @Test
    void failsOnTimeout() {
        System.setProperty("keycloak.start.timeout", "5");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, KeycloakServer::start);
            System.out.println("SCRATCH timeout: " + e.getMessage().lines().limit(3).toList());
        } finally {
            System.clearProperty("keycloak.start.timeout");
        }
    }
}
