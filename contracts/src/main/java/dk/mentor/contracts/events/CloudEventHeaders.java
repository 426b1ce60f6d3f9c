package dk.mentor.contracts.events;

/**
 * Kafka header names of CloudEvents 1.0 in binary mode, the only mode the suite uses: the
 * attributes travel as headers and the record value is the bare JSON payload.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String SPEC_VERSION_1_0 = "1.0";
    /** A UUID; consumers remember it to skip a repeat. */
    public static final String ID = "ce_id";
    /** See {@link EventType}. */
    public static final String TYPE = "ce_type";
    /** The producing service, e.g. "/catalog-service". */
    public static final String SOURCE = "ce_source";
    /** The aggregate id; also the Kafka key, so one aggregate's events stay in order. */
    public static final String SUBJECT = "ce_subject";
    /** RFC 3339 timestamp of when the fact happened. */
    public static final String TIME = "ce_time";
    /**
     * Extension attribute: the 4-digit kommunekode that owns the aggregate, so consumers can
     * route or filter by municipality without parsing the payload.
     */
    public static final String MUNICIPALITY = "ce_municipality";
    /**
     * The payload's JSON Schema, by its {@code $id} ({@link EventDefinition#schemaId()}); each service
     * also serves the schemas it publishes at {@code GET /api/v1/event-schemas/{type}}.
     */
    public static final String DATA_SCHEMA = "ce_dataschema";
    /**
     * Extension attributes of CloudEvents distributed tracing: the W3C trace context of the request that
     * made the change, so one trace runs from the request through the broker to each consumer's effect.
     * Present only when the producing service traces.
     */
    public static final String TRACE_PARENT = "ce_traceparent";
    public static final String TRACE_STATE = "ce_tracestate";
    /** The binding maps the CloudEvents datacontenttype to this plain header. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String CONTENT_TYPE_JSON = "application/json";

    private CloudEventHeaders() {
    }
}
