package dk.mentor.matching.api;

import dk.mentor.testing.contract.OpenApiContract;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "matching"))
class OpenApiTest extends OpenApiContract {
}
