package dk.mentor.kit.feed;

import java.util.List;

/** The events of one answer, oldest first, and the cursor to resume after them. */
record FeedPage(List<FeedEvent> events, FeedCursor next) {
}
