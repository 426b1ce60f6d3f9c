package dk.mentor.kit.kafka;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetEchoes;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.kafka.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.junit.jupiter.api.Test;

/** Publishing through the outbox, consuming through a channel and the readiness check, all against a SASL broker. */
@QuarkusTest
@WithTestResource(value = SaslInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit_sasl"))
class SaslKafkaTest {

    @Inject
    WidgetEchoes echoes;

    @Test
    void shouldPublishConsumeAndReportReadyThroughASaslListener() {
        String id = Widgets.create("0751");

        await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(TestInfra.saslKafka().clientConfig(),
                WidgetEvents.TOPIC).stream().filter(r -> id.equals(r.key())).count() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> echoes.seen(id));

        JsonPath health = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/q/health/ready"), r -> r.statusCode() == 200).jsonPath();
        assertEquals(List.of(1), health.getList("checks.findAll { it.name == 'Kafka broker' }.data.nodes"));
    }

    @Test
    void shouldBeABrokerThatRefusesAClientWithoutCredentials() {
        // Without this the test above would prove nothing: a broker that let anyone in would pass it too.
        try (Admin anonymous = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.saslKafka().bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
            assertThrows(ExecutionException.class, () -> anonymous.describeCluster(
                    new DescribeClusterOptions().timeoutMs(3_000)).nodes().get(10, TimeUnit.SECONDS));
        }
    }
}
