package dk.mentor.refusion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the economics need of a plan: the citizen's pseudonym, the acting municipality, the target groups. */
@Entity
@Table(name = "plan_fact")
public class PlanFact {

    /** The plan moved to another acting municipality from a day on. */
    public record Handover(LocalDate effectiveOn, String toMunicipality) {
    }

    @Id
    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "citizen_ref", nullable = false)
    private UUID citizenRef;

    @Column(name = "acting_municipality", nullable = false)
    private String actingMunicipality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    private List<String> targetGroups;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    protected PlanFact() {
    }

    public static PlanFact opened(UUID planId, UUID citizenRef, String actingMunicipality, List<String> targetGroups,
                                  LocalDate openedOn) {
        PlanFact plan = new PlanFact();
        plan.planId = planId;
        plan.citizenRef = citizenRef;
        plan.actingMunicipality = actingMunicipality;
        plan.targetGroups = List.copyOf(targetGroups);
        plan.openedOn = openedOn;
        return plan;
    }

    /** The acting municipality on a day: the one that opened the plan, or the latest receiver by then. */
    public String actingOn(LocalDate date, List<Handover> handovers) {
        return handovers.stream().filter(h -> !h.effectiveOn().isAfter(date))
                .max(Comparator.comparing(Handover::effectiveOn))
                .map(Handover::toMunicipality).orElse(actingMunicipality);
    }

    public UUID planId() { return planId; }
    public UUID citizenRef() { return citizenRef; }
    public List<String> targetGroups() { return targetGroups; }
}
