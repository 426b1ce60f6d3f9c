package dk.mentor.matching.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A plan whose citizen followup knows only anonymously (Serviceloven § 99 outreach). Such a citizen
 * cannot be given refundable employment or integration support: without an identity there is no
 * benefit case, so only the § 99 line is open to the plan.
 */
@Entity
@Table(name = "anonymous_plan")
public class AnonymousPlan {

    @Id
    @Column(name = "plan_id")
    private UUID planId;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected AnonymousPlan() {
    }

    public AnonymousPlan(UUID planId, Instant openedAt) {
        this.planId = planId;
        this.openedAt = openedAt;
    }

    /** @throws RuleViolation when the basis does not allow an anonymous citizen */
    public static void requireAllows(LegalBasisTerms basis) {
        if (!basis.anonymousAllowed()) {
            throw RuleViolation.onField("The citizen of this plan is anonymous, so mentor support is possible only under a"
                    + " basis that allows it (Serviceloven § 99), not " + basis.code(), "legalBasis",
                    "must be a basis that allows an anonymous citizen, such as SEL_99");
        }
    }

    public UUID planId() { return planId; }
    public Instant openedAt() { return openedAt; }
}
