package dk.mentor.dashboard.application;

/** Why refusion-service refused to move a claim, as the message key the claim page explains it with. */
final class ClaimMoveErrors {

    private ClaimMoveErrors() {
    }

    static String key(int status) {
        return switch (status) {
            // someone moved or changed the claim since the page was read (If-Match no longer matches)
            case 409, 412, 428 -> "claim_error_stale";
            // the lifecycle does not allow the move, or a rejection came without a reason
            case 422 -> "claim_error_rule";
            case 400 -> "claim_error_invalid";
            case 403, 404 -> "claim_error_not_found";
            default -> "problem_other";
        };
    }
}
