package dk.mentor.kit.openapi;

import dk.mentor.kit.access.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the realm's OAuth2 flows as the one security scheme, so a generated client knows how to get
 * a token: authorization code with PKCE for people, client credentials for case systems. Quarkus writes
 * an operation's {@code @RolesAllowed} roles as scopes of its requirement, but Keycloak realm roles are
 * no OAuth2 scopes (a client asking for them as scopes would get an error), so each requirement names no
 * scope and the roles move to the operation's {@code x-roles}, and to the end of its description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OAuth2SecurityFilter implements OASFilter {

    public static final String SCHEME = "oauth2";
    public static final String ROLES_EXTENSION = "x-roles";
    /** The realm whose endpoints the document names; read when the document is built. */
    static final String REALM_URL = "mentor.openapi.realm-url";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.setSecuritySchemes(Map.of(SCHEME, scheme(realm())));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(OAuth2SecurityFilter::roles));
    }

    private static String realm() {
        return ConfigProvider.getConfig().getValue(REALM_URL, String.class).replaceAll("/+$", "");
    }

    /**
     * An operation with no requirement stays public. One whose requirement names no role (as
     * {@code @Authenticated} does) is open to every signed-in role, so it lists them all.
     */
    private static void roles(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            return;
        }
        Set<String> named = new LinkedHashSet<>();
        security.forEach(requirement -> requirement.getSchemes().values().forEach(named::addAll));
        List<String> roles = named.isEmpty() ? Roles.ALL : Roles.ALL.stream().filter(named::contains).toList();
        if (!named.isEmpty() && roles.size() != named.size()) {
            throw new IllegalStateException("operation " + operation.getOperationId()
                    + " allows roles the realm does not have: " + named);
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of())));
        operation.addExtension(ROLES_EXTENSION, roles);
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n";
        operation.setDescription(description + "Roles: " + String.join(", ", roles) + ".");
    }

    private static SecurityScheme scheme(String realm) {
        String endpoints = realm + "/protocol/openid-connect";
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("The mentor realm's OAuth2 flows. People sign in with the authorization code flow,"
                        + " which requires PKCE with code_challenge_method S256 (a request without it is refused);"
                        + " case systems use the client credentials flow with their own client. Realm roles decide"
                        + " what a token may call: each operation lists them in x-roles. They are no OAuth2 scopes,"
                        + " so no scope is asked for.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(flow().authorizationUrl(endpoints + "/auth").tokenUrl(endpoints + "/token")
                                .refreshUrl(endpoints + "/token"))
                        .clientCredentials(flow().tokenUrl(endpoints + "/token")));
    }

    /** A flow with the (empty) scopes map OpenAPI requires. */
    private static OAuthFlow flow() {
        return OASFactory.createOAuthFlow().scopes(Map.of());
    }
}
