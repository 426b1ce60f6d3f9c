package dk.mentor.contracts.events.refusion;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.EventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A refusion claim moved through its lifecycle (draft, submitted, approved, rejected, paid). Topic
 * {@code refusion.claim.v1}, key and subject {@code claimId}.
 *
 * @param claimId          the claim
 * @param municipality     the kommunekode of the claiming municipality
 * @param periodFrom       the first day of the claim period
 * @param periodTo         the last day of the claim period
 * @param regime           the rule set's regime code, e.g. LAB_2009
 * @param supplementTo     the claim this one supplements after a late correction, or null
 * @param status           DRAFT, SUBMITTED, APPROVED, REJECTED or PAID
 * @param totalExpense     the sum of the claim's expense lines, in kroner
 * @param totalRefund      the refund claimed, in kroner
 * @param changedAt        when the status changed
 */
public record ClaimStatusChanged(UUID claimId, String municipality, LocalDate periodFrom, LocalDate periodTo,
                                 String regime, UUID supplementTo, String status, BigDecimal totalExpense,
                                 BigDecimal totalRefund, Instant changedAt) implements EventPayload {

    public static final EventType TYPE = new EventType("refusion", "ClaimStatusChanged", 1);

    public ClaimStatusChanged {
        present(claimId, "claimId");
        municipality = MunicipalityCode.of(municipality).code();
        present(periodFrom, "periodFrom");
        present(periodTo, "periodTo");
        present(regime, "regime");
        present(status, "status");
        present(totalExpense, "totalExpense");
        present(totalRefund, "totalRefund");
        present(changedAt, "changedAt");
    }

    @Override
    public String subject() {
        return claimId.toString();
    }

    @Override
    public String municipality() {
        return municipality;
    }
}
