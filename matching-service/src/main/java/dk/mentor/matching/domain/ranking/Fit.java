package dk.mentor.matching.domain.ranking;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A referral prepared for ranking many mentors: wishes split into binding and preferred, windows parsed once. */
public final class Fit {

    private static final String VOLUNTARY = "VOLUNTARY";

    private final ReferralCriteria referral;
    private final List<Wish> binding;
    private final List<Wish> preferred;
    private final List<List<WeeklyWindow>> bindingWindows;
    private final List<List<WeeklyWindow>> preferredWindows;

    public Fit(ReferralCriteria referral) {
        this.referral = referral;
        this.binding = referral.wishes().stream().filter(Wish::binding).toList();
        this.preferred = referral.wishes().stream().filter(w -> !w.binding()).toList();
        this.bindingWindows = binding.stream().map(this::windowsOf).toList();
        this.preferredWindows = preferred.stream().map(this::windowsOf).toList();
    }

    private List<WeeklyWindow> windowsOf(Wish wish) {
        return wish.kind() == WishKind.MEETING_WINDOW ? referral.wishedWindows(wish) : List.of();
    }

    /** The first hard filter (other than a wish) the mentor fails, or null. */
    public Unmet firstUnmetBeforeWishes(MentorProfile mentor) {
        if (referral.excludedMentors().contains(mentor.mentorId())) {
            return Unmet.EXCLUDED_EARLIER;
        }
        if (!MentorProfile.ACTIVE.equals(mentor.status())) {
            return Unmet.NOT_ACTIVE;
        }
        if (!mentor.vettingComplete()) {
            return Unmet.VETTING_INCOMPLETE;
        }
        if (!mentor.serves(referral.actingMunicipality())) {
            return Unmet.NOT_SERVING_MUNICIPALITY;
        }
        if (!actsUnderBasis(mentor)) {
            return Unmet.LEGAL_BASIS;
        }
        if (referral.eligibleKinds() != null && !referral.eligibleKinds().contains(mentor.kind())) {
            return Unmet.MENTOR_KIND_NOT_ELIGIBLE;
        }
        if (mentor.freeSeats() < 1) {
            return Unmet.NO_FREE_SEAT;
        }
        if (mentor.freeCentiHours() < referral.centiHoursPerWeek()) {
            return Unmet.NO_FREE_HOURS;
        }
        return null;
    }

    /**
     * A voluntary referral (no statutory basis) also fits a mentor who lists no basis at all: the
     * catalogue lets only volunteers register without one, and they were never proposed before.
     */
    private boolean actsUnderBasis(MentorProfile mentor) {
        return mentor.legalBases().contains(referral.legalBasis())
                || (VOLUNTARY.equals(referral.legalBasis()) && mentor.legalBases().isEmpty());
    }

    /** The first binding wish the mentor does not meet, or null. */
    public Unmet firstUnmetWish(MentorProfile mentor) {
        for (int i = 0; i < binding.size(); i++) {
            if (!meets(binding.get(i), bindingWindows.get(i), mentor)) {
                return Unmet.of(binding.get(i).kind());
            }
        }
        return null;
    }

    /** Counts every binding wish the mentor misses (for the waiting list) and returns the first, or null. */
    Unmet countBindingWishMisses(MentorProfile mentor, Map<WishKind, Integer> misses) {
        Unmet first = null;
        for (int i = 0; i < binding.size(); i++) {
            if (!meets(binding.get(i), bindingWindows.get(i), mentor)) {
                misses.merge(binding.get(i).kind(), 1, Integer::sum);
                first = first == null ? Unmet.of(binding.get(i).kind()) : first;
            }
        }
        return first;
    }

    /** The weighted score in thousandths; with a sink, the lines of the explanation, which add up to it. */
    long score(MentorProfile mentor, Weights weights, List<CriterionScore> explanation) {
        long total = 0;
        if (!referral.targetGroups().isEmpty()) {
            total += line(explanation, weights, Criterion.TARGET_GROUPS,
                    common(referral.targetGroups(), mentor.targetGroups()), referral.targetGroups().size(),
                    "target groups the mentor has experience with");
        }
        if (!referral.needs().isEmpty()) {
            total += line(explanation, weights, Criterion.NEEDS, common(referral.needs(), mentor.competences()),
                    referral.needs().size(), "needs covered by the mentor's competences");
        }
        if (!referral.languages().isEmpty()) {
            total += line(explanation, weights, Criterion.LANGUAGES, common(referral.languages(), mentor.languages()),
                    referral.languages().size(), "languages the mentor speaks");
        }
        if (referral.areaMunicipality() != null) {
            boolean sameMunicipality = referral.areaMunicipality().equals(mentor.areaMunicipality());
            if (referral.postcode() == null) {
                total += line(explanation, weights, Criterion.AREA, sameMunicipality ? 1 : 0, 1,
                        sameMunicipality ? "works in the wished municipality" : "works in another municipality");
            } else {
                boolean samePostcode = sameMunicipality && referral.postcode().equals(mentor.postcode());
                total += line(explanation, weights, Criterion.AREA, samePostcode ? 2 : sameMunicipality ? 1 : 0, 2,
                        samePostcode ? "works in the wished postcode" : sameMunicipality
                                ? "works in the wished municipality, another postcode" : "works in another municipality");
            }
        }
        for (int i = 0; i < preferred.size(); i++) {
            Wish wish = preferred.get(i);
            boolean met = meets(wish, preferredWindows.get(i), mentor);
            total += line(explanation, weights, wish.kind().criterion(), met ? 1 : 0, 1,
                    "preferred wish " + wish.kind() + (met ? " met" : " not met"));
        }
        total += line(explanation, weights, Criterion.FREE_CAPACITY, mentor.freeSeats(),
                Math.max(mentor.capacityCitizens(), mentor.freeSeats()), "share of the mentor's seats still free");
        if (referral.urgent()) {
            total += line(explanation, weights, Criterion.URGENCY, 1, 1, "urgent referral");
        }
        return total;
    }

    private static long line(List<CriterionScore> explanation, Weights weights, Criterion criterion, int fulfilled,
                             int asked, String detail) {
        CriterionScore score = CriterionScore.of(criterion, weights.of(criterion), fulfilled, asked, detail);
        if (explanation != null) {
            explanation.add(score);
        }
        return score.points();
    }

    private static int common(Set<String> asked, Set<String> offered) {
        int count = 0;
        for (String value : asked) {
            if (offered.contains(value)) {
                count++;
            }
        }
        return count;
    }

    private static boolean meets(Wish wish, List<WeeklyWindow> windows, MentorProfile mentor) {
        return switch (wish.kind()) {
            case MENTOR_GENDER -> mentor.gender() != null && wish.values().contains(mentor.gender());
            case SAME_BACKGROUND -> wish.values().stream().anyMatch(mentor.roleModelTags()::contains);
            case DIFFERENT_BACKGROUND -> wish.values().stream().noneMatch(mentor.roleModelTags()::contains);
            case MEETING_PLACE -> wish.values().stream().anyMatch(mentor.meetingPlaces()::contains);
            case MEETING_WINDOW -> windows.stream().anyMatch(w -> mentor.meetingWindows().stream().anyMatch(w::overlaps));
            case PREVIOUS_MENTOR -> wish.values().contains(mentor.mentorId().toString());
        };
    }
}
