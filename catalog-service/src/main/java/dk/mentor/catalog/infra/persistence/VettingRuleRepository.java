package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.VettingRequirement;
import dk.mentor.catalog.domain.VettingRule;
import dk.mentor.contracts.codes.MentorKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

@ApplicationScoped
public class VettingRuleRepository implements PanacheRepositoryBase<VettingRule, VettingRule.Key> {

    /** The requirements in force for a kind on a day. */
    public Set<VettingRequirement> requiredFor(MentorKind kind, LocalDate day) {
        Set<VettingRequirement> required = EnumSet.noneOf(VettingRequirement.class);
        list("key.mentorKind", kind.name()).stream().filter(rule -> rule.inForceOn(day))
                .map(VettingRule::requirement).forEach(required::add);
        return required;
    }
}
