package dk.mentor.dashboard.application;

import java.time.OffsetDateTime;

/** One look-up in a citizen's data as the citizen may see it: when, by which municipality, what and why; never who. */
public record AccessLookup(OffsetDateTime at, String municipality, String action, String purpose) {
}
