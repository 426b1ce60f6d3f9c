package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.VettingRule;
import dk.mentor.contracts.codes.MentorKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class VettingRuleRepository implements PanacheRepositoryBase<VettingRule, VettingRule.Key> {

    /** The rules in force for a kind on a day, in the requirement's order. */
    public List<VettingRule> inForceFor(MentorKind kind, LocalDate day) {
        return list("key.mentorKind", kind.name()).stream().filter(rule -> rule.inForceOn(day))
                .sorted(Comparator.comparing(VettingRule::requirement)).toList();
    }
}
