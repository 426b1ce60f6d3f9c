package dk.mentor.refusion.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.codes.MunicipalityCode;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleSetChange;
import dk.mentor.refusion.infra.persistence.RuleSetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rule rows: anyone in finance may read them; an admin adds and changes them. Every change is
 * written to the rule's own change log (before and after) and to the audit trail. Two rows with the
 * same basis, expense type, target group and municipality may not be in force on the same day.
 */
@ApplicationScoped
public class ManageRules {

    @Inject
    CodeLists codeLists;

    @Inject
    RuleSetRepository rules;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public RuleSet create(RuleSet.Terms terms) {
        validate(terms);
        rules.sameKey(terms.legalBasis(), terms.expenseType()).stream().filter(r -> r.overlaps(terms)).findFirst()
                .ifPresent(r -> {
                    throw ProblemException.conflict("Rule " + r.id() + " already covers these expenses from "
                            + r.validFrom() + (r.validTo() == null ? "" : " to " + r.validTo())
                            + "; end it (validTo) before adding a row that follows it");
                });
        RuleSet rule = RuleSet.create(terms, caller.username(), OffsetDateTime.now(clock));
        rules.persist(rule);
        rules.recordChange(rule.id(), "CREATED", caller.username(), null, toJson(rule));
        audit.allowed("create", scope(rule), terms.municipality(), "rule-administration");
        return rule;
    }

    @Transactional
    public RuleSet update(UUID id, String ifMatch, RuleSet.Terms terms) {
        RuleSet rule = byId(id);
        Versions.requireMatch(ifMatch, rule.version(), "rule set", id);
        validate(terms);
        rules.sameKey(terms.legalBasis(), terms.expenseType()).stream()
                .filter(r -> !r.id().equals(id) && r.overlaps(terms)).findFirst().ifPresent(r -> {
                    throw ProblemException.conflict("Rule " + r.id() + " already covers these expenses in that time");
                });
        String before = toJson(rule);
        rule.update(terms);
        rules.recordChange(rule.id(), "UPDATED", caller.username(), before, toJson(rule));
        audit.allowed("update", scope(rule), terms.municipality(), "rule-administration");
        return rule;
    }

    @Transactional
    public RuleSet byId(UUID id) {
        return rules.find(id).orElseThrow(() -> ProblemException.notFound("rule set", id));
    }

    @Transactional
    public <T> Page<T> page(String legalBasis, String regime, LocalDate on, PageRequest page, Function<RuleSet, T> mapper) {
        return Page.of(rules.page(legalBasis, regime, on, page), page, rules.count(legalBasis, regime, on), mapper);
    }

    @Transactional
    public <T> Page<T> changes(UUID id, PageRequest page, Function<RuleSetChange, T> mapper) {
        byId(id);
        return Page.of(rules.changes(id, page), page, rules.countChanges(id), mapper);
    }

    private void validate(RuleSet.Terms t) {
        // a rule may describe a past regime, so its basis need only be known, not in force today
        codeLists.requireKnown(CodeList.LEGAL_BASIS, t.legalBasis(), "legalBasis");
        if (t.targetGroup() != null) {
            // a rule may describe a past regime, so the group need only be known, not in force today
            codeLists.requireKnown(CodeList.TARGET_GROUP, t.targetGroup(), "targetGroup");
        }
        if (t.municipality() != null && !MunicipalityCode.isValid(t.municipality())) {
            throw ProblemException.invalidField("municipality", "not a Danish municipality code");
        }
    }

    private static ResourceScope scope(RuleSet rule) {
        return ResourceScope.ownedBy("rule-set", rule.id(), rule.municipality());
    }

    private String toJson(RuleSet rule) {
        try {
            return json.writeValueAsString(rule.describe());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
