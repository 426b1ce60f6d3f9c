package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A referral as matching-service answers it: the caseworker's order for a mentor and where it is in
 * the flow; {@code version} is its ETag for the shortlist. A waiting referral carries why it waits.
 */
public record Referral(UUID id, String actingMunicipality, UUID planId, String status, String urgency, String legalBasis,
                       OffsetDateTime createdAt, LocalDate periodStart, LocalDate periodEnd, BigDecimal hoursPerWeek,
                       List<String> languages, List<String> targetGroups, List<String> needs, String purpose,
                       List<WaitingReason> waitingReasons, Wishes wishes, long version, UUID currentProposalId) {

    /** What keeps a waiting referral waiting: the unmet filter or binding wish and how many mentors it ruled out. */
    public record WaitingReason(String unmet, int mentorsRuledOut, int mentorsConsidered) {
    }

    /** Ranking (a shortlist) is offered while no mentor is chosen yet. */
    public boolean canShortlist() {
        return "OPEN".equals(status) || "PROPOSED".equals(status) || "WAITING".equals(status);
    }

    public List<Wishes.Named> wishList() {
        return wishes == null ? List.of() : wishes.named();
    }
}
