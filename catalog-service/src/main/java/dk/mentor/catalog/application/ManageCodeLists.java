package dk.mentor.catalog.application;

import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.events.catalog.CodeListEntryChanged;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeListEntry;
import dk.mentor.kit.codes.CodeListStore;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The code lists' owner: an administrator adds an entry (a reform's new target group or legal basis) or
 * changes one, and every other service learns it from the event, so no service needs a release for it.
 * An entry is never deleted; it is ended by its validTo, so data recorded under it still reads.
 */
@ApplicationScoped
public class ManageCodeLists {

    public static final Set<String> TARGET_GROUP_KINDS = Set.of("NEED", "CATEGORY");

    @Inject
    CodeLists codeLists;

    @Inject
    CodeListStore store;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Whether the PUT created the entry, and the entry as it now is. */
    public record Saved(boolean created, CodeListEntry entry) {
    }

    /** Creates the entry, or changes it when If-Match names the version read. */
    @Transactional
    public Saved put(CodeListEntry wanted, String ifMatch) {
        codeLists.invalidate(); // the cache may be behind another instance's change; If-Match is judged on the row
        Optional<CodeListEntry> current = codeLists.find(wanted.list(), wanted.code());
        if (current.isPresent()) {
            Versions.requireMatch(ifMatch, current.get().version(), "code list entry", wanted.list() + "/" + wanted.code());
        }
        validate(wanted, current);
        CodeListEntry saved = withVersion(wanted, current.map(c -> c.version() + 1).orElse(1L));
        if (!store.apply(saved)) {
            throw ProblemException.staleWrite("code list entry", saved.list() + "/" + saved.code());
        }
        outbox.append(new CodeListEntryChanged(saved.list().name(), saved.code(), saved.nameDa(), saved.nameEn(),
                saved.validFrom(), saved.validTo(), saved.version(), saved.legalLine(), saved.law(), saved.paragraph(),
                saved.anonymousAllowed(), saved.grantMonths(), saved.roles(), saved.kind(), clock.instant()));
        // the lists belong to no municipality; the entry names the administrator's, so its auditor reads it
        String acting = caller.municipalities().stream().sorted().findFirst().orElse(null);
        audit.allowed(current.isPresent() ? "update" : "create",
                ResourceScope.ownedBy("code-list-entry", saved.list() + "/" + saved.code(), acting), acting, "rule-administration");
        return new Saved(current.isEmpty(), saved);
    }

    private static void validate(CodeListEntry e, Optional<CodeListEntry> current) {
        List<RuleViolation.FieldIssue> issues = new ArrayList<>();
        if (!e.code().matches(CodeList.CODE_PATTERN)) {
            issues.add(new RuleViolation.FieldIssue("code", "must match " + CodeList.CODE_PATTERN + ", e.g. LAB_167"));
        }
        if (e.nameDa() == null || e.nameDa().isBlank()) {
            issues.add(new RuleViolation.FieldIssue("nameDa", "a Danish name is required"));
        }
        if (e.validTo() != null && e.validTo().isBefore(e.validFrom())) {
            issues.add(new RuleViolation.FieldIssue("validTo", "is before validFrom"));
        }
        if (e.list() == CodeList.LEGAL_BASIS) {
            validateLegalBasis(e, current, issues);
        } else {
            if (e.kind() == null || !TARGET_GROUP_KINDS.contains(e.kind())) {
                issues.add(new RuleViolation.FieldIssue("kind", "must be one of " + TARGET_GROUP_KINDS.stream().sorted().toList()));
            }
            // a target group that carried a basis's attributes would read as if it decided something
            if (e.legalLine() != null || e.law() != null || e.paragraph() != null || e.grantMonths() != null
                    || e.anonymousAllowed() || !e.roles().isEmpty()) {
                issues.add(new RuleViolation.FieldIssue("legalLine", "legalLine, law, paragraph, anonymousAllowed,"
                        + " grantMonths and roles are for legal bases only"));
            }
        }
        if (!issues.isEmpty()) {
            throw new RuleViolation("Kodelisteelementet " + e.list() + "/" + e.code() + " er ugyldigt", issues);
        }
    }

    private static void validateLegalBasis(CodeListEntry e, Optional<CodeListEntry> current,
                                           List<RuleViolation.FieldIssue> issues) {
        if (e.legalLine() == null || Arrays.stream(LegalLine.values()).noneMatch(l -> l.name().equals(e.legalLine()))) {
            issues.add(new RuleViolation.FieldIssue("legalLine", "must be one of " + Arrays.toString(LegalLine.values())));
        } else if (current.isPresent() && !e.legalLine().equals(current.get().legalLine())) {
            // plans, mentorships and refund lines have been recorded on the line the code stood for; the
            // services cannot re-file them, so a basis that moves to another line is a new code
            issues.add(new RuleViolation.FieldIssue("legalLine", "cannot change once the basis exists (it is "
                    + current.get().legalLine() + "); add a new code instead"));
        }
        if (e.law() == null || e.law().isBlank()) {
            issues.add(new RuleViolation.FieldIssue("law", "the act is required for a legal basis"));
        }
        if (e.paragraph() == null || e.paragraph().isBlank()) {
            issues.add(new RuleViolation.FieldIssue("paragraph", "the paragraph is required for a legal basis"));
        }
        if (e.grantMonths() != null && (e.grantMonths() < 1 || e.grantMonths() > 120)) {
            issues.add(new RuleViolation.FieldIssue("grantMonths", "must be 1 to 120 months, or absent for no limit"));
        }
        for (String role : e.roles()) {
            if (Arrays.stream(ParticipantRole.values()).noneMatch(r -> r.name().equals(role))) {
                issues.add(new RuleViolation.FieldIssue("roles", role + " is not a plan role; one of "
                        + Arrays.toString(ParticipantRole.values())));
            }
        }
        if (e.kind() != null) {
            issues.add(new RuleViolation.FieldIssue("kind", "is for target groups only"));
        }
    }

    private static CodeListEntry withVersion(CodeListEntry e, long version) {
        return new CodeListEntry(e.list(), e.code(), e.nameDa(), e.nameEn(), e.validFrom(), e.validTo(), version,
                e.legalLine(), e.law(), e.paragraph(), e.anonymousAllowed(), e.grantMonths(), e.roles(), e.kind());
    }
}
