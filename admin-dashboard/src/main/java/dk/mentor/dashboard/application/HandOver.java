package dk.mentor.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A plan offered from one municipality to another, and the answer. The municipality the citizen moves
 * to becomes the acting one by law, so it cannot refuse the plan: it accepts it, or disputes the
 * hand-over once, until {@code disputableUntil}, for the municipalities to settle. {@code version} is
 * the offer's ETag for the answer.
 */
public record HandOver(UUID id, UUID planId, String fromMunicipality, String toMunicipality, String status,
                       Instant offeredAt, LocalDate effectiveOn, LocalDate moveDate, LocalDate disputableUntil,
                       String offerAnnotation, String disputeReason, Instant disputedAt, Long version) {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    /** Offered and not yet taken over: the receiver can accept it. */
    public boolean acceptable() {
        return "OFFERED".equals(status);
    }

    /** Not disputed yet and within the deadline (the receiver may dispute an accepted hand-over too). */
    public boolean disputable() {
        return disputedAt == null && !"REJECTED".equals(status)
                && (disputableUntil == null || !LocalDate.now(DANISH_TIME).isAfter(disputableUntil));
    }

    /** Whether {@code municipalities} (the user's) receive this hand-over rather than send it. */
    public boolean incomingFor(java.util.List<String> municipalities) {
        return municipalities.contains(toMunicipality);
    }
}
