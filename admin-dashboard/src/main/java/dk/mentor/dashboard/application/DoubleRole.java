package dk.mentor.dashboard.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One person acting under two or more legal bases on the same plan, e.g. a LAB § 167 mentor who is
 * also the citizen's § 85 support person. The caseworker must see it: the minutes of each meeting
 * are split between the bases, and each basis is paid and reported on its own.
 */
public record DoubleRole(String name, List<String> legalBases) {

    /** The people among {@code participants} with more than one legal basis, in the order they first appear. */
    public static List<DoubleRole> among(List<Participant> participants) {
        Map<String, List<Participant>> byPerson = new LinkedHashMap<>();
        participants.forEach(p -> byPerson.computeIfAbsent(person(p), k -> new ArrayList<>()).add(p));
        List<DoubleRole> roles = new ArrayList<>();
        byPerson.values().forEach(same -> {
            List<String> bases = same.stream().map(Participant::legalBasis).filter(b -> b != null && !b.isBlank())
                    .distinct().sorted().toList();
            if (bases.size() > 1) {
                Participant first = same.get(0);
                roles.add(new DoubleRole(first.displayName() == null ? first.username() : first.displayName(), bases));
            }
        });
        return List.copyOf(roles);
    }

    /** Who a participation belongs to: the login when there is one, else the mentor, else the name. */
    static String person(Participant p) {
        if (p.username() != null && !p.username().isBlank()) {
            return "user:" + p.username();
        }
        if (p.mentorId() != null) {
            return "mentor:" + p.mentorId();
        }
        return "name:" + p.displayName();
    }

    /** The participations (ids) of people with a double role, so the participant list can mark each of their rows. */
    public static Set<UUID> participations(List<Participant> participants) {
        Map<String, Long> bases = participants.stream().collect(Collectors.groupingBy(DoubleRole::person,
                Collectors.mapping(Participant::legalBasis, Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        return participants.stream().filter(p -> bases.get(person(p)) > 1 && p.id() != null).map(Participant::id)
                .collect(Collectors.toUnmodifiableSet());
    }
}
