package dk.mentor.kit.access;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request that carries it. A screen's calls all bring the
 * same token, and checking it again (quarkus-oidc parses it three times and checks its RSA signature)
 * was close to half of a single read's CPU (docs/performance.md). The first request with a token goes
 * through quarkus-oidc as before; its identity is then kept, keyed by the whole token text, until the
 * token expires or {@code mentor.auth.verified-token-max-age} has passed, whichever comes first.
 *
 * <p>This takes nothing away from the checks. Tokens were already verified locally against the
 * realm's keys, with no call to Keycloak, so a token stayed valid until it expired after its session
 * ended before as well; the maximum age bounds how long a key the realm withdraws keeps a token
 * working. Only a successful verification is kept: a forged, altered or expired token is checked in
 * full every time, and so refused as before. This holds because every check configured here depends
 * on the token alone (signature, issuer, audience, expiry); a check that depends on the request as
 * well, such as a token bound to a client certificate or a DPoP proof, would rule this memory out.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** The identity's attributes that belong to one request: quarkus-oidc sets them under these names. */
    private static final String REQUEST_ATTRIBUTE = RoutingContext.class.getName();
    private static final String BLOCKING_API_ATTRIBUTE = AuthenticationRequestContext.class.getName();

    @Inject
    OidcIdentityProvider oidc;

    @ConfigProperty(name = "mentor.auth.verified-token-max-age", defaultValue = "60S")
    Duration maxAge;

    /** Tokens kept at most: more than the users one instance serves within the maximum age. */
    @ConfigProperty(name = "mentor.auth.verified-token-capacity", defaultValue = "1024")
    int capacity;

    private VerifiedTokenMemory memory;
    private final LongAdder verifications = new LongAdder();

    @PostConstruct
    void create() {
        memory = new VerifiedTokenMemory(maxAge, capacity);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before quarkus-oidc's own provider, which then runs only for a token not yet verified. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential)) {
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        SecurityIdentity known = memory.find(token, System.currentTimeMillis());
        if (known != null) {
            return Uni.createFrom().item(withRequest(known, HttpSecurityUtils.getRoutingContextAttribute(request)));
        }
        verifications.increment();
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    /** Tokens that went through the full check since the start; a request answered from memory does not count. */
    public long verifications() {
        return verifications.sum();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            SecurityIdentity kept = QuarkusSecurityIdentity.builder(withRequest(identity, null))
                    .addAttribute(Caller.MUNICIPALITIES_ATTRIBUTE, Caller.municipalitiesOf(jwt)).build();
            memory.remember(token, kept, jwt.getExpirationTime() * 1000, System.currentTimeMillis());
        }
    }

    /**
     * The identity bound to one request: quarkus-oidc attaches the first request's context to the
     * identity it builds, and that must neither be kept in memory nor handed to a later request. The
     * copy is built from the parts, which are all quarkus-oidc puts in (its permissions are the token's
     * scopes, as plain permissions), so that it does not hold on to the original through a delegate.
     */
    private static SecurityIdentity withRequest(SecurityIdentity identity, RoutingContext request) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!REQUEST_ATTRIBUTE.equals(name) && !BLOCKING_API_ATTRIBUTE.equals(name)) {
                builder.addAttribute(name, value);
            }
        });
        if (request != null) {
            builder.addAttribute(REQUEST_ATTRIBUTE, request);
            Object blockingApi = request.get(BLOCKING_API_ATTRIBUTE);
            if (blockingApi != null) {
                builder.addAttribute(BLOCKING_API_ATTRIBUTE, blockingApi);
            }
        }
        return builder.build();
    }
}
