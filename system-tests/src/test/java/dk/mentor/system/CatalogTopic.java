package dk.mentor.system;

import dk.mentor.testing.kafka.TopicReader;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

/** catalog.mentor.v1 as any consumer would read it (from the beginning), and a consumer group's progress on it. */
final class CatalogTopic {

    static final String TOPIC = "catalog.mentor.v1";
    static final String REGISTERED = "dk.mentor.catalog.MentorRegistered.v1";
    static final String PROFILE_CHANGED = "dk.mentor.catalog.MentorProfileChanged.v1";

    private CatalogTopic() {
    }

    static List<ConsumerRecord<String, String>> recordsFor(Suite suite, UUID mentorId) {
        return TopicReader.readAll(suite.kafka().bootstrapServers(), TOPIC).stream()
                .filter(r -> mentorId.toString().equals(r.key()))
                .toList();
    }

    /**
     * Asserts a registration put exactly its two events on the topic under the mentor's key, in
     * order (MentorRegistered, then the first MentorProfileChanged), and returns the first.
     */
    static ConsumerRecord<String, String> onlyRegistrationFor(Suite suite, UUID mentorId) {
        List<ConsumerRecord<String, String>> records = recordsFor(suite, mentorId);
        assertThat("records with key " + mentorId + ": " + describe(records),
                records.stream().map(r -> TopicReader.header(r, "ce_type")).toList(),
                contains(REGISTERED, PROFILE_CHANGED));
        return records.get(0);
    }

    /**
     * As {@link #onlyRegistrationFor}, for a registration whose relay the database's stop may have cut
     * off between the broker's acknowledgement and marking the rows sent: delivery is at least once, so
     * the events may be on the topic twice, but every extra record must be a resend (the same ce_id),
     * never a new event, and the first copies in order.
     */
    static void registrationAllowingResendsFor(Suite suite, UUID mentorId) {
        List<ConsumerRecord<String, String>> records = recordsFor(suite, mentorId);
        Map<String, String> typeById = new LinkedHashMap<>();
        records.forEach(r -> typeById.putIfAbsent(TopicReader.header(r, "ce_id"), TopicReader.header(r, "ce_type")));
        assertThat("records with key " + mentorId + ": " + describe(records),
                List.copyOf(typeById.values()), contains(REGISTERED, PROFILE_CHANGED));
    }

    /** Offset, event id and time of each record, so a failure shows whether a copy is a resend (same ce_id). */
    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> "offset " + r.offset() + " ce_id " + TopicReader.header(r, "ce_id")
                + " at " + Instant.ofEpochMilli(r.timestamp())).collect(Collectors.joining("; ", "[", "]"));
    }

    /**
     * Waits until the consumer group has committed everything now on the topic: then every record,
     * including a redelivered one, has been through the consumer.
     */
    static void awaitConsumedBy(Suite suite, String group) {
        try (KafkaCompanion kafka = new KafkaCompanion(suite.kafka().bootstrapServers())) {
            Map<TopicPartition, Long> end = endOffsets(kafka);
            await(group + " caught up on " + TOPIC).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = kafka.consumerGroups().offsets(group);
                        // a partition that has never held a record has no committed offset, and needs none
                        return end.entrySet().stream().allMatch(e -> e.getValue() == 0 || committed.get(e.getKey()) != null
                                && committed.get(e.getKey()).offset() >= e.getValue());
                    });
        }
    }

    /** Whether the group's committed position is past the record, i.e. the group will not read it again. */
    static boolean committedPast(Suite suite, String group, ConsumerRecord<?, ?> record) {
        try (KafkaCompanion kafka = new KafkaCompanion(suite.kafka().bootstrapServers())) {
            OffsetAndMetadata committed = kafka.consumerGroups()
                    .offsets(group, new TopicPartition(record.topic(), record.partition()));
            return committed != null && committed.offset() > record.offset();
        }
    }

    private static Map<TopicPartition, Long> endOffsets(KafkaCompanion kafka) {
        List<TopicPartition> partitions = kafka.topics().describe(TOPIC).get(TOPIC).partitions().stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        return kafka.offsets().list(partitions).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
