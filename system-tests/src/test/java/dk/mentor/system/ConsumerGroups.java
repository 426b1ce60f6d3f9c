package dk.mentor.system;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;

import static org.awaitility.Awaitility.await;

/**
 * The services' consumer groups as the broker sees them. Every instance of a service joins the group
 * named after the service with one member per incoming channel; the broker spreads the topics'
 * partitions over all members, and hands a dead member's partitions to the others once its session
 * times out (15 s, the kit's {@code session.timeout.ms}).
 */
final class ConsumerGroups {

    /**
     * A dead member must be gone after its session timeout, plus the rebalance itself: on a loaded 2-core
     * machine, with eight service instances up, one rebalance took 74 s from its start to the assignment.
     */
    private static final Duration REBALANCE_TIMEOUT = Duration.ofSeconds(120);

    private final Suite suite;

    ConsumerGroups(Suite suite) {
        this.suite = suite;
    }

    /** The group's members now: member id and how many partitions each holds. */
    Map<String, Integer> members(String group) {
        try (KafkaCompanion kafka = new KafkaCompanion(suite.kafka().bootstrapServers())) {
            return kafka.consumerGroups().describe(group).members().stream()
                    .collect(Collectors.toMap(MemberDescription::consumerId, m -> m.assignment().topicPartitions().size()));
        }
    }

    /**
     * How many members one instance of the service brings: one per incoming channel. Counted as the
     * distinct client ids ({@code kafka-consumer-<channel>}, alike on every instance), not as members:
     * after the broker restart of an earlier test a first instance's consumer rejoins under a new id
     * while its old member lingers until its session times out, and a count of members took that ghost
     * for a channel and waited in vain for twice as many (one fresh-clone run failed so).
     */
    int membersPerInstance(String group) {
        try (KafkaCompanion kafka = new KafkaCompanion(suite.kafka().bootstrapServers())) {
            return (int) kafka.consumerGroups().describe(group).members().stream().map(MemberDescription::clientId)
                    .distinct().count();
        }
    }

    /** Members of each group, by group. */
    Map<String, Map<String, Integer>> members(Collection<String> groups) {
        return groups.stream().collect(Collectors.toMap(Function.identity(), this::members));
    }

    /** Partitions held by members that are not among {@code others}: those of an instance that joined later. */
    int partitionsHeldBeyond(String group, Set<String> others) {
        return members(group).entrySet().stream().filter(m -> !others.contains(m.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /**
     * Waits until the group is STABLE: a service restarted by an earlier test answers ready before its
     * consumer has (re)joined, and a member joining late would be taken for a new instance's.
     */
    void awaitStable(String group) {
        await(group + " stable").atMost(REBALANCE_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
            try (KafkaCompanion kafka = new KafkaCompanion(suite.kafka().bootstrapServers())) {
                return kafka.consumerGroups().describe(group).groupState() == GroupState.STABLE;
            }
        });
    }

    /**
     * Waits until the group is STABLE with {@code count} members. By count, not by member id: a first
     * instance's consumer whose session ran out (the broker restart of an earlier test) rejoins under
     * a new id, which a check by id took for the new instance's member and then waited in vain for it
     * to leave (one fresh-clone run failed so, though every event was applied once).
     */
    void awaitStableWith(String group, int count, String what) {
        await(group + " " + what).atMost(REBALANCE_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
            try (KafkaCompanion kafka = new KafkaCompanion(suite.kafka().bootstrapServers())) {
                ConsumerGroupDescription description = kafka.consumerGroups().describe(group);
                return description.groupState() == GroupState.STABLE && description.members().size() == count;
            }
        });
    }
}
