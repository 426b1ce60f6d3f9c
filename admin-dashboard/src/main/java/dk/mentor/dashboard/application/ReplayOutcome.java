package dk.mentor.dashboard.application;

/**
 * What replaying a dead letter came to, as the message key the admin reads: applied, already
 * applied meanwhile, still failing (409, the letter keeps waiting), gone, or the service not answering.
 */
public record ReplayOutcome(boolean replayed, String messageKey) {
}
