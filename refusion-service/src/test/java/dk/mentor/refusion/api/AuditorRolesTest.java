package dk.mentor.refusion.api;

import static org.hamcrest.Matchers.equalTo;

import dk.mentor.refusion.Api;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Least privilege (docs/roles.md): an auditor reads the audit log, not the economy it audits. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class AuditorRolesTest {

    private static final String ROSKILDE = "0265";
    private static final String PERIOD = "?municipality=" + ROSKILDE + "&from=2010-01-01&to=2010-12-31";
    private static final String SOME_ID = UUID.randomUUID().toString();

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/refusion-claims", "/api/v1/refusion-claims/{id}", "/api/v1/refusion-claims/{id}/lines",
            "/api/v1/refusion-claims/{id}/csv", "/api/v1/refusion-claims/{id}/document", "/api/v1/expense-lines" + PERIOD,
            "/api/v1/expense-lines/{id}", "/api/v1/unpriced-meetings?municipality=" + ROSKILDE,
            "/api/v1/ceilings?municipality=" + ROSKILDE + "&year=2010", "/api/v1/settlements" + PERIOD,
            "/api/v1/rule-sets", "/api/v1/rule-sets/{id}", "/api/v1/rule-sets/{id}/changes"})
    void shouldRefuseAuditorTheEconomy(String path) {
        Api.auditor(ROSKILDE).when().get(path.replace("{id}", SOME_ID)).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("https://mentor.example/problems/forbidden"));
    }

    @Test
    void shouldLetAuditorReadTheAuditLog() {
        Api.auditor(ROSKILDE).when().get("/api/v1/audit-entries").then().statusCode(200).body("page", equalTo(0));
    }
}
