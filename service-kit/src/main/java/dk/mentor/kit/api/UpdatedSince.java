package dk.mentor.kit.api;

/**
 * The {@code updatedSince} query parameter of the list endpoints a case system syncs, described once
 * so every service documents the same contract.
 */
public final class UpdatedSince {

    public static final String PARAMETER = "updatedSince";

    public static final String DESCRIPTION = "RFC 3339 instant: only what changed at or after it, ordered by"
            + " updatedAt, then id, so a client can page through the changes. Sync by sending the greatest"
            + " updatedAt seen so far; the boundary is inclusive, so the last items come again, and a client"
            + " should go back a minute, since a change is stamped when its transaction starts and may commit later.";

    public static final String EXAMPLE = "2026-12-03T10:15:30Z";

    private UpdatedSince() {
    }
}
