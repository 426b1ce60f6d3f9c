package dk.mentor.kit.messaging;

import dk.mentor.contracts.events.CloudEventHeaders;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** An event a consumer gave up on, kept with its error so an operator can see why and act. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String consumer;

    @Column(nullable = false)
    public String topic;

    @Column(name = "kafka_partition", nullable = false)
    public int partition;

    @Column(name = "kafka_offset", nullable = false)
    public long offset;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "message_key")
    public String messageKey;

    @Column(nullable = false)
    public String headers;

    public String payload;

    @Column(nullable = false)
    public String error;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "failed_at", insertable = false, updatable = false)
    public OffsetDateTime failedAt;

    /** When an operator replayed it successfully, and who; null while it still waits. */
    @Column(name = "replayed_at")
    public OffsetDateTime replayedAt;

    @Column(name = "replayed_by")
    public String replayedBy;

    /** The event as its consumer read it, rebuilt from what was kept. */
    IncomingEvent toEvent(Map<String, String> keptHeaders) {
        return new IncomingEvent(eventId, eventType, keptHeaders.get(CloudEventHeaders.SOURCE),
                keptHeaders.get(CloudEventHeaders.SUBJECT),
                keptHeaders.get(CloudEventHeaders.MUNICIPALITY), topic, partition, offset,
                messageKey, payload, keptHeaders);
    }
}
