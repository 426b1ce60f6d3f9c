package dk.mentor.matching.domain.ranking;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a referral asks of a mentor, in the form ranking uses. Hours are in hundredths of an hour.
 * Mentors who already said no (or whom the citizen turned down) are excluded. {@code eligibleKinds} are
 * the kinds of mentor the eligibility rows let serve the referral; null when every kind may.
 */
public record ReferralCriteria(String actingMunicipality, String legalBasis, long centiHoursPerWeek,
                               Set<String> targetGroups, Set<String> needs, Set<String> languages,
                               String areaMunicipality, String postcode, List<Wish> wishes,
                               Set<UUID> excludedMentors, boolean urgent, Set<String> eligibleKinds) {

    /** A referral that every kind of mentor may serve (no eligibility rows judged). */
    public ReferralCriteria(String actingMunicipality, String legalBasis, long centiHoursPerWeek,
                            Set<String> targetGroups, Set<String> needs, Set<String> languages,
                            String areaMunicipality, String postcode, List<Wish> wishes,
                            Set<UUID> excludedMentors, boolean urgent) {
        this(actingMunicipality, legalBasis, centiHoursPerWeek, targetGroups, needs, languages, areaMunicipality,
                postcode, wishes, excludedMentors, urgent, null);
    }

    public ReferralCriteria {
        Objects.requireNonNull(actingMunicipality, "actingMunicipality");
        Objects.requireNonNull(legalBasis, "legalBasis");
        targetGroups = Set.copyOf(targetGroups);
        needs = Set.copyOf(needs);
        languages = Set.copyOf(languages);
        wishes = List.copyOf(wishes);
        excludedMentors = Set.copyOf(excludedMentors);
        eligibleKinds = eligibleKinds == null ? null : Set.copyOf(eligibleKinds);
        Map<WishKind, Wish> seen = new EnumMap<>(WishKind.class);
        for (Wish wish : wishes) {
            if (seen.put(wish.kind(), wish) != null) {
                throw new IllegalArgumentException("one " + wish.kind() + " wish at most");
            }
        }
    }

    /** The windows of a MEETING_WINDOW wish, parsed once for the whole ranking. */
    List<WeeklyWindow> wishedWindows(Wish wish) {
        return Windows.parseAll(wish.values());
    }
}
