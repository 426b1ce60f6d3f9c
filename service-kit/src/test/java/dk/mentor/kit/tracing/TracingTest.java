package dk.mentor.kit.tracing;

import static dk.mentor.testing.kafka.TopicReader.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.messaging.EventConsumer;
import dk.mentor.kit.support.TestDatabase;
import dk.mentor.kit.support.Widgets;
import dk.mentor.kit.testapp.WidgetEvents;
import dk.mentor.testing.infra.TestInfra;
import dk.mentor.testing.infra.TestInfraResource;
import dk.mentor.testing.kafka.TopicReader;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** One trace runs from a POST through the outbox and the broker to a consumer's effect. */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EventConsumer events;

    @Inject
    TestDatabase db;

    @Test
    void shouldContinueThePostsTraceInTheConsumerOfItsEvent() {
        String id = Widgets.create("0751");

        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordOf(id), r -> r != null);
        String traceParent = header(record, "ce_traceparent");
        assertNotNull(traceParent, "the event carries the trace of the request that made it");
        String traceId = traceParent.split("-")[1];
        SpanData post = await().atMost(Duration.ofSeconds(10)).until(() -> serverSpanOfPost(traceId), span -> span != null);
        assertEquals(Widgets.PATH, post.getAttributes().asMap().entrySet().stream()
                .filter(a -> a.getKey().getKey().equals("url.path")).map(a -> String.valueOf(a.getValue()))
                .findFirst().orElse(null), "the trace is the POST's");

        String consumer = "kit-test.tracing-" + UUID.randomUUID();
        String[] effectTrace = new String[1];
        events.consume(consumer, record, event -> effectTrace[0] = Span.current().getSpanContext().getTraceId());

        assertEquals(post.getTraceId(), effectTrace[0], "the handler's effect runs in the POST's trace");
        SpanData consumed = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER && consumer.equals(
                        s.getAttributes().asMap().entrySet().stream()
                                .filter(a -> a.getKey().getKey().equals("messaging.consumer.group.name"))
                                .map(a -> String.valueOf(a.getValue())).findFirst().orElse(null)))
                .findFirst().orElse(null), span -> span != null);
        assertEquals(post.getTraceId(), consumed.getTraceId());
        assertEquals(traceParent.split("-")[2], consumed.getParentSpanId(), "the consumer span's parent is the producing span");
        System.out.printf("trace %s: POST span %s → event %s → consumer span %s%n", post.getTraceId(), post.getSpanId(),
                header(record, "ce_id"), consumed.getSpanId());
    }

    @Test
    void shouldGiveAnEventWithoutATraceATraceOfItsOwnInTheConsumer() {
        ConsumerRecord<String, String> untraced = new ConsumerRecord<>(WidgetEvents.TOPIC, 0, 1L, "k", "{}");
        untraced.headers().add("ce_id", UUID.randomUUID().toString().getBytes());
        untraced.headers().add("ce_type", "dk.mentor.kittest.ThingHappened.v1".getBytes());
        String[] traceOfEffect = new String[1];

        events.consume("kit-test.untraced-" + UUID.randomUUID(), untraced,
                event -> traceOfEffect[0] = Span.current().getSpanContext().getTraceId());

        assertTrue(TraceId.isValid(traceOfEffect[0]), "an event without a trace gets a trace of its own in the consumer");
    }

    private SpanData serverSpanOfPost(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().startsWith("POST") && s.getTraceId().equals(traceId))
                .findFirst().orElse(null);
    }

    private static ConsumerRecord<String, String> recordOf(String widgetId) {
        return TopicReader.readAll(TestInfra.kafka().bootstrapServers(), WidgetEvents.TOPIC).stream()
                .filter(r -> widgetId.equals(r.key())).findFirst().orElse(null);
    }
}
