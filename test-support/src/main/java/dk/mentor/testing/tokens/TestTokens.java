package dk.mentor.testing.tokens;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real RS256-signed tokens shaped like the mentor realm's (realm_access roles, a municipality array,
 * audience mentor-api). The services verify signature, issuer, audience and expiry for real; only
 * the key and issuer are the test's own.
 */
public final class TestTokens {

    public static final String ISSUER = "https://test-issuer.mentor.invalid/realms/mentor";
    public static final String AUDIENCE = "mentor-api";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {
    }

    /** The config that makes quarkus-oidc verify these tokens without an identity provider. */
    public static Map<String, String> verifierConfig() {
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    public static Builder user(String username) {
        return new Builder(username);
    }

    public static final class Builder {
        private final String username;
        private String subject;
        private List<String> roles = List.of();
        private Object municipalities = List.of();
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Duration lifetime = Duration.ofMinutes(5);
        private KeyPair keys = KEYS;
        private String client;

        private Builder(String username) {
            this.username = username;
            // Stable per user name, as Keycloak's subject is stable per user: keys remembered per
            // caller (idempotency, ownership) must recognise the same user's next token.
            this.subject = UUID.nameUUIDFromBytes(("test-user:" + username).getBytes(StandardCharsets.UTF_8)).toString();
        }

        public Builder subject(String value) { subject = value; return this; }
        public Builder roles(String... values) { roles = List.of(values); return this; }
        public Builder municipalities(String... values) { municipalities = List.of(values); return this; }
        public Builder issuer(String value) { issuer = value; return this; }
        public Builder audience(String value) { audience = value; return this; }
        /** The municipality claim as one plain string, as some identity providers send it. */
        public Builder municipalityAsString(String value) { municipalities = value; return this; }
        public Builder expired() { lifetime = Duration.ofMinutes(-10); return this; }
        /** Valid from now for this long (five minutes unless set), as Keycloak's access tokens are. */
        public Builder lifetime(Duration value) { lifetime = value; return this; }
        public Builder signedWithUnknownKey() { keys = OTHER_KEYS; return this; }
        /** The client the token was issued to ({@code azp}), e.g. case-system-aarhus; none unless set. */
        public Builder client(String value) { client = value; return this; }

        public String token() {
            Instant now = Instant.now();
            var claims = Jwt.issuer(issuer)
                    .subject(subject)
                    .preferredUserName(username)
                    .audience(audience)
                    .issuedAt(now.minusSeconds(1))
                    .expiresAt(now.plus(lifetime))
                    .claim("realm_access", Map.of("roles", roles))
                    .claim("municipality", municipalities);
            if (client != null) {
                claims.claim("azp", client);
            }
            return claims.jws().keyId("test")
                    .sign(keys.getPrivate());
        }

        /** The header value, ready for REST Assured. */
        public String bearer() {
            return "Bearer " + token();
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
