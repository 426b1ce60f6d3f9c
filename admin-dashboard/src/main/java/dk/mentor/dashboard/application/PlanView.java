package dk.mentor.dashboard.application;

import java.util.List;

/** A plan's page: the plan, its participants by legal basis, its meetings and its progression ratings (oldest first), fetched at once. */
public record PlanView(Section<PlanRow> plan, Section<List<BasisGroup>> participants, Section<List<Meeting>> meetings,
                       Section<List<Progression>> progressions) {

    /** Another municipality's plan (the service answers 404): the page says "not found" and nothing else. */
    public boolean notFound() {
        return plan.notFound();
    }
}
