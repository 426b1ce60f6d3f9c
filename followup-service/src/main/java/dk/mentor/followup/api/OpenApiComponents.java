package dk.mentor.followup.api;

import dk.mentor.followup.domain.Alert;
import dk.mentor.followup.domain.FollowUp;
import dk.mentor.followup.domain.Goal;
import dk.mentor.followup.domain.HandOver;
import dk.mentor.followup.domain.InternalHandOver;
import dk.mentor.followup.domain.LinkedPlan;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementEvaluation;
import dk.mentor.followup.domain.Plan;
import dk.mentor.kit.openapi.EnumSchemas;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What the API documents in one place. The domain's nested enums are plain Java (Alert.Kind,
 * Goal.Status, ...), so their schema names are given here, and the DTO fields refer to them by name;
 * the constants are read from the domain, so the document cannot drift from the code. The scanner
 * does not look behind a field that refers by name, so a required one also says {@code required = true}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiComponents implements OASFilter {

    static final String ALERT_KIND = "AlertKind";
    static final String FOLLOW_UP_KIND = "FollowUpKind";
    static final String GOAL_STATUS = "GoalStatus";
    static final String HAND_OVER_STATUS = "HandOverStatus";
    static final String LINKED_PLAN_KIND = "LinkedPlanKind";
    static final String PLAN_STATUS = "PlanStatus";
    static final String PLACEMENT_STATUS = "PlacementStatus";
    static final String PLACEMENT_EVALUATION_KIND = "PlacementEvaluationKind";
    static final String INTERNAL_HAND_OVER_KIND = "InternalHandOverKind";
    static final String INTERNAL_HAND_OVER_PARTY = "InternalHandOverParty";

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            ALERT_KIND, Alert.Kind.class,
            FOLLOW_UP_KIND, FollowUp.Kind.class,
            GOAL_STATUS, Goal.Status.class,
            HAND_OVER_STATUS, HandOver.Status.class,
            LINKED_PLAN_KIND, LinkedPlan.Kind.class,
            PLAN_STATUS, Plan.Status.class,
            PLACEMENT_STATUS, Placement.Status.class,
            PLACEMENT_EVALUATION_KIND, PlacementEvaluation.Kind.class,
            INTERNAL_HAND_OVER_KIND, InternalHandOver.Kind.class,
            INTERNAL_HAND_OVER_PARTY, InternalHandOver.Party.class);

    /** How the caller states why they touch the plan; see {@link dk.mentor.followup.application.Purposes}. */
    static final String PURPOSE_DOC = "Why the caller touches the citizen's data, recorded in the audit trail"
            + " (free text, at most 200 characters, no personal identifiers). Defaults to the endpoint's usual purpose.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        EnumSchemas.add(openAPI, ENUMS);
    }
}
