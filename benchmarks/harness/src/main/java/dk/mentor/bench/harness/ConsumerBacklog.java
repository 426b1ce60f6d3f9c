package dk.mentor.bench.harness;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The events the services' consumers have not applied yet, as the broker counts them: for every
 * consumer group with members, the topics' end offsets less the group's committed ones. A write leaves
 * every consumer of its events a backlog (matching and refusion apply a mentor's), and a measurement
 * taken while any of them still works it off shares the cores with it; a storage figure would count
 * its rows as well. A consumer commits its offsets every few seconds, so the figure reaches 0 only
 * that long after the last event is applied.
 */
final class ConsumerBacklog implements AutoCloseable {

    private static final Duration STILL = Duration.ofSeconds(10);

    private final Admin admin;

    ConsumerBacklog(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "benchmark-harness");
        admin = Admin.create(config);
    }

    /**
     * Waits until no consumer group is behind, or until the figure stood still for 10 s (a group that
     * cannot go on), at most {@code limit}; returns the events still behind.
     */
    long await(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = -1;
        long stillSince = System.nanoTime();
        while (true) {
            long behind = behind();
            if (behind == 0 || System.nanoTime() > deadline) {
                return behind;
            }
            if (behind != last) {
                last = behind;
                stillSince = System.nanoTime();
            } else if (System.nanoTime() - stillSince > STILL.toNanos()) {
                return behind;
            }
            sleep(500);
        }
    }

    /** The sum over the groups with members of each partition's end offset less the group's committed one. */
    long behind() {
        try {
            Collection<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(ConsumerGroupListing::groupId).toList();
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all().get();
            long behind = 0;
            for (ConsumerGroupDescription group : described.values()) {
                if (!group.members().isEmpty()) {
                    behind += behind(group.groupId());
                }
            }
            return behind;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not answer for its consumer groups", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private long behind(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        committed.keySet().forEach(partition -> ends.put(partition, OffsetSpec.latest()));
        var endOffsets = admin.listOffsets(ends).all().get();
        long behind = 0;
        for (var entry : committed.entrySet()) {
            if (entry.getValue() != null) {
                behind += Math.max(0, endOffsets.get(entry.getKey()).offset() - entry.getValue().offset());
            }
        }
        return behind;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
