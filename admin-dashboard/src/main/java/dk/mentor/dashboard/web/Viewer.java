package dk.mentor.dashboard.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The signed-in user as the layout shows them, and which parts of the dashboard their roles use.
 * Showing a link is a convenience, not a permission: the services decide what each call may do.
 */
public record Viewer(String name, String username, List<String> municipalities, List<String> roles) {

    public boolean coordinator() {
        return roles.contains("coordinator");
    }

    public boolean caseworker() {
        return roles.contains("caseworker");
    }

    public boolean mentor() {
        return roles.contains("mentor");
    }

    public boolean admin() {
        return roles.contains("admin");
    }

    public boolean finance() {
        return roles.contains("finance-officer");
    }

    public boolean auditor() {
        return roles.contains("auditor");
    }

    /** The roles followup-service lets read a citizen's access log (to answer the citizen's request for access). */
    public boolean readsAccessLogs() {
        return coordinator() || caseworker() || roles.contains("social-worker");
    }

    /** @return the names of the user's municipalities; {@link #municipalities()} holds their codes */
    public String municipalityNames() {
        return municipalities.stream().map(Municipalities::municipalityName).collect(Collectors.joining(", "));
    }

    /** The first role, whose start page the user sees; the realm gives each demo user one. */
    public String mainRole() {
        return roles.isEmpty() ? "" : roles.get(0);
    }
}
