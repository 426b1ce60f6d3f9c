package dk.mentor.demo;

import static dk.mentor.demo.DemoMentors.AARHUS;
import static dk.mentor.demo.DemoMentors.SKANDERBORG;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The volunteer corps' programme (seed 004) for the demo: a year with targets of 10 volunteers, 12 mentees
 * and 10 matches, volunteers and mentees from several channels through interview, vetting and the match
 * meeting, drop-outs with their reasons, waiting lists on both sides, and a coordination group that meets.
 * Each vetted volunteer is a catalogue mentor of kind VOLUNTEER. A mentee is pseudonymous: municipality,
 * channel and age band only. Days are counted back from today, so the waiting times are always current.
 */
final class VolunteerProgrammeDemo {

    /** A volunteer's steps in days ago; null where the step was not reached, dropReason with droppedDaysAgo. */
    private record Volunteer(String name, String municipality, String channel, int inquiry, Integer interview, Integer vetted,
                             String dropReason, Integer dropped) {
    }

    /** A mentee's steps; the label only tells the demo's mentees apart, it is never sent. */
    private record Mentee(String label, String municipality, String channel, String ageBand, int inquiry, Integer interview,
                          Integer vetted, String dropReason, Integer dropped) {
    }

    /** A match at the corps' match meeting. */
    private record Match(String volunteer, String mentee, int daysAgo) {
    }

    private static final List<Volunteer> VOLUNTEERS = List.of(
            new Volunteer("Mette Holm", SKANDERBORG, "WEBSITE", 200, 190, 175, null, null),
            new Volunteer("Jonas Krog", AARHUS, "NETWORK", 190, 182, 170, null, null),
            new Volunteer("Sara Bech", AARHUS, "COMPANY", 180, 172, 160, null, null),
            new Volunteer("Peter Dahl", SKANDERBORG, "LOCAL_MEDIA", 150, 140, 128, null, null),
            new Volunteer("Ida Winther", AARHUS, "EDUCATION_INSTITUTION", 120, 110, 95, null, null),
            new Volunteer("Anders Vinther", AARHUS, "WEBSITE", 100, 92, 80, null, null),
            new Volunteer("Thomas Bak", SKANDERBORG, "WORD_OF_MOUTH", 80, 70, 58, null, null),
            new Volunteer("Mikkel Friis", AARHUS, "EVENT", 60, 50, 41, null, null),
            new Volunteer("Louise Krag", SKANDERBORG, "LIBRARY", 90, 85, null, "NO_TIME", 70),
            new Volunteer("Rasmus Ebbe", AARHUS, "WEBSITE", 40, 33, null, "NOT_APPROVED", 25),
            new Volunteer("Hanne Juul", AARHUS, "HOUSING_ASSOCIATION", 10, null, null, null, null));

    private static final List<Mentee> MENTEES = List.of(
            new Mentee("M1", SKANDERBORG, "EDUCATION_INSTITUTION", "AGE_18_24", 185, 178, 170, null, null),
            new Mentee("M2", AARHUS, "EDUCATION_INSTITUTION", "AGE_16_17", 170, 160, 155, null, null),
            new Mentee("M3", AARHUS, "JOBCENTRE", "AGE_30_39", 150, 135, 125, null, null),
            new Mentee("M4", SKANDERBORG, "SOCIAL_MEDIA", "AGE_18_24", 130, 112, 105, null, null),
            new Mentee("M5", AARHUS, "PROJECT", "AGE_18_24", 90, 75, 65, null, null),
            new Mentee("M6", AARHUS, "SOCIAL_MEDIA", "AGE_25_29", 70, 55, 48, null, null),
            new Mentee("M7", SKANDERBORG, "YOUTH_GUIDANCE", "AGE_16_17", 45, 38, 30, null, null),
            new Mentee("M8", AARHUS, "HOUSING_ASSOCIATION", "AGE_40_64", 30, 24, 19, null, null),
            new Mentee("M9", AARHUS, "JOBCENTRE", "AGE_30_39", 25, 18, null, null, null),
            new Mentee("M10", SKANDERBORG, "EDUCATION_INSTITUTION", "AGE_18_24", 8, null, null, null, null),
            new Mentee("M11", AARHUS, "ETHNIC_ASSOCIATION", "AGE_25_29", 100, 92, null, "OUTSIDE_TARGET_GROUP", 85),
            new Mentee("M12", AARHUS, "SOCIAL_MEDIA", "AGE_18_24", 60, 52, 45, "NO_SUITABLE_MATCH", 20));

    private static final List<Match> MATCHES = List.of(new Match("Mette Holm", "M1", 160), new Match("Jonas Krog", "M2", 150),
            new Match("Sara Bech", "M3", 120), new Match("Peter Dahl", "M4", 100), new Match("Ida Winther", "M5", 60));

    private final Api api;
    private final Keys keys;
    private final CatalogSteps catalog;
    private final String base;
    private final LocalDate today = LocalDate.now();
    private final Map<String, UUID> entries = new LinkedHashMap<>();

