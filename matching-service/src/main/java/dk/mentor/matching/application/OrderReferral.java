package dk.mentor.matching.application;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.problem.ExternalReferenceTaken;
import dk.mentor.kit.reference.ExternalReference;
import dk.mentor.matching.domain.AnonymousPlan;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralDraft;
import dk.mentor.matching.infra.persistence.AnonymousPlanRepository;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

@ApplicationScoped
public class OrderReferral {

    @Inject
    CodeLists codeLists;
    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralAccess access;

    @Inject
    AnonymousPlanRepository anonymousPlans;

    @Inject
    EligibilityInForce eligibility;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** {@code reference}, if given, is the ordering case system's key: unique in the acting municipality. */
    @Transactional
    public Referral order(ReferralDraft draft, ExternalReference reference) {
        LegalBasisTerms basis = codeLists.requireLegalBasis(draft.legalBasis(), draft.periodStart(), "legalBasis");
        Referral referral = Referral.order(draft, basis, caller.username(), clock.instant());
        access.requireActsFor(draft.actingMunicipality(), "referral", referral.id(), "create");
        if (anonymousPlans.isAnonymous(draft.planId())) {
            AnonymousPlan.requireAllows(basis);
        }
        eligibility.of(referral).requireSomeKind();
        if (reference != null) {
            reference.requireNoCpr("externalReference");
            referrals.find("actingMunicipality = ?1 and externalSystem = ?2 and externalId = ?3",
                    draft.actingMunicipality(), reference.system(), reference.id()).firstResultOptional()
                    .ifPresent(existing -> {
                        throw new ExternalReferenceTaken("referral", existing.id(), "/api/v1/referrals/" + existing.id());
                    });
            referral.referTo(reference.system(), reference.id());
        }
        referrals.persist(referral);
        return referral;
    }
}
