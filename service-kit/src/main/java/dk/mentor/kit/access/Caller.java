package dk.mentor.kit.access;

import dk.mentor.contracts.codes.MunicipalityCode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the verified token's subject, name, roles and the municipalities they act for. */
@RequestScoped
public class Caller {

    static final String MUNICIPALITY_CLAIM = "municipality";

    /** OpenID Connect's authorized party: the client the token was issued to. */
    static final String CLIENT_CLAIM = "azp";

    /** The identity's attribute holding {@link #municipalitiesOf} of its token, when VerifiedTokens kept it. */
    static final String MUNICIPALITIES_ATTRIBUTE = Caller.class.getName() + ".municipalities";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Set<String> municipalities;

    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    /**
     * The client the token was issued to (dashboard, a case system, the dev command line), or null
     * when the token does not say. A user's name alone does not tell which application acted for them.
     */
    public String client() {
        Object claim = token.getClaim(CLIENT_CLAIM);
        return claim == null ? null : rawClaim(claim).stream().findFirst().orElse(null);
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The valid municipality codes of the token's claim (a JSON array or a single string); others are
     * ignored. Read once per request: access checks and the audit log ask for it several times. A
     * remembered token (VerifiedTokens) brings them read already, as an attribute of its identity.
     */
    public Set<String> municipalities() {
        if (municipalities == null) {
            Set<String> known = identity.getAttribute(MUNICIPALITIES_ATTRIBUTE);
            municipalities = known != null ? known : municipalitiesOf(token);
        }
        return municipalities;
    }

    /**
     * Reading a claim outside the standard's list costs the JWT library an exception each time (it
     * looks the name up among its enum's constants first); once per token spares a read a twentieth of
     * its CPU (docs/performance.md).
     */
    static Set<String> municipalitiesOf(JsonWebToken token) {
        Set<String> codes = new TreeSet<>();
        for (String raw : rawClaim(token.getClaim(MUNICIPALITY_CLAIM))) {
            if (MunicipalityCode.isValid(raw)) {
                codes.add(MunicipalityCode.of(raw).code());
            }
        }
        return Collections.unmodifiableSet(codes);
    }

    public boolean actsFor(String municipality) {
        return municipality != null && municipalities().contains(municipality);
    }

    private static List<String> rawClaim(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof JsonArray array) {
            return array.stream().map(Caller::text).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof JsonValue value) {
            return List.of(text(value));
        }
        return List.of(String.valueOf(claim));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
