package dk.mentor.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a mentor coordinator does in catalog-service: organisations, mentors through vetting to ACTIVE, training. */
public final class CatalogSteps {

    private static final List<String> EXPECTATIONS = List.of("EMPLOYMENT_FOCUS", "WORKING_HOURS", "PERIOD",
            "PLACE_OF_WORK", "TRAINING", "RESPONSIBILITIES_AND_CONFIDENTIALITY", "GENDER_AND_RELIGION", "PAY");

    private final Api api;
    private final Keys keys;
    private final String base;

    public CatalogSteps(Api api, Keys keys) {
        this.api = api;
        this.keys = keys;
        this.base = api.endpoints().catalog();
    }

    public UUID organisation(String coordinator, String name, String kind, String home, List<String> serves) {
        UUID id = api.create(base, "/api/v1/organisations", coordinator,
                Map.of("name", name, "kind", kind, "homeMunicipality", home), keys.of("organisation:" + name)).id();
        for (String municipality : serves) {
            api.create(base, "/api/v1/organisations/" + id + "/agreements", coordinator,
                    Map.of("municipality", municipality, "validFrom", LocalDate.now().withDayOfYear(1).toString(),
                            "description", name + " provides mentors for " + municipality),
                    keys.of("agreement:" + name + ":" + municipality));
        }
        return id;
    }

    /** Registers, vets (every screening cleared, intake held), approves and activates: ready for matching. */
    public UUID activeMentor(String coordinator, MentorSpec spec) {
        UUID id = api.create(base, "/api/v1/mentors", coordinator, spec.body(), keys.of("mentor:" + spec.displayName())).id();
        Reply mentor = api.get(base, "/api/v1/mentors/" + id, coordinator);
        if ("ACTIVE".equals(mentor.body().path("status").asText())) {
            return id; // a loader run again finds its mentor done
        }
        String checked = LocalDate.now().minusMonths(6).toString();
        api.change("PUT", base, "/api/v1/mentors/" + id + "/vetting", coordinator, mentor.etag(),
                Map.of("childCertificateStatus", "CLEARED", "childCertificateCheckedOn", checked,
                        "criminalRecordStatus", "CLEARED", "criminalRecordCheckedOn", checked,
                        "intakeInterviewOn", checked, "expectationsAgreed", EXPECTATIONS));
        move(coordinator, id, "APPROVED", "Intake interview held, expectations agreed");
        move(coordinator, id, "ACTIVE", "Vetting in order");
        return id;
    }

    public void move(String coordinator, UUID mentorId, String status, String reason) {
        String etag = api.get(base, "/api/v1/mentors/" + mentorId, coordinator).etag();
        api.change("POST", base, "/api/v1/mentors/" + mentorId + "/status", coordinator, etag,
                Map.of("status", status, "reason", reason));
    }

    /** A course with one session and these mentors attending it; each attendance's cost goes to refusion. */
    public UUID training(String coordinator, String municipality, String title, LocalDate heldOn, String costPerParticipant,
                         List<UUID> mentors) {
        UUID course = api.create(base, "/api/v1/training-courses", coordinator,
                Map.of("organiserMunicipality", municipality, "kind", "START_COURSE", "title", title),
                keys.of("course:" + title)).id();
        UUID session = api.create(base, "/api/v1/training-courses/" + course + "/sessions", coordinator,
                Map.of("heldOn", heldOn.toString(), "hours", 6, "costPerParticipant", costPerParticipant, "place", "Rådhuset"),
                keys.of("session:" + title)).id();
        for (UUID mentor : mentors) {
            api.create(base, "/api/v1/training-sessions/" + session + "/attendances", coordinator,
                    Map.of("mentorId", mentor.toString(), "hours", 6), keys.of("attendance:" + title + ":" + mentor));
        }
        return session;
    }
}
