package dk.mentor.dashboard.web;

import dk.mentor.contracts.codes.MunicipalityCode;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The user of this request, from the tokens of their OIDC session. */
@RequestScoped
public class CurrentUser {

    /** The roles the dashboard knows, in the order a user with several sees their start page. */
    static final List<String> ROLES = List.of("coordinator", "caseworker", "social-worker", "mentor", "finance-officer",
            "auditor", "admin");

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    /** The user's own access token, passed on to the services: the dashboard has no privileges of its own. */
    public String accessToken() {
        return identity.getCredential(AccessTokenCredential.class).getToken();
    }

    public Viewer viewer() {
        String name = idToken.getClaim("name");
        String username = idToken.getClaim("preferred_username");
        return new Viewer(name == null ? username : name, username, municipalities(), ROLES.stream()
                .filter(identity.getRoles()::contains).toList());
    }

    private List<String> municipalities() {
        Object claim = idToken.getClaim("municipality");
        if (!(claim instanceof Collection<?> codes)) {
            return List.of();
        }
        // a JSON array of JSON strings, or plain strings, depending on who parsed the token
        return codes.stream().map(code -> code instanceof JsonString json ? json.getString() : String.valueOf(code))
                .filter(MunicipalityCode::isValid).toList();
    }
}
