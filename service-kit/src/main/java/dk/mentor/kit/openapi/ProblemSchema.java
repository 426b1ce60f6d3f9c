package dk.mentor.kit.openapi;

import dk.mentor.kit.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Puts the Problem schema into every service's components, so the problem responses the filter adds
 * can refer to it even in a service whose own annotations never name it. The title and version here
 * are placeholders: each service's configuration (quarkus.smallrye-openapi.info-*) sets its own.
 */
@OpenAPIDefinition(info = @Info(title = "Mentor coordination suite", version = "1.0"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public final class ProblemSchema {

    private ProblemSchema() {
    }
}
