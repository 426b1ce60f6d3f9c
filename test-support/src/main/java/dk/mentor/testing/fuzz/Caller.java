package dk.mentor.testing.fuzz;

import java.util.List;

/** Who sends a request: a user name, realm roles and the municipality claim. */
public record Caller(String username, List<String> roles, List<String> municipalities) {

    public static Caller of(String username, String role, String... municipalities) {
        return new Caller(username, List.of(role), List.of(municipalities));
    }

    public String describe() {
        return "user=" + username + " roles=" + roles + " municipalities=" + municipalities;
    }
}
