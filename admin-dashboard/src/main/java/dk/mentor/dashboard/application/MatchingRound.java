package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A matching round's figures as matching-service answers them. */
public record MatchingRound(UUID id, List<String> municipalities, int maxReferralsPerMentor, int referrals, int mentors,
                            int feasiblePairs, int pinned, int proposed, BigDecimal totalScore, long solveMillis,
                            OffsetDateTime startedAt, String startedBy) {
}
