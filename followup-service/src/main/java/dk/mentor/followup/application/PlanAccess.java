package dk.mentor.followup.application;

import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.followup.domain.Consent;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.ConsentRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.followup.infra.persistence.PlanShareRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides who may read or change a plan, and audits every attempt with its purpose. Staff of the
 * owning municipality on the plan's own line get in; staff of the other line (LAB or SEL) only
 * under a cross-line consent; another municipality only under a share whose consent is in force
 * (reads only); a mentor or contact person only on plans they take part in. Everyone else gets
 * 404, as if the plan did not exist. Consents are read on every access that depends on one, so a
 * revocation bites at once.
 */
@ApplicationScoped
public class PlanAccess {

    public static final String SUBJECT = "plan";

    @Inject
    Caller caller;
    @Inject
    MunicipalityAccess municipalityAccess;
    @Inject
    AuditLog audit;
    @Inject
    PlanRepository plans;
    @Inject
    ParticipantRepository participants;
    @Inject
    ConsentRepository consents;
    @Inject
    PlanShareRepository shares;
    @Inject
    PlanChanges changes;
    @Inject
    Clock clock;

    public PlanGrant read(UUID planId, String purpose) {
        return require(planId, "read", purpose, true);
    }

    /** Also notes the plan as changed, so its due items are rewritten when the transaction commits. */
    public PlanGrant write(UUID planId, String action, String purpose) {
        PlanGrant grant = require(planId, action, purpose, false);
        changes.changed(planId);
        return grant;
    }

    /** Like {@link #write} but only for staff of the owning municipality: mentors cannot do this. */
    public PlanGrant manage(UUID planId, String action, String purpose) {
        PlanGrant grant = require(planId, action, purpose, false);
        if (!grant.staff()) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only the plan's caseworkers may " + action);
        }
        changes.changed(planId);
        return grant;
    }

    private PlanGrant require(UUID planId, String action, String purpose, boolean read) {
        Plan plan = plans.findByIdOptional(planId).orElseThrow(() -> ProblemException.notFound(SUBJECT, planId));
        if (caller.actsFor(plan.ownerMunicipality()) && staffLines().contains(plan.line())) {
            // The owner's staff on the plan's own line, most reads: no consent can widen or narrow their
            // access, so the consents (a second query on every read) are not read for them.
            municipalityAccess.require(ResourceScope.ownedBy(SUBJECT, planId, plan.ownerMunicipality()), action, purpose);
            return new PlanGrant(plan, true, List.of(), caller.username());
        }
        LocalDate today = DanishTime.today(clock);
        List<Consent> planConsents = consents.list("planId", planId);
        boolean crossLine = planConsents.stream().anyMatch(c -> c.allowsCrossingLines(today));
        Set<String> sharedWith = read ? sharedWith(planId, planConsents, today) : Set.of();
        ResourceScope scope = ResourceScope.ownedBy(SUBJECT, planId, plan.ownerMunicipality()).sharedWith(sharedWith);

        boolean staffOnLine = staffLines().stream().anyMatch(line -> line == plan.line() || crossLine);
        if (staffOnLine && (caller.actsFor(plan.ownerMunicipality()) || sharedWith.stream().anyMatch(caller::actsFor))) {
            municipalityAccess.require(scope, action, purpose);
            return new PlanGrant(plan, true, List.of(), caller.username());
        }
        List<Participant> own = participants.list("planId = ?1 and username = ?2 and endedOn is null",
                planId, caller.username());
        boolean participantOnLine = own.stream().anyMatch(p -> p.line() == plan.line() || crossLine);
        if (participantOnLine) {
            audit.allowed(action, scope, plan.ownerMunicipality(), purpose);
            return new PlanGrant(plan, false, own, caller.username());
        }
        audit.denied(action, scope, purpose);
        throw ProblemException.notFound(SUBJECT, planId);
    }

    private Set<String> sharedWith(UUID planId, List<Consent> planConsents, LocalDate today) {
        if (planConsents.isEmpty()) {
            return Set.of(); // a share stands on a consent: without one, no query for shares
        }
        return shares.list("planId", planId).stream()
                .filter(s -> planConsents.stream().anyMatch(c -> c.id().equals(s.consentId())
                        && c.allowsSharingWith(s.municipality(), today)))
                .map(s -> s.municipality()).collect(Collectors.toSet());
    }

    /** The lines the caller works on as staff: a job-centre role on the employment line, a social worker on the social. */
    Set<LegalLine> staffLines() {
        Set<LegalLine> lines = EnumSet.noneOf(LegalLine.class);
        if (caller.hasRole(Roles.CASEWORKER) || caller.hasRole(Roles.COORDINATOR)) {
            lines.add(LegalLine.EMPLOYMENT);
            lines.add(LegalLine.INTEGRATION);
        }
        if (caller.hasRole(Roles.SOCIAL_WORKER)) {
            lines.add(LegalLine.SOCIAL);
        }
        if (caller.hasRole(Roles.INTEGRATION)) {
            lines.addAll(EnumSet.allOf(LegalLine.class));
        }
        return lines;
    }
}
