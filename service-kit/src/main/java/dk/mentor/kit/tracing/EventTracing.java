package dk.mentor.kit.tracing;

import dk.mentor.contracts.events.CloudEventHeaders;
import dk.mentor.kit.messaging.IncomingEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries a trace across the broker. The outbox stores the W3C trace context of the transaction that
 * wrote an event as the CloudEvents tracing attributes ({@code ce_traceparent}, {@code ce_tracestate}),
 * and a consumer continues that trace in a span of its own, so one trace runs from a POST through the
 * broker to every consumer's effect, and on through the events the consumer writes in turn. With
 * tracing off (the default, see docs/operations.md) the propagator is a no-op: no header, no span.
 */
@ApplicationScoped
public class EventTracing {

    /** The propagator's names and the CloudEvents attributes that carry them. */
    private static final Map<String, String> ATTRIBUTES = Map.of(
            "traceparent", CloudEventHeaders.TRACE_PARENT,
            "tracestate", CloudEventHeaders.TRACE_STATE);

    private static final TextMapGetter<Map<String, String>> FROM_EVENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> headers) {
            return List.copyOf(ATTRIBUTES.keySet());
        }

        @Override
        public String get(Map<String, String> headers, String key) {
            String attribute = ATTRIBUTES.get(key);
            return headers == null || attribute == null ? null : headers.get(attribute);
        }
    };

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    Tracer tracer;

    /** The current trace as event headers; empty outside a trace or with tracing off. */
    public Map<String, String> currentTraceHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), headers, (carrier, key, value) -> {
            String attribute = ATTRIBUTES.get(key);
            if (attribute != null && carrier != null) {
                carrier.put(attribute, value);
            }
        });
        return headers;
    }

    /**
     * A consumer span for one event, a child of the producer's span when the event carries its trace,
     * else of whatever span is current. The caller makes it current and ends it.
     */
    public Span consumerSpan(String consumer, IncomingEvent event) {
        Context parent = openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.current(), event.headers(), FROM_EVENT);
        return tracer.spanBuilder("consume " + (event.type() == null ? "unknown event" : event.type()))
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id() == null ? "" : event.id())
                .startSpan();
    }
}
