package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A refusion claim as refusion-service answers it; {@code version} is its ETag for a move. */
public record ClaimRow(UUID id, String municipality, String regime, LocalDate periodFrom, LocalDate periodTo, String status,
                       UUID supplementTo, BigDecimal totalExpense, BigDecimal totalRefund, String statusReason, long version) {

    /** The statuses the claim may be moved to next, in the order the page offers them. */
    public List<ClaimStatus> next() {
        return ClaimStatus.parse(status).map(ClaimStatus::next).orElse(List.of());
    }
}
