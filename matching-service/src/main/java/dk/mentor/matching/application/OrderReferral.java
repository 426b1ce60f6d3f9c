package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralDraft;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

@ApplicationScoped
public class OrderReferral {

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Referral order(ReferralDraft draft) {
        Referral referral = Referral.order(draft, caller.username(), clock.instant());
        access.requireActsFor(draft.actingMunicipality(), "referral", referral.id(), "create");
        referrals.persist(referral);
        return referral;
    }
}
