package dk.mentor.dashboard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void theClaimPageOffersTheMovesTheRefusionApiAllows() {
        assertEquals(List.of(ClaimStatus.SUBMITTED), ClaimStatus.DRAFT.next());
        assertEquals(List.of(ClaimStatus.APPROVED, ClaimStatus.REJECTED), ClaimStatus.SUBMITTED.next());
        assertEquals(List.of(ClaimStatus.PAID), ClaimStatus.APPROVED.next());
        assertTrue(ClaimStatus.PAID.next().isEmpty());
        assertTrue(ClaimStatus.REJECTED.next().isEmpty());
    }

    @Test
    void onlyARejectionAsksForAReason() {
        assertTrue(ClaimStatus.REJECTED.needsReason());
        assertEquals(List.of(ClaimStatus.REJECTED), List.of(ClaimStatus.values()).stream().filter(ClaimStatus::needsReason).toList());
    }

    @Test
    void anUnknownStatusOffersNothing() {
        assertEquals(Optional.empty(), ClaimStatus.parse("ARCHIVED"));
        assertEquals(Optional.empty(), ClaimStatus.parse(null));
        assertTrue(new ClaimRow(null, "0751", "R", null, null, "ARCHIVED", null, null, null, null, 0).next().isEmpty());
    }

    @Test
    void aRefusedMoveIsExplainedByWhyTheServiceRefusedIt() {
        assertEquals("claim_error_stale", ClaimMoveErrors.key(412));
        assertEquals("claim_error_rule", ClaimMoveErrors.key(422));
        assertEquals("claim_error_not_found", ClaimMoveErrors.key(404));
        assertEquals("claim_error_invalid", ClaimMoveErrors.key(400));
    }
}
