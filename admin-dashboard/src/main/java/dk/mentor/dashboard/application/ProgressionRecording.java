package dk.mentor.dashboard.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.mentor.dashboard.infra.Backend;
import dk.mentor.dashboard.infra.ServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records a progression rating from the plan page with followup-service's
 * {@code POST /plans/{id}/progressions} (caseworker or mentor). The service checks the scores
 * (1–10) and the day; the dashboard passes on what was typed and names the fields it refused.
 */
@ApplicationScoped
public class ProgressionRecording {

    /** The fields of the service's ProgressionRequest the form has a place for. */
    static final Set<String> FORM_FIELDS = Set.of("ratedOn", "labourMarketScore", "dimensions", "nextStep", "mentorSupport");

    private final ServiceClient services;

    public ProgressionRecording(ServiceClient services) {
        this.services = services;
    }

    /** Records the rating once per {@code idempotencyKey} (the key the form was rendered with). */
    public FormOutcome record(UUID plan, RatingInput input, String idempotencyKey, String accessToken) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Request request = request(input, unreadable);
        if (!unreadable.isEmpty()) {
            return FormOutcome.unreadable("rating", unreadable);
        }
        return FormOutcome.of(services.post(Backend.FOLLOWUP, "/api/v1/plans/" + plan + "/progressions", accessToken,
                idempotencyKey, request).join(), "rating", FORM_FIELDS);
    }

    static Request request(RatingInput in, Map<String, String> unreadable) {
        Integer score = FormFields.number(in.labourMarketScore(), "labourMarketScore", "rating_error_labourMarketScore", unreadable);
        Map<String, Integer> dimensions = new LinkedHashMap<>();
        for (String code : Progression.DIMENSIONS) {
            Integer value = FormFields.number(in.dimension(code), "dimensions", "rating_error_dimensions", unreadable);
            if (value != null) {
                dimensions.put(code, value);
            }
        }
        return new Request(FormFields.orNull(in.ratedOn()), score, dimensions.isEmpty() ? null : dimensions,
                FormFields.orNull(in.nextStep()), FormFields.orNull(in.mentorSupport()));
    }

    /** followup-service's ProgressionRequest. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String ratedOn, Integer labourMarketScore, Map<String, Integer> dimensions, String nextStep,
                   String mentorSupport) {
    }
}
