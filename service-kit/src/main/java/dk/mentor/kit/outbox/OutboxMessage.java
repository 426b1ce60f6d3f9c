package dk.mentor.kit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event in the outbox as the relay reads it; {@link Outbox} writes the rows, in the transaction of the change. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "message_key", nullable = false, updatable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String source;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(updatable = false)
    public String municipality;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    public String payload;

    /** JSON object of headers beyond the CloudEvents ones (dead letters carry their error here). */
    @Column(name = "extra_headers", updatable = false)
    public String extraHeaders;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** Set by the feed's sequencer after the commit; the relay sends in its order (db/kit V0_10). */
    @Column(name = "feed_position", insertable = false, updatable = false)
    public Long feedPosition;
}
