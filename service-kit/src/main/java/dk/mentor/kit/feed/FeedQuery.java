package dk.mentor.kit.feed;

import dk.mentor.contracts.events.EventType;
import dk.mentor.kit.api.InvalidParameterException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a client asked of the feed, checked: where to resume, which event types, how many, and the
 * municipalities whose events it may see.
 */
record FeedQuery(Optional<FeedCursor> after, Set<String> types, int limit, Set<String> municipalities) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    static FeedQuery of(String after, List<String> types, Integer limit, Set<String> municipalities) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Set<String> checkedTypes = new TreeSet<>();
        for (String type : types == null ? List.<String>of() : types) {
            try {
                checkedTypes.add(EventType.parse(type).value());
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("type", "must be an event type such as dk.mentor.followup.PlanOpened.v1");
            }
        }
        return new FeedQuery(Optional.ofNullable(after).map(FeedCursor::parse), Set.copyOf(checkedTypes),
                limit == null ? DEFAULT_LIMIT : limit, Set.copyOf(municipalities));
    }
}
