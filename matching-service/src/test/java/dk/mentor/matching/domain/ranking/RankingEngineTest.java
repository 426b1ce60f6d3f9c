package dk.mentor.matching.domain.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingEngineTest {

    private final RankingEngine engine = new RankingEngine();

    @Test
    void shouldBreakTiesByFreeSeatsThenIdWhateverTheInputOrder() {
        MentorProfile a = mentor(UUID.fromString("00000000-0000-0000-0000-00000000000a"), 2, 2);
        MentorProfile b = mentor(UUID.fromString("00000000-0000-0000-0000-00000000000b"), 2, 2);
        MentorProfile c = mentor(UUID.fromString("00000000-0000-0000-0000-00000000000c"), 4, 4);
        ReferralCriteria referral = referral(List.of());
        Weights noCapacityWeight = withFreeCapacity(0);
        List<UUID> forward = ids(engine.rank(referral, List.of(a, b, c), noCapacityWeight, 3));
        List<UUID> backward = ids(engine.rank(referral, List.of(c, b, a), noCapacityWeight, 3));
        assertEquals(List.of(c.mentorId(), a.mentorId(), b.mentorId()), forward);
        assertEquals(forward, backward);
    }

    @Test
    void shouldExplainEveryPointOfTheScore() {
        ReferralCriteria referral = referral(List.of(new Wish(WishKind.MEETING_PLACE, false, List.of("WORKPLACE"))));
        RankingResult result = engine.rank(referral, List.of(mentor(UUID.randomUUID(), 3, 1)), Weights.defaults(), 1);
        RankingEngine.Ranked ranked = result.ranked().get(0);
        assertEquals(ranked.score(), ranked.explanation().stream().mapToLong(CriterionScore::points).sum());
        // target groups 1 of 2 -> 15, languages 1 of 1 -> 20, free seats 1 of 3 -> 5/3 = 1.667, place not met -> 0
        assertEquals(15_000 + 20_000 + 1_667, ranked.score());
    }

    @Test
    void shouldAddUrgencyAlikeForEveryMentorOfTheReferral() {
        List<MentorProfile> mentors = List.of(mentor(UUID.randomUUID(), 3, 1), mentor(UUID.randomUUID(), 2, 2));
        RankingResult normal = engine.rank(referral(List.of(), false), mentors, Weights.defaults(), 2);
        RankingResult urgent = engine.rank(referral(List.of(), true), mentors, Weights.defaults(), 2);
        assertEquals(ids(normal), ids(urgent), "urgency does not reorder a shortlist");
        for (int i = 0; i < 2; i++) {
            assertEquals(normal.ranked().get(i).score() + 25_000, urgent.ranked().get(i).score());
            assertTrue(urgent.ranked().get(i).explanation().stream().anyMatch(l -> l.criterion() == Criterion.URGENCY));
        }
    }

    @Test
    void shouldNameEveryBindingWishNobodyMeets() {
        ReferralCriteria referral = referral(List.of(new Wish(WishKind.MENTOR_GENDER, true, List.of("MALE")),
                new Wish(WishKind.MEETING_WINDOW, true, List.of("SUNDAY 10:00-11:00"))));
        RankingResult result = engine.rank(referral, List.of(mentor(UUID.randomUUID(), 2, 2)), Weights.defaults(), 5);
        assertTrue(result.ranked().isEmpty());
        assertEquals(List.of(Unmet.WISH_MENTOR_GENDER, Unmet.WISH_MEETING_WINDOW),
                result.waitingReasons().stream().map(RankingResult.WaitingReason::unmet).toList());
    }

    private static List<UUID> ids(RankingResult result) {
        return result.ranked().stream().map(r -> r.mentor().mentorId()).toList();
    }

    private static Weights withFreeCapacity(int points) {
        var map = new java.util.EnumMap<>(Weights.defaults().points());
        map.put(Criterion.FREE_CAPACITY, points);
        return new Weights("0751", 1, map);
    }

    private static ReferralCriteria referral(List<Wish> wishes) {
        return referral(wishes, false);
    }

    private static ReferralCriteria referral(List<Wish> wishes, boolean urgent) {
        return new ReferralCriteria("0751", "LAB_167", 200, Set.of("SICK_LISTED", "FLEX_JOB"), Set.of(), Set.of("da"),
                null, null, wishes, Set.of(), urgent);
    }

    private static MentorProfile mentor(UUID id, int capacity, int free) {
        return new MentorProfile(id, "0751", "ACTIVE", true, "OWN_MUNICIPALITY", Set.of(), Set.of("LAB_167"), "FEMALE",
                Set.of("da"), Set.of(), Set.of("SICK_LISTED"), Set.of(),
                List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))),
                Set.of("JOB_CENTRE"), "0751", null, capacity, free, 1000);
    }
}
