package dk.mentor.followup.api;

/** The descriptions of the problem responses every operation lists, so each error reads the same everywhere. */
final class OpenApiComponents {

    static final String BAD_REQUEST = "Malformed JSON, or fields that are missing or invalid (listed in errors)";
    static final String FORBIDDEN = "The caller's role may not do this";
    static final String NOT_FOUND = "No such resource, or not one the caller may see (the attempt is audited)";
    static final String CONFLICT = "The change conflicts with the current state (e.g. a second active plan)";
    static final String STALE = "If-Match does not name the current version; read again and retry";
    static final String RULE = "A rule of the plan was broken; errors lists the fields concerned";
    static final String PRECONDITION = "If-Match is required on this update";

    /** How the caller states why they touch the plan; see {@link dk.mentor.followup.application.Purposes}. */
    static final String PURPOSE_DOC = "Why the caller touches the citizen's data, recorded in the audit trail"
            + " (free text, at most 200 characters, no personal identifiers). Defaults to the endpoint's usual purpose.";

    private OpenApiComponents() {
    }
}
