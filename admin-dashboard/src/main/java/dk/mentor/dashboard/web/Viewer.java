package dk.mentor.dashboard.web;

import java.util.List;

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

    public String municipalityNames() {
        return String.join(", ", municipalities);
    }

    /** The first role, whose start page the user sees; the realm gives each demo user one. */
    public String mainRole() {
        return roles.isEmpty() ? "" : roles.get(0);
    }
}
