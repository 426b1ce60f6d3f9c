package dk.mentor.matching.application;

import dk.mentor.matching.domain.Eligibility;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.infra.persistence.EligibilityRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The eligibility rows that judge a referral: those of its legal basis, read when it is judged, so a new row counts at once. */
@ApplicationScoped
public class EligibilityInForce {

    @Inject
    EligibilityRuleRepository rules;

    public Eligibility of(Referral referral) {
        return Eligibility.of(rules.ofBasis(referral.legalBasis()), referral);
    }
}
