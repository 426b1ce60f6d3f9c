package dk.mentor.refusion.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimStatus;
import dk.mentor.refusion.domain.ClaimedLine;
import dk.mentor.refusion.domain.RateGroup;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleStatus;
import dk.mentor.refusion.infra.persistence.ClaimRepository;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads claims: one claim only for its municipality's callers (others get 404, audited); lists only the caller's.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindClaims {

    @Inject
    ClaimRepository claims;

    @Inject
    RuleSetRepository rules;

    @Inject
    MunicipalityAccess access;

    @Inject
    Caller caller;

    /** Claims and their lines grow with the ledger: a list is counted only this far (the kit's paging setting). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    public Claim byId(UUID id) {
        Claim claim = claims.find(id).orElseThrow(() -> ProblemException.notFound("refusion claim", id));
        access.require(ResourceScope.ownedBy("refusion-claim", id, claim.municipality()), "read", "refusion");
        return claim;
    }

    public <T> Page<T> mine(String municipality, ClaimStatus status, Instant updatedSince, PageRequest page,
                            Function<Claim, T> mapper) {
        var mine = caller.municipalities();
        if (mine.isEmpty() || (municipality != null && !mine.contains(municipality))) {
            return Page.of(List.<Claim>of(), page, 0, mapper);
        }
        ClaimRepository.Filter filter = new ClaimRepository.Filter(mine, municipality, status,
                updatedSince == null ? null : updatedSince.atOffset(ZoneOffset.UTC));
        CappedCount total = claims.count(filter, CappedCount.limit(page, countCap));
        return Page.of(claims.page(filter, page), page, total, mapper);
    }

    /** A claim with a page of its lines; the access check is the claim's. */
    public <T> Page<T> lines(UUID id, PageRequest page, Function<ClaimedLine, T> mapper) {
        byId(id);
        CappedCount total = claims.countLines(id, CappedCount.limit(page, countCap));
        return Page.of(claims.lines(id, page.offset(), page.size()), page, total, mapper);
    }

    /**
     * How settled the rules behind a claim are: the least settled rule that judged one of its lines,
     * read now, so a bill that became law stops warning.
     */
    public RuleStatus ruleStatus(UUID claimId) {
        return RuleStatus.weakestOf(rules.ofClaim(claimId));
    }

    /**
     * The claim and all its lines, for the export documents, with its refund per rate and the rules
     * behind it that are not in force (proposed or placeholders), which the documents warn about.
     */
    public record Full(Claim claim, List<ClaimedLine> lines, List<RateGroup> rateGroups, List<RuleSet> unsettledRules) {

        public Full(Claim claim, List<ClaimedLine> lines) {
            this(claim, lines, List.of(), List.of());
        }

        public RuleStatus ruleStatus() {
            return RuleStatus.weakestOf(unsettledRules);
        }
    }

    public Full full(UUID id) {
        Claim claim = byId(id);
        List<RuleSet> unsettled = rules.ofClaim(id).stream().filter(r -> !r.status().settled())
                .sorted(Comparator.comparing(RuleSet::regime).thenComparing(RuleSet::legalBasis)
                        .thenComparing(RuleSet::validFrom)).toList();
        return new Full(claim, claims.lines(id, 0, Integer.MAX_VALUE), claims.rateGroups(id), unsettled);
    }
}
