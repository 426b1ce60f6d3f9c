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
 * Computed, never stored, like the plan's other alerts.
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
        List<Alert> alerts = new ArrayList<>();
        if (!plan.active()) {
            return alerts;
        }
        for (Placement p : placements) {
            if (!p.active()) {
                continue;
            }
            PlacementAgreement agreement = currentAgreements.get(p.id());
            LocalDate midway = p.midwayDue(agreement);
            if (!midway.isAfter(today) && !done(evaluations, p, PlacementEvaluation.Kind.MIDWAY_EVALUATION)) {
                alerts.add(alert(Alert.Kind.PLACEMENT_MIDWAY_EVALUATION_DUE, plan, p, agreement, midway,
                        "Midway evaluation of the " + p.kind() + " placement " + p.id() + " is due"));
            }
            LocalDate followUp = p.followUpDue();
            if (!followUp.isAfter(today) && !done(evaluations, p, PlacementEvaluation.Kind.THREE_MONTH_FOLLOW_UP)) {
                alerts.add(alert(Alert.Kind.PLACEMENT_FOLLOW_UP_DUE, plan, p, agreement, followUp,
                        "3-month follow-up of the " + p.kind() + " placement " + p.id() + " is due"));
            }
        }
        return alerts;
    }

    private static boolean done(Collection<PlacementEvaluation> evaluations, Placement p, PlacementEvaluation.Kind kind) {
        return evaluations.stream().anyMatch(e -> e.placementId().equals(p.id()) && e.kind() == kind);
    }

    private static Alert alert(Alert.Kind kind, Plan plan, Placement p, PlacementAgreement agreement, LocalDate due,
                               String detail) {
        return new Alert(kind, plan.id(), plan.ownerMunicipality(), p.companyMentorParticipantId(),
                agreement == null ? null : agreement.id(), due, detail);
    }
}
