package dk.mentor.followup.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What is due on a plan's active placements on a given day: the midway evaluation once the middle of
 * the agreed period has passed (seed 002 pp.15, 22), and the required follow-up 3 months after the
 * start (seed 002 p.16). An evaluation of the kind recorded for the placement counts (it cannot predate the start).
 * Stored with the plan's other due items and rewritten with every change to the plan (PlanDueItems).
 */
public final class PlacementAlerts {

    private PlacementAlerts() {
    }

    /**
     * @param currentAgreements each placement's latest agreement version, by placement id
     * @param evaluations       the evaluations of these placements
     */
    public static List<Alert> alerts(Plan plan, Collection<Placement> placements,
                                     Map<UUID, PlacementAgreement> currentAgreements,
                                     Collection<PlacementEvaluation> evaluations, LocalDate today) {
        return dueItems(plan, placements, currentAgreements, evaluations).stream()
                .filter(item -> item.shows(today, 0))
                .map(item -> item.toAlert(plan.id(), plan.ownerMunicipality(), today)).toList();
    }

    /** What the placements make due, each listed from its due day; independent of the day asked (see DueItem). */
    public static List<DueItem> dueItems(Plan plan, Collection<Placement> placements,
                                         Map<UUID, PlacementAgreement> currentAgreements,
                                         Collection<PlacementEvaluation> evaluations) {
        List<DueItem> items = new ArrayList<>();
        if (!plan.active()) {
            return items;
        }
        for (Placement p : placements) {
            if (!p.active()) {
                continue;
            }
            PlacementAgreement agreement = currentAgreements.get(p.id());
            LocalDate midway = p.midwayDue(agreement);
            if (!done(evaluations, p, PlacementEvaluation.Kind.MIDWAY_EVALUATION)) {
                items.add(item(Alert.Kind.PLACEMENT_MIDWAY_EVALUATION_DUE, p, agreement, midway,
                        "Midway evaluation of the " + p.kind() + " placement " + p.id() + " is due"));
            }
            LocalDate followUp = p.followUpDue();
            if (followUp != null && !done(evaluations, p, PlacementEvaluation.Kind.THREE_MONTH_FOLLOW_UP)) {
                items.add(item(Alert.Kind.PLACEMENT_FOLLOW_UP_DUE, p, agreement, followUp,
                        "3-month follow-up of the " + p.kind() + " placement " + p.id() + " is due"));
            }
        }
        return items;
    }

    private static boolean done(Collection<PlacementEvaluation> evaluations, Placement p, PlacementEvaluation.Kind kind) {
        return evaluations.stream().anyMatch(e -> e.placementId().equals(p.id()) && e.kind() == kind);
    }

    private static DueItem item(Alert.Kind kind, Placement p, PlacementAgreement agreement, LocalDate due, String detail) {
        return new DueItem(kind, p.companyMentorParticipantId(), agreement == null ? null : agreement.id(), due, due,
                detail, null);
    }
}
