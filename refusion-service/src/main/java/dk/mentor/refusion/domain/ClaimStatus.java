package dk.mentor.refusion.domain;

import java.util.Set;

/** A claim's lifecycle: drafted, submitted to the state, approved or rejected, and paid once approved. */
public enum ClaimStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, PAID;

    public Set<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(APPROVED, REJECTED);
            case APPROVED -> Set.of(PAID);
            case REJECTED, PAID -> Set.of();
        };
    }
}
