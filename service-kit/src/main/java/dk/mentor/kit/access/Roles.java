package dk.mentor.kit.access;

import java.util.List;

/** The realm roles of the mentor realm (see docs/architecture.md, "Request flow"). */
public final class Roles {
    public static final String COORDINATOR = "coordinator";
    public static final String CASEWORKER = "caseworker";
    public static final String SOCIAL_WORKER = "social-worker";
    public static final String MENTOR = "mentor";
    public static final String FINANCE_OFFICER = "finance-officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    /** Every realm role, in the order the documentation lists them. */
    public static final List<String> ALL = List.of(COORDINATOR, CASEWORKER, SOCIAL_WORKER, MENTOR, FINANCE_OFFICER,
            AUDITOR, ADMIN, INTEGRATION);

    private Roles() {
    }
}
