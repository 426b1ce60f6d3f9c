package dk.mentor.demo;

import java.util.List;

/**
 * One citizen's course in the demo: whose case it is, the mentor matched, how often they met and for
 * how long, and how it ended (null while it goes on). Days count back from the day of loading.
 */
record DemoCase(String label, String municipality, String cpr, List<String> targetGroups, String goal, String mentor,
                String basis, int startedDaysAgo, int everyDays, int meetings, int minutes, String outcome, boolean doubleRole) {

    /** The social worker holds cases under the social law, the job centre's caseworker those under LAB. */
    String caseworker() {
        return (basis.startsWith("SEL_") ? "social-worker-" : "caseworker-") + DemoMentors.town(municipality);
    }
}
