package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.matching.domain.Proposal;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralStatus;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.ProposalRepository;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.reference.ExternalReferenceLookup;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads referrals: one by id or by a case system's reference (audited), its proposals, and pages of them.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindReferrals {

    /** How far a list that can grow large is counted (see CappedCount). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    @Inject
    ReferralRepository referrals;

    @Inject
    ProposalRepository proposals;

    @Inject
    ReferralAccess access;

    @Inject
    MunicipalityAccess municipalityAccess;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public Referral byId(UUID id) {
        return access.load(id, "read");
    }

    /** The referral's proposals in the order they were made, each with its explanation and the mentor. */
    public List<ProposalView> proposals(UUID id) {
        access.load(id, "read");
        List<Proposal> made = proposals.ofReferral(id);
        return made.stream().map(p -> new ProposalView(p, candidates.findById(p.mentorId()))).toList();
    }

    /** The referral a case system ordered under its reference, among the searched municipalities; the read is audited. */
    public Referral byExternalReference(String system, String externalId, String municipality) {
        Set<String> scope = municipalityAccess.searchScope(municipality, "referral", ReferralAccess.PURPOSE);
        Referral referral = ExternalReferenceLookup.single(scope.isEmpty() ? List.of()
                        : referrals.list("externalSystem = ?1 and externalId = ?2 and actingMunicipality in ?3",
                        system, externalId, scope))
                .orElseThrow(() -> {
                    // a miss is audited like a denied read: the attempt stays on record
                    ExternalReferenceLookup.missed("referral", scope).forEach(missed -> audit.denied("lookup", missed, ReferralAccess.PURPOSE));
                    return noReferralWithReference();
                });
        try {
            return access.load(referral.id(), "read");
        } catch (ProblemException denied) {
            // audited as denied by the access check; the answer must not tell the referral's id
            throw denied.type() == ProblemType.NOT_FOUND ? noReferralWithReference() : denied;
        }
    }

    private static ProblemException noReferralWithReference() {
        return new ProblemException(ProblemType.NOT_FOUND, "No referral with this external reference in your municipalities");
    }

    /**
     * Referrals of the caller's municipalities (or the one asked for, if the caller acts for it); with
     * {@code updatedSince} only those changed at or after it, by (updatedAt, id) instead of (createdAt, id).
     */
    public <T> Page<T> page(String municipality, ReferralStatus status, Instant updatedSince, PageRequest page,
                            Function<Referral, T> mapper) {
        Set<String> scope = ExternalReferenceLookup.municipalities(caller, municipality);
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return Page.of(referrals.page(scope, status, updatedSince, page.offset(), page.size()), page,
                referrals.total(scope, status, updatedSince, CappedCount.limit(page, countCap)), mapper);
    }
}
