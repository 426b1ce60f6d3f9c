package dk.mentor.dashboard.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A caseworker's referral of a plan's citizen to a mentor, sent as matching-service's
 * {@code POST /referrals} with the user's token. The acting municipality is the plan's owner; matching
 * checks the rest (the period under the legal basis, the codes) and its problem names the fields.
 */
@ApplicationScoped
public class ReferralOrder {

    /** The fields of CreateReferral the form has a place for; wishes are one place ("wishes"). */
    static final Set<String> FORM_FIELDS = Set.of("legalBasis", "purpose", "tasks", "hoursPerWeek", "meetingFrequency",
            "periodStart", "periodEnd", "targetGroups", "needs", "languages", "urgency", "wishes");

    private final ServiceClient services;

    public ReferralOrder(ServiceClient services) {
        this.services = services;
    }

    /** The plan the referral is for: its owner is the acting municipality, its target groups the form's start. */
    public Section<PlanRow> plan(UUID plan, String accessToken) {
        return Section.from(Backend.FOLLOWUP, services.get(Backend.FOLLOWUP, "/api/v1/plans/" + plan, accessToken,
                new com.fasterxml.jackson.core.type.TypeReference<PlanRow>() { }).join());
    }

    /** Orders once per {@code idempotencyKey}; done, the outcome's body is the new referral's id. */
    public FormOutcome refer(UUID plan, String actingMunicipality, ReferralInput input, String idempotencyKey, String accessToken) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        BigDecimal hours = hours(input.hoursPerWeek(), unreadable);
        if (!unreadable.isEmpty()) {
            return FormOutcome.unreadable("referral", unreadable);
        }
        FormOutcome outcome = FormOutcome.of(services.post(Backend.MATCHING, "/api/v1/referrals", accessToken, idempotencyKey,
                request(plan, actingMunicipality, input, hours)).join(), "referral", FORM_FIELDS);
        if (!outcome.succeeded()) {
            return outcome;
        }
        String id = ((com.fasterxml.jackson.databind.JsonNode) outcome.body()).path("id").asText("");
        return FormOutcome.done(id.isEmpty() ? null : UUID.fromString(id));
    }

    static Request request(UUID plan, String acting, ReferralInput in, BigDecimal hours) {
        Map<String, Object> wishes = new LinkedHashMap<>();
        if (!FormFields.blank(in.genderWish())) {
            wishes.put("mentorGender", Map.of("genders", List.of(in.genderWish().strip()), "binding", in.genderBinding()));
        }
        if (!FormFields.blank(in.placeWish())) {
            wishes.put("meetingPlace", Map.of("places", List.of(in.placeWish().strip()), "binding", in.placeBinding()));
        }
        return new Request(plan, acting, FormFields.orNull(in.legalBasis()), FormFields.orNull(in.purpose()),
                lines(in.tasks(), "\n"), hours, FormFields.orNull(in.meetingFrequency()), FormFields.orNull(in.periodStart()),
                FormFields.orNull(in.periodEnd()), in.targetGroups(), lines(in.needs(), ","), lines(in.languages(), ","),
                FormFields.orNull(in.urgency()), wishes.isEmpty() ? null : wishes);
    }

    /** "3,5" (Danish) or "3.5"; blank is left out; anything else is noted against the field. */
    static BigDecimal hours(String typed, Map<String, String> unreadable) {
        if (FormFields.blank(typed)) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            unreadable.put("hoursPerWeek", "referral_error_hoursPerWeek");
            return null;
        }
    }

    /** The non-blank parts of a text split at {@code separator}, trimmed (tasks one a line; needs, languages by comma). */
    static List<String> lines(String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** matching-service's CreateReferral, as much of it as a caseworker fills in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(UUID planId, String actingMunicipality, String legalBasis, String purpose, List<String> tasks,
                   BigDecimal hoursPerWeek, String meetingFrequency, String periodStart, String periodEnd,
                   List<String> targetGroups, List<String> needs, List<String> languages, String urgency,
                   Map<String, Object> wishes) {
    }
}
