package dk.mentor.kit.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.kit.support.Widgets;
import dk.mentor.testing.tokens.TestTokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the dashboard in deploy/monitoring refer only to metrics a service publishes, so
 * renaming a metric breaks this test instead of leaving an alert that can never fire.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class MonitoringFilesTest {

    private static final Path MONITORING = Path.of("..", "deploy", "monitoring");
    private static final Pattern METRIC = Pattern.compile("\\b((?:mentor|kafka|http|jvm)_[a-z_]+)\\b");

    @Inject
    EventConsumer events;

    /** Counters appear at their first increment: make each happen once, and let the test channel's consumer join. */
    @BeforeEach
    void publishEveryMetric() {
        String id = Widgets.create("0751");
        given().header("Authorization", TestTokens.user("caseworker-odense").roles(Roles.CASEWORKER)
                .municipalities("0461").bearer()).get(Widgets.PATH + "/" + id).then().statusCode(404);
        events.consume("kit-test.monitoring-" + UUID.randomUUID(), OperationalMetricsTest.failingRecord(), event -> {
            throw new IllegalStateException("always fails");
        });
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Scrape.now().names().contains("kafka_consumer_fetch_manager_records_lag_max"));
    }

    @Test
    void shouldAlertOnlyOnPublishedMetricsWithASeverityAndASummary() throws IOException {
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(MONITORING.resolve("alerts.yaml").toFile());
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                assertFalse(name.isBlank(), "every rule is an alert with a name");
                assertTrue(Set.of("critical", "warning").contains(rule.path("labels").path("severity").asText()), name);
                assertFalse(rule.path("annotations").path("summary").asText().isBlank(), name);
                expressions.add(rule.path("expr").asText());
            }
        }
        assertTrue(expressions.size() >= 6, "rules: " + expressions.size());
        assertPublished(expressions);
    }

    @Test
    void shouldChartOnlyPublishedMetrics() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(MONITORING.resolve("grafana-dashboard.json").toFile());
        List<String> expressions = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> panel.path("targets").forEach(t -> expressions.add(t.path("expr").asText())));
        assertEquals(dashboard.path("panels").size(), expressions.size(), "one query per panel");
        assertPublished(expressions);
    }

    private static void assertPublished(List<String> expressions) {
        Set<String> published = Scrape.now().names();
        Set<String> missing = new TreeSet<>();
        for (String expression : expressions) {
            Matcher metric = METRIC.matcher(expression);
            boolean any = false;
            while (metric.find()) {
                any = true;
                if (!published.contains(metric.group(1))) {
                    missing.add(metric.group(1));
                }
            }
            assertTrue(any, "names no metric: " + expression);
        }
        assertTrue(missing.isEmpty(), "not published by the services: " + missing);
    }
}
