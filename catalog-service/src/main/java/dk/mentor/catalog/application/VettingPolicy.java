package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.VettingRequirement;
import dk.mentor.catalog.domain.VettingRule;
import dk.mentor.catalog.infra.persistence.VettingRuleRepository;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vetting a mentor's kind requires today, from the effective-dated rules. The rules are a handful
 * of rows read for every mentor shown, so they are held for a minute rather than read per mentor.
 */
@ApplicationScoped
public class VettingPolicy {

    private static final Duration HELD_FOR = Duration.ofMinutes(1);

    @Inject
    VettingRuleRepository rules;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    private record Snapshot(Instant readAt, LocalDate day, Map<MentorKind, List<VettingRule>> byKind) {
    }

    public Set<VettingRequirement> requiredFor(Mentor mentor) {
        Set<VettingRequirement> required = EnumSet.noneOf(VettingRequirement.class);
        rulesFor(mentor).forEach(rule -> required.add(rule.requirement()));
        return required;
    }

    /** The rules in force for the mentor's kind, each saying whether it is law or the municipality's choice. */
    public List<VettingRule> rulesFor(Mentor mentor) {
        return current().byKind().get(mentor.kind());
    }

    public List<String> missing(Mentor mentor) {
        return mentor.vetting().missing(requiredFor(mentor));
    }

    private Snapshot current() {
        Snapshot held = snapshot;
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DanishTime.ZONE);
        if (held == null || held.readAt().plus(HELD_FOR).isBefore(now) || !held.day().equals(today)) {
            Map<MentorKind, List<VettingRule>> byKind = new EnumMap<>(MentorKind.class);
            for (MentorKind kind : MentorKind.values()) {
                byKind.put(kind, rules.inForceFor(kind, today));
            }
            held = new Snapshot(now, today, byKind);
            snapshot = held;
        }
        return held;
    }
}
