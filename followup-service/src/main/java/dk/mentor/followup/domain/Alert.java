package dk.mentor.followup.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Something on a plan that is due or overdue, computed from the plan's data on the day asked. */
public record Alert(Kind kind, UUID planId, String municipality, UUID participantId, UUID agreementId,
                    LocalDate dueOn, String detail) {

    public enum Kind {
        /** A mentor agreement ends soon (or has ended) and no renewal is recorded. */
        AGREEMENT_EXPIRING,
        /** No meeting was held within the agreed cadence. */
        MEETING_OVERDUE,
        /** A mentorship's 1, 3 or 6-month follow-up is due. */
        MENTORSHIP_FOLLOW_UP_DUE,
        /** The 3-monthly registration is due. */
        QUARTERLY_REGISTRATION_DUE,
        /** An agreement passed its middle without a midway evaluation. */
        MIDWAY_EVALUATION_DUE,
        /** A meeting under an employment-act basis was held with no written mentor agreement covering its day. */
        AGREEMENT_MISSING,
        /** A meeting was held in a week whose meetings exceed the hours ordered for the mentorship. */
        HOURS_OVER_ORDER,
        /** A meeting was held outside the mentorship's granted period. */
        OUTSIDE_PERIOD,
        /** An active placement passed the middle of its agreed period without a midway evaluation (seed 002 pp.15, 22). */
        PLACEMENT_MIDWAY_EVALUATION_DUE,
        /** An active placement reached 3 months without its required follow-up (seed 002 p.16). */
        PLACEMENT_FOLLOW_UP_DUE
    }
}
