package dk.mentor.followup.application;

import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.domain.Consent;
import dk.mentor.followup.domain.PlanShare;
import dk.mentor.followup.infra.persistence.ConsentRepository;
import dk.mentor.followup.infra.persistence.PlanShareRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * Consents (or recorded legal bases) for sharing the plan, their revocation, and the sharing of the
 * plan with another municipality under one. Access checks read consents afresh, so a revocation
 * ends the sharing it allowed on the very next request.
 */
@ApplicationScoped
public class ManageConsents {

    @Inject
    PlanAccess access;
    @Inject
    ConsentRepository consents;
    @Inject
    PlanShareRepository shares;
    @Inject
    Clock clock;

    public record Command(Consent.Purpose purpose, String recipientMunicipality, Consent.Basis basis,
                          String legalReference, LocalDate givenOn, LocalDate expiresOn) {
    }

    @Transactional
    public Consent record(UUID planId, Command command, String purpose) {
        PlanGrant grant = access.manage(planId, "record-consent", purpose);
        String recipient = command.recipientMunicipality() == null ? null : municipality(command.recipientMunicipality());
        Consent consent = Consent.record(planId, command.purpose(), recipient, command.basis(), command.legalReference(),
                command.givenOn() != null ? command.givenOn() : DanishTime.today(clock), command.expiresOn(),
                grant.username(), clock.instant());
        consents.persist(consent);
        return consent;
    }

    @Transactional
    public Consent revoke(UUID planId, UUID consentId, String purpose) {
        PlanGrant grant = access.manage(planId, "revoke-consent", purpose);
        Consent consent = consents.onPlan(planId, consentId)
                .orElseThrow(() -> ProblemException.notFound("consent", consentId));
        consent.revoke(grant.username(), clock.instant());
        return consent;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<Consent, T> mapper) {
        access.manage(planId, "list-consents", purpose);
        return Page.of(consents.find("planId", Sort.by("recordedAt").and("id"), planId), page, mapper);
    }

    /** Shares the plan with another municipality; needs a consent in force for exactly that municipality. */
    @Transactional
    public PlanShare share(UUID planId, String municipality, UUID consentId, String purpose) {
        PlanGrant grant = access.manage(planId, "share", purpose);
        String to = municipality(municipality);
        if (to.equals(grant.plan().ownerMunicipality())) {
            throw ProblemException.invalidField("municipality", "the plan already belongs to this municipality");
        }
        Consent consent = consentFor(planId, consentId, to, "consentId");
        PlanShare share = PlanShare.under(consent, to, grant.username(), clock.instant());
        shares.persist(share);
        return share;
    }

    /** A consent in force that allows sharing with the municipality, or a 422 that says what is missing. */
    Consent consentFor(UUID planId, UUID consentId, String municipality, String field) {
        LocalDate today = DanishTime.today(clock);
        return consents.onPlan(planId, consentId)
                .filter(c -> c.allowsSharingWith(municipality, today))
                .orElseThrow(() -> RuleViolation.onField("Sharing the plan with municipality " + municipality
                        + " needs the citizen's consent (or a recorded legal basis) for it, in force today", field, "no consent in force for sharing with " + municipality));
    }

    /** Whether a consent in force allows sharing the plan with the municipality today. */
    boolean inForce(UUID planId, UUID consentId, String municipality) {
        LocalDate today = DanishTime.today(clock);
        return consents.onPlan(planId, consentId).filter(c -> c.allowsSharingWith(municipality, today)).isPresent();
    }

    static String municipality(String code) {
        if (!MunicipalityCode.isValid(code)) {
            throw ProblemException.invalidField("municipality", "not a Danish municipality code");
        }
        return MunicipalityCode.of(code).code();
    }
}
