package dk.mentor.dashboard.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.dashboard.application.PlanQueries;
import dk.mentor.dashboard.application.PlanView;
import dk.mentor.dashboard.application.Progression;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.ServiceClient;
import dk.mentor.dashboard.testing.PlanFixture;
import dk.mentor.dashboard.testing.StandInServices;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The plan page's server time for a plan with 100 meetings: the eight followup-service calls made at
 * once, their JSON read, the timeline built and the page rendered (Qute, Danish), as the running
 * application does it. followup-service is a stand-in that answers from memory, so the figures are the
 * dashboard's own cost plus one local HTTP round trip; each of the eight calls is also timed alone, and
 * the slowest is printed beside the page. Prints p50/p95; not a test: it asserts no timing.
 * Run: ./mvnw -B -o -pl admin-dashboard verify -Pbenchmark -Dtest=PlanPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
@QuarkusTest
class PlanPageBenchmark {

    private static final int MEETINGS = Integer.getInteger("benchmark.meetings", 100);
    private static final int WARMUP = 200;
    private static final int SAMPLES = 500;

    @Test
    void planPageWithAHundredMeetings() {
        PlanFixture fixture = new PlanFixture(MEETINGS);
        try (StandInServices followup = new StandInServices(fixture.handler())) {
            String down = StandInServices.downUrl();
            ServiceClient client = StandInServices.client(down, down, followup.url(), down);
            PlanQueries queries = new PlanQueries(client);
            LocalDate today = LocalDate.of(2026, 12, 3);
            int[] size = {0};
            Runnable page = () -> {
                PlanView view = queries.plan(fixture.plan, "token");
                String chart = ProgressionChart.json(view.progressions().value());
                size[0] = PlanPageTest.render(PlanResource.Templates.plan(view, Progression.DIMENSIONS, chart,
                        MeetingForm.fresh(today), PlanResource.freshRating(false)), "da").length();
            };
            double[] pageMs = time(page);
            System.out.printf("%nplan page, %d meetings (%d kB of HTML): p50 %.2f ms, p95 %.2f ms over %d renders%n",
                    MEETINGS, size[0] / 1024, percentile(pageMs, 50), percentile(pageMs, 95), SAMPLES);

            String base = "/api/v1/plans/" + fixture.plan;
            List<String> calls = List.of(base, base + "/participants?size=200", base + "/goals?size=200", base + "/meetings?size=200",
                    base + "/progressions?size=200", base + "/consents?size=200", base + "/incidents?size=200",
                    "/api/v1/hand-overs?size=200");
            String slowest = null;
            double[] slowestMs = null;
            for (String call : calls) {
                double[] ms = time(() -> client.get(Backend.FOLLOWUP, call, "token", new TypeReference<JsonNode>() { }).join());
                if (slowestMs == null || percentile(ms, 50) > percentile(slowestMs, 50)) {
                    slowest = call;
                    slowestMs = ms;
                }
            }
            System.out.printf("slowest single call alone, GET %s: p50 %.2f ms, p95 %.2f ms%n%n", slowest.replace(fixture.plan.toString(),
                    "{id}"), percentile(slowestMs, 50), percentile(slowestMs, 95));
        }
    }

    private static double[] time(Runnable action) {
        for (int i = 0; i < WARMUP; i++) {
            action.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            action.run();
            ms.add((System.nanoTime() - start) / 1_000_000.0);
        }
        return ms.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
