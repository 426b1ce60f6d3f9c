package dk.mentor.dashboard.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A claim's lifecycle as refusion-service's API documents it (DRAFT to SUBMITTED, SUBMITTED to
 * APPROVED or REJECTED, APPROVED to PAID). The dashboard only uses it to offer the buttons that make
 * sense; the service decides, and a move it refuses is shown as its answer.
 */
public enum ClaimStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, PAID;

    public List<ClaimStatus> next() {
        return switch (this) {
            case DRAFT -> List.of(SUBMITTED);
            case SUBMITTED -> List.of(APPROVED, REJECTED);
            case APPROVED -> List.of(PAID);
            case REJECTED, PAID -> List.of();
        };
    }

    /** A rejection carries the state's reason; the form asks for it only there. */
    public boolean needsReason() {
        return this == REJECTED;
    }

    public static Optional<ClaimStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
