package dk.mentor.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo's mentor catalogue: every kind of mentor, a double-role LAB/§ 85 mentor in Aarhus, a
 * volunteer corps in Skanderborg shared with Aarhus, and København keeping its mentors to itself.
 * The three with a login (mentor-aarhus, mentor-skanderborg, mentor-kobenhavn) log their own meetings.
 */
final class DemoMentors {

    static final String AARHUS = "0751";
    static final String SKANDERBORG = "0746";
    static final String KOBENHAVN = "0101";
    static final String CORPS = "Frivilligkorps Østjylland";

    private DemoMentors() {
    }

    static String town(String municipality) {
        return Map.of(AARHUS, "aarhus", SKANDERBORG, "skanderborg", KOBENHAVN, "kobenhavn").get(municipality);
    }

    /** In registration order; the corps volunteers get the corps' organisation id when registered. */
    static List<MentorSpec> all() {
        return List.of(
                MentorSpec.of("Lene Kristensen", "PAID_SOCIAL_MENTOR", AARHUS, List.of("LAB_167", "SEL_85")).paid("325")
                        .account("mentor-aarhus").profile("FEMALE", List.of("da", "en"),
                                List.of("SOCIAL_AND_MENTAL_PROBLEMS", "LONG_TERM_UNEMPLOYED", "SUBSTANCE_MISUSE")),
                MentorSpec.of("Aisha Rahman", "INTEGRATION_MENTOR", AARHUS, List.of("INL_23D", "LAB_167")).paid("300")
                        .profile("FEMALE", List.of("da", "ar", "en"), List.of("LANGUAGE_BARRIERS", "HOME_STAYING_WOMEN")),
                MentorSpec.of("Jonas Mikkelsen", "COMPANY_MENTOR", AARHUS, List.of("LAB_167")).paid("250")
                        .profile("MALE", List.of("da"), List.of("RETENTION_IN_JOB_OR_EDUCATION", "VULNERABLE_YOUNG_UNEMPLOYED")),
                MentorSpec.of("Mette Dahl", "CONTACT_PERSON_SEL99", AARHUS, List.of("SEL_99")).paid("280")
                        .profile("FEMALE", List.of("da"), List.of("SUBSTANCE_MISUSE", "SOCIAL_AND_MENTAL_PROBLEMS")),
                MentorSpec.of("Peter Holm", "SUPPORT_CONTACT_PERSON_SEL85", AARHUS, List.of("SEL_85")).paid("310")
                        .profile("MALE", List.of("da"), List.of("SOCIAL_AND_MENTAL_PROBLEMS")),
                MentorSpec.of("Birgit Sørensen", "VOLUNTEER", SKANDERBORG, List.of("LAB_167")).account("mentor-skanderborg")
                        .sharedWith(AARHUS).profile("FEMALE", List.of("da"), List.of("YOUNG_LITTLE_SYSTEM_KNOWLEDGE", "LONG_TERM_UNEMPLOYED")),
                MentorSpec.of("Henrik Lund", "VOLUNTEER", SKANDERBORG, List.of("LAB_167")).sharedWith(AARHUS)
                        .profile("MALE", List.of("da", "de"), List.of("LONG_TERM_UNEMPLOYED", "SICK_LISTED")),
                MentorSpec.of("Sofie Nielsen", "PAID_SOCIAL_MENTOR", SKANDERBORG, List.of("LAB_167")).paid("300")
                        .sharedWith(AARHUS).profile("FEMALE", List.of("da"), List.of("SICK_LISTED", "SOCIAL_AND_MENTAL_PROBLEMS")),
                MentorSpec.of("Karin Bach", "MUNICIPAL_EMPLOYEE", SKANDERBORG, List.of("LAB_167"))
                        .profile("FEMALE", List.of("da"), List.of("ACTIVITY_READY")),
                MentorSpec.of("Mads Jensen", "PAID_SOCIAL_MENTOR", KOBENHAVN, List.of("LAB_167")).paid("350")
                        .account("mentor-kobenhavn").profile("MALE", List.of("da", "en"), List.of("LONG_TERM_UNEMPLOYED", "SUBSTANCE_MISUSE")),
                MentorSpec.of("Fatima Ali", "VOLUNTEER", KOBENHAVN, List.of("LAB_167"))
                        .profile("FEMALE", List.of("da", "ar", "so"), List.of("LANGUAGE_BARRIERS", "INTEGRATION_PROGRAMME")),
                MentorSpec.of("Ole Berg", "SUPPORT_CONTACT_PERSON_SEL85", KOBENHAVN, List.of("SEL_85")).paid("310")
                        .profile("MALE", List.of("da"), List.of("SOCIAL_AND_MENTAL_PROBLEMS", "SUBSTANCE_MISUSE")));
    }

    static boolean inCorps(MentorSpec spec) {
        return spec.home().equals(SKANDERBORG) && spec.kind().equals("VOLUNTEER");
    }

    /** Whose login logs the mentor's meetings: the mentor's own, or the caseworker's for mentors without one. */
    static String loggedBy(MentorSpec spec, DemoCase c) {
        return spec.accountUsername() != null ? spec.accountUsername() : c.caseworker();
    }
}
