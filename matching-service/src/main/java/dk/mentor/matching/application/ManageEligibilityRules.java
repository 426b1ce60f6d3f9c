package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.EligibilityRule;
import dk.mentor.matching.infra.persistence.EligibilityRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * The eligibility rows: staff who order mentors read them; an administrator adds them, which takes
 * effect for the next referral judged without a release. Rows belong to no municipality (they state
 * the law); the audit entry of an addition names the administrator's municipality, so that municipality's
 * auditor reads who added which row and when.
 */
@ApplicationScoped
public class ManageEligibilityRules {

    @Inject
    EligibilityRuleRepository rules;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public EligibilityRule add(EligibilityRule.Terms terms) {
        EligibilityRule rule = EligibilityRule.add(terms, caller.username(), clock.instant());
        rules.persist(rule);
        String acting = caller.municipalities().stream().sorted().findFirst().orElse(null);
        audit.allowed("create", ResourceScope.ownedBy("eligibility-rule", rule.id(), acting), acting, "rule-administration");
        return rule;
    }

    @Transactional
    public EligibilityRule byId(UUID id) {
        return rules.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("eligibility rule", id));
    }

    @Transactional
    public <T> Page<T> page(String legalBasis, LocalDate on, PageRequest page, Function<EligibilityRule, T> mapper) {
        return Page.of(rules.search(legalBasis, on), page, mapper);
    }
}
