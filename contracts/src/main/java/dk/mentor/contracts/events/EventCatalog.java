package dk.mentor.contracts.events;

import dk.mentor.contracts.events.catalog.CodeListEntryChanged;
import dk.mentor.contracts.events.catalog.MentorCapacityChanged;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.contracts.events.catalog.MentorStatusChanged;
import dk.mentor.contracts.events.catalog.TrainingAttended;
import dk.mentor.contracts.events.followup.MeetingCorrected;
import dk.mentor.contracts.events.followup.MeetingLogged;
import dk.mentor.contracts.events.followup.OutcomeRecorded;
import dk.mentor.contracts.events.followup.PlacementEnded;
import dk.mentor.contracts.events.followup.PlacementStarted;
import dk.mentor.contracts.events.followup.PlanHandedOver;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.contracts.events.followup.ProgressionRecorded;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipRenewed;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.contracts.events.refusion.CeilingThresholdReached;
import dk.mentor.contracts.events.refusion.ClaimStatusChanged;
import java.util.List;
import java.util.Optional;

/**
 * Every event of the suite, with its topic and schema. A new payload record must be added here;
 * the tests fail for a payload that is missing, or that has no schema or no sample.
 */
public final class EventCatalog {

    private static final List<EventDefinition> ALL = List.of(
            new EventDefinition(MentorRegistered.TYPE, Topics.CATALOG_MENTOR, MentorRegistered.class),
            new EventDefinition(MentorProfileChanged.TYPE, Topics.CATALOG_MENTOR, MentorProfileChanged.class),
            new EventDefinition(MentorStatusChanged.TYPE, Topics.CATALOG_MENTOR, MentorStatusChanged.class),
            new EventDefinition(MentorCapacityChanged.TYPE, Topics.CATALOG_MENTOR, MentorCapacityChanged.class),
            new EventDefinition(TrainingAttended.TYPE, Topics.CATALOG_TRAINING, TrainingAttended.class),
            new EventDefinition(CodeListEntryChanged.TYPE, Topics.CATALOG_CODE_LIST, CodeListEntryChanged.class),
            new EventDefinition(MentorshipStarted.TYPE, Topics.MATCHING_MENTORSHIP, MentorshipStarted.class),
            new EventDefinition(MentorshipEnded.TYPE, Topics.MATCHING_MENTORSHIP, MentorshipEnded.class),
            new EventDefinition(MentorshipRenewed.TYPE, Topics.MATCHING_MENTORSHIP, MentorshipRenewed.class),
            new EventDefinition(PlanOpened.TYPE, Topics.FOLLOWUP_PLAN, PlanOpened.class),
            new EventDefinition(MeetingLogged.TYPE, Topics.FOLLOWUP_PLAN, MeetingLogged.class),
            new EventDefinition(MeetingCorrected.TYPE, Topics.FOLLOWUP_PLAN, MeetingCorrected.class),
            new EventDefinition(ProgressionRecorded.TYPE, Topics.FOLLOWUP_PLAN, ProgressionRecorded.class),
            new EventDefinition(OutcomeRecorded.TYPE, Topics.FOLLOWUP_PLAN, OutcomeRecorded.class),
            new EventDefinition(PlanHandedOver.TYPE, Topics.FOLLOWUP_PLAN, PlanHandedOver.class),
            new EventDefinition(PlacementStarted.TYPE, Topics.FOLLOWUP_PLAN, PlacementStarted.class),
            new EventDefinition(PlacementEnded.TYPE, Topics.FOLLOWUP_PLAN, PlacementEnded.class),
            new EventDefinition(CeilingThresholdReached.TYPE, Topics.REFUSION_CLAIM, CeilingThresholdReached.class),
            new EventDefinition(ClaimStatusChanged.TYPE, Topics.REFUSION_CLAIM, ClaimStatusChanged.class));

    private EventCatalog() {
    }

    public static List<EventDefinition> all() {
        return ALL;
    }

    /**
     * The definition for a ce_type header. Empty for a type this version of the contracts does not
     * know, such as a newer version of an event; the consumer decides whether to skip it.
     */
    public static Optional<EventDefinition> find(String ceType) {
        return ALL.stream().filter(definition -> definition.type().value().equals(ceType)).findFirst();
    }

    /**
     * The definition for a payload about to be published.
     *
     * @throws IllegalArgumentException if the payload's class is not in the catalog (a programming error)
     */
    public static EventDefinition of(EventPayload payload) {
        return ALL.stream()
                .filter(definition -> definition.payloadClass() == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Payload class not in EventCatalog: " + payload.getClass().getName()));
    }
}