    VolunteerProgrammeDemo(Api api, Keys keys, CatalogSteps catalog) {
        this.api = api;
        this.keys = keys;
        this.catalog = catalog;
        this.base = api.endpoints().catalog();
    }

    /** Loads the programme of the corps (home Skanderborg, serving Aarhus too) and returns its id. */
    UUID load(UUID corps) {
        UUID programme = api.create(base, "/api/v1/volunteer-programmes", coordinator(SKANDERBORG), Map.of(
                "organisationId", corps.toString(), "name", "Frivillige mentorer Østjylland", "periodFrom", day(210),
                "periodTo", today.plusDays(155).toString(), "targetVolunteers", 10, "targetMentees", 12, "targetMatches", 10),
                keys.of("programme:Østjylland")).id();
        String path = "/api/v1/volunteer-programmes/" + programme;
        for (Volunteer v : VOLUNTEERS) {
            UUID entry = register(path, v.name(), v.municipality(), Map.of("side", "VOLUNTEER", "municipality", v.municipality(),
                    "channel", v.channel(), "inquiryOn", day(v.inquiry()), "displayName", v.name()));
            UUID mentor = v.vetted() == null ? null : catalog.activeMentor(coordinator(v.municipality()),
                    MentorSpec.of(v.name(), "VOLUNTEER", v.municipality(), List.of("LAB_167")));
            steps(path, entry, v.name(), v.municipality(), v.interview(), v.vetted(), mentor, v.dropReason(), v.dropped());
        }
        for (Mentee m : MENTEES) {
            UUID entry = register(path, m.label(), m.municipality(), Map.of("side", "MENTEE", "municipality", m.municipality(),
                    "channel", m.channel(), "inquiryOn", day(m.inquiry()), "ageBand", m.ageBand()));
            steps(path, entry, m.label(), m.municipality(), m.interview(), m.vetted(), null, m.dropReason(), m.dropped());
        }
        for (Match match : MATCHES) {
            String municipality = VOLUNTEERS.stream().filter(v -> v.name().equals(match.volunteer())).findFirst().orElseThrow()
                    .municipality();
            api.create(base, path + "/matches", coordinator(municipality), Map.of("volunteerEntryId", entries.get(match.volunteer()),
                    "menteeEntryId", entries.get(match.mentee()), "matchedOn", day(match.daysAgo())),
                    keys.of("programme-match:" + match.volunteer()));
        }
        group(path);
        return programme;
    }

    /** Skanderborg's coordination group with its coordinator, three volunteers and a meeting two weeks ago. */
    private void group(String path) {
        String user = coordinator(SKANDERBORG);
        UUID coordinator = api.create(base, "/api/v1/coordinators", user,
                Map.of("municipality", SKANDERBORG, "displayName", "Koordinator Østjylland"), keys.of("coordinator:Østjylland")).id();
        UUID group = api.create(base, path + "/groups", user, Map.of("name", "Koo-gruppen i Skanderborg",
                "coordinatorId", coordinator.toString()), keys.of("group:Skanderborg")).id();
        for (String member : List.of("Mette Holm", "Peter Dahl", "Thomas Bak")) {
            api.create(base, path + "/groups/" + group + "/members", user, Map.of("entryId", entries.get(member).toString()),
                    keys.of("group-member:" + member));
        }
        api.create(base, path + "/groups/" + group + "/meetings", user, Map.of("heldOn", day(14),
                "topic", "Vagtplan, nye henvendelser og opfølgning efter 3 måneder",
                "attendeeEntryIds", List.of(entries.get("Mette Holm").toString(), entries.get("Thomas Bak").toString())),
                keys.of("group-meeting:Skanderborg"));
    }

    private UUID register(String path, String label, String municipality, Map<String, Object> body) {
        UUID entry = api.create(base, path + "/entries", coordinator(municipality), body, keys.of("programme-entry:" + label)).id();
        entries.put(label, entry);
        return entry;
    }

    private void steps(String path, UUID entry, String label, String municipality, Integer interview, Integer vetted, UUID mentor,
                       String dropReason, Integer dropped) {
        String user = coordinator(municipality);
        String steps = path + "/entries/" + entry + "/steps";
        if (interview != null) {
            api.create(base, steps, user, Map.of("step", "INTERVIEWED", "on", day(interview)), keys.of("interview:" + label));
        }
        if (vetted != null) {
            Map<String, Object> body = new HashMap<>(Map.of("step", "VETTED", "on", day(vetted)));
            if (mentor != null) {
                body.put("mentorId", mentor.toString());
            }
            api.create(base, steps, user, body, keys.of("vetted:" + label));
        }
        if (dropReason != null) {
            api.create(base, path + "/entries/" + entry + "/drop-out", user, Map.of("on", day(dropped), "reason", dropReason),
                    keys.of("drop-out:" + label));
        }
    }

    private String day(int daysAgo) {
        return today.minusDays(daysAgo).toString();
    }

    private static String coordinator(String municipality) {
        return "coordinator-" + DemoMentors.town(municipality);
    }
}
