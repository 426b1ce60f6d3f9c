package dk.mentor.kit.metrics;

import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts the problem responses by type and status, whichever mapper wrote them: a rise in
 * "forbidden" is someone probing other municipalities' data, a rise in "internal-error" a defect.
 */
@Provider
public class ProblemCounter implements ContainerResponseFilter {

    static final String PROBLEMS = "mentor.problems";

    @Inject
    MeterRegistry registry;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            String type = problem.type() == null ? "none" : problem.type().toString().replace(ProblemType.BASE, "");
            registry.counter(PROBLEMS, "type", type, "status", Integer.toString(response.getStatus())).increment();
        }
    }
}
