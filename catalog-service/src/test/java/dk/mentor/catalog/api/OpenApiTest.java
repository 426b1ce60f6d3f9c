package dk.mentor.catalog.api;

import dk.mentor.testing.contract.OpenApiContract;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class OpenApiTest extends OpenApiContract {
}
