package dk.mentor.matching.application;

import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Loads a referral for the caller: 404 (audited) outside the acting municipality. */
@ApplicationScoped
public class ReferralAccess {

    static final String PURPOSE = "matching";

    @Inject
    ReferralRepository referrals;

    @Inject
    MunicipalityAccess access;

    public Referral load(UUID id, String action) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("referral", id));
        access.require(ResourceScope.ownedBy("referral", id, referral.actingMunicipality()), action, PURPOSE);
        return referral;
    }

    /** For acting on something of a municipality that is not a stored referral: the caller must act for it. */
    public void requireActsFor(String municipality, String subjectType, Object subjectId, String action) {
        access.require(ResourceScope.ownedBy(subjectType, subjectId, municipality), action, PURPOSE);
    }
}
