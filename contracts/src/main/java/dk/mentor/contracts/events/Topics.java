package dk.mentor.contracts.events;

import java.util.Objects;

/**
 * Kafka topics: one per aggregate, owned by the producing service, named
 * {@code <service>.<aggregate>.v<N>}. Consumers subscribe with their own service name as group id.
 */
public final class Topics {

    public static final String CATALOG_MENTOR = "catalog.mentor.v1";
    public static final String CATALOG_TRAINING = "catalog.training.v1";
    /** Changes of the code lists (legal bases, target groups) that catalog-service owns. */
    public static final String CATALOG_CODE_LIST = "catalog.code-list.v1";
    public static final String MATCHING_MENTORSHIP = "matching.mentorship.v1";
    public static final String FOLLOWUP_PLAN = "followup.plan.v1";
    public static final String REFUSION_CLAIM = "refusion.claim.v1";

    private static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic where a consumer parks messages of that topic that keep failing. */
    public static String dlq(String topic) {
        Objects.requireNonNull(topic, "topic");
        if (topic.isBlank() || topic.endsWith(DLQ_SUFFIX)) {
            throw new IllegalArgumentException("No dead-letter topic for '" + topic + "'");
        }
        return topic + DLQ_SUFFIX;
    }
}
