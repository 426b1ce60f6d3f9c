package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClosureOutcome;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.dashboard.application.ClaimStatus;
import dk.mentor.dashboard.application.DeadLetterQueries;
import dk.mentor.dashboard.application.MatchingQueries;
import dk.mentor.dashboard.application.Progression;
import dk.mentor.dashboard.application.SupplyAndDemand;
import dk.mentor.dashboard.application.TimelineEntry;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every code a service sends has a name in both languages. A code without a {#case} falls through to
 * {#else} and the page shows the raw code (LAB_167, SUBMITTED), which the test catches when the
 * contracts gain a constant the bundles do not know yet.
 */
class CodeMessagesTest {

    private static final Pattern CASE = Pattern.compile("\\{#case '([^']*)'}([^{]*)");

    /** Each code message and every code it must name: the timeline's, the meeting form's and the dead letters'. */
    private static final Map<String, Set<String>> CODES = Map.ofEntries(
            Map.entry("meeting_place", codes(MeetingPlace.values(), Enum::name)),
            Map.entry("closure_outcome", codes(ClosureOutcome.values(), Enum::name)),
            Map.entry("meeting_mode", new TreeSet<>(MeetingForm.MODES)),
            Map.entry("event_kind", codes(TimelineEntry.Kind.values(), Enum::name)),
            Map.entry("dead_letter_state", new TreeSet<>(DeadLetterQueries.STATES)),
            Map.entry("service_name", Set.of("catalog", "matching", "followup", "refusion")),
            Map.entry("meeting_field_error", Set.of("participantId", "date", "durationMinutes", "attendance", "mode", "place",
                    "minutes", "note")),
            Map.entry("meeting_form_error", Set.of("meeting_error_fields", "meeting_error_rule", "meeting_error_conflict",
                    "meeting_error_forbidden", "unavailable_followup")),
            // matching-service's codes (its enums are not on the dashboard's class path: the names as its OpenAPI gives them)
            Map.entry("referral_status", new TreeSet<>(MatchingQueries.REFERRAL_STATUSES)),
            Map.entry("proposal_status", Set.of("OPEN", "CHOSEN", "DECLINED", "ACCEPTED", "SUPERSEDED")),
            Map.entry("criterion", Set.of("TARGET_GROUPS", "NEEDS", "LANGUAGES", "AREA", "MENTOR_GENDER", "BACKGROUND", "MEETING_PLACE",
                    "MEETING_WINDOW", "PREVIOUS_MENTOR", "FREE_CAPACITY", "URGENCY")),
            Map.entry("unmet", Set.of("NO_CANDIDATES", "EXCLUDED_EARLIER", "NOT_ACTIVE", "VETTING_INCOMPLETE", "NOT_SERVING_MUNICIPALITY",
                    "LEGAL_BASIS", "MENTOR_KIND_NOT_ELIGIBLE", "NO_FREE_SEAT", "NO_FREE_HOURS", "WISH_MENTOR_GENDER", "WISH_SAME_BACKGROUND",
                    "WISH_DIFFERENT_BACKGROUND", "WISH_MEETING_PLACE", "WISH_MEETING_WINDOW", "WISH_PREVIOUS_MENTOR")),
            Map.entry("gender", Set.of("FEMALE", "MALE", "OTHER")),
            Map.entry("wish_relation", Set.of("SAME", "DIFFERENT")),
            Map.entry("supply_dimension", new TreeSet<>(SupplyAndDemand.DIMENSIONS)),
            Map.entry("replay_result", Set.of("replay_applied", "replay_already_applied", "replay_fails_again", "replay_not_found",
                    "problem_forbidden", "unavailable_catalog", "unavailable_matching", "unavailable_followup", "unavailable_refusion")));

    /** The code lists are rows of catalog's; these are the codes its migration seeds. */
    private static final Set<String> SEEDED_LEGAL_BASES = Set.of("LAB_167", "LAB_31B", "LAB_78", "LAB_40_3", "INL_23D", "SEL_85",
            "SEL_85A", "SEL_99", "VOLUNTARY");

    private static final Set<String> SEEDED_TARGET_GROUPS = Set.of("YOUNG_LITTLE_SYSTEM_KNOWLEDGE", "HOME_STAYING_WOMEN",
            "SICK_LISTED", "DISABILITY_PENSION_APPLICANTS", "SUBSTANCE_MISUSE", "LANGUAGE_BARRIERS", "PROVIDER_PROBLEMS",
            "INFORMATION_NEEDS", "RETENTION_IN_JOB_OR_EDUCATION", "SOCIAL_AND_MENTAL_PROBLEMS", "INSURED_UNEMPLOYED",
            "LONG_TERM_UNEMPLOYED", "JOB_OR_EDUCATION_READY", "JOB_READY", "EDUCATION_READY", "EMPLOYED", "SELF_SUPPORTING",
            "ACTIVITY_READY", "RESOURCE_COURSE", "FLEX_JOB", "SICKNESS_BENEFIT", "REHABILITATION", "VULNERABLE_YOUNG_UNEMPLOYED",
            "INTEGRATION_PROGRAMME");

    /** The same for the catalogue's, the plans' and the claims' pages. */
    private static final Map<String, Set<String>> FIRST_SLICE = Map.of(
            "legal_basis", new TreeSet<>(SEEDED_LEGAL_BASES),
            "target_group", new TreeSet<>(SEEDED_TARGET_GROUPS),
            "attendance", codes(Attendance.values(), Enum::name),
            "participant_role", codes(ParticipantRole.values(), Enum::name),
            "kind", codes(MentorKind.values(), Enum::name),
            "mentor_status", codes(MentorStatus.values(), Enum::name),
            "claim_status", codes(ClaimStatus.values(), Enum::name),
            "dimension", new TreeSet<>(Progression.DIMENSIONS),
            "claim_move_to", Arrays.stream(ClaimStatus.values()).flatMap(s -> s.next().stream()).map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new)));

    @Test
    void everyCodeHasADanishAndAnEnglishNameThatIsNotTheCodeItself() throws IOException {
        Map<String, Set<String>> all = new HashMap<>(FIRST_SLICE);
        all.putAll(CODES);
        for (String language : List.of("da", "en")) {
            Properties bundle = MessageBundlesTest.load(language);
            all.forEach((message, codes) -> {
                Map<String, String> named = names(bundle.getProperty(message));
                for (String code : codes) {
                    String name = named.get(code);
                    assertTrue(name != null && !name.isBlank() && !name.equals(code),
                            message + " has no " + language + " name for " + code);
                }
            });
        }
    }

    @Test
    void theDanishAndEnglishNamesDifferWhereTheWordsDo() throws IOException {
        assertEquals("Indsendt", names(MessageBundlesTest.load("da").getProperty("claim_status")).get("SUBMITTED"));
        assertEquals("Submitted", names(MessageBundlesTest.load("en").getProperty("claim_status")).get("SUBMITTED"));
        assertEquals("Jobparate", names(MessageBundlesTest.load("da").getProperty("target_group")).get("JOB_READY"));
    }

    private static Map<String, String> names(String text) {
        Matcher matcher = CASE.matcher(text == null ? "" : text);
        Map<String, String> names = new HashMap<>();
        while (matcher.find()) {
            names.put(matcher.group(1), matcher.group(2));
        }
        return names;
    }

    private static <E> Set<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.toCollection(TreeSet::new));
    }
}
