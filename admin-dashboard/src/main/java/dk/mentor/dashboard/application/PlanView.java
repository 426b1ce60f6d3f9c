package dk.mentor.dashboard.application;

import java.util.List;

/** A plan's page: the plan, its participants by legal basis and its meetings, fetched at once. */
public record PlanView(Section<PlanRow> plan, Section<List<BasisGroup>> participants, Section<List<Meeting>> meetings) {

    /** Another municipality's plan (the service answers 404): the page says "not found" and nothing else. */
    public boolean notFound() {
        return plan.notFound();
    }
}
