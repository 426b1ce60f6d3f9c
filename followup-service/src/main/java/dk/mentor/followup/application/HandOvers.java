package dk.mentor.followup.application;

import dk.mentor.contracts.codes.LegalBasisCodes;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.events.followup.PlanHandedOver;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.followup.domain.Consent;
import dk.mentor.followup.domain.HandOver;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.followup.infra.persistence.HandOverRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hand-over when the citizen moves: the sending municipality offers the plan (with consent), the
 * receiving one sees the offer and accepts it from the move date (ownership and access move) or disputes
 * it within the deadline; it cannot reject (see HandOver).
 */
@ApplicationScoped
public class HandOvers {

    public static final String SUBJECT = "hand-over";

    @Inject
    CodeLists codeLists;

    @Inject
    PlanAccess access;
    @Inject
    ManageConsents consents;
    @Inject
    HandOverRepository handOvers;
    @Inject
    PlanRepository plans;
    @Inject
    CitizenRepository citizens;
    @Inject
    ParticipantRepository participants;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    PlanChanges changes;
    @Inject
    EntityManager em;
    /** How far a list that can grow large is counted (see CappedCount). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;
    @Inject
    Clock clock;

    @Transactional
    public HandOver offer(UUID planId, String toMunicipality, UUID consentId, String annotation, LocalDate moveDate,
                          String purpose) {
        PlanGrant grant = access.manage(planId, "offer-hand-over", purpose);
        String to = ManageConsents.municipality(toMunicipality);
        Consent consent = consents.consentFor(planId, consentId, to, "consentId");
        if (handOvers.count("planId = ?1 and status = ?2", planId, HandOver.Status.OFFERED) > 0) {
            throw ProblemException.conflict("The plan is already offered to a municipality; wait for its answer");
        }
        LocalDate today = DanishTime.today(clock);
        HandOver handOver = HandOver.offer(grant.plan(), consent, to, annotation, moveDate != null ? moveDate : today,
                grant.username(), today, clock.instant());
        handOvers.persist(handOver);
        return handOver;
    }

    /** The receiver takes the plan over from the move date; an answer naming another day is refused. */
    @Transactional
    public HandOver accept(UUID id, String ifMatch, String annotation, LocalDate effectiveOn, String purpose) {
        HandOver handOver = receiving(id, "accept-hand-over", purpose);
        Versions.requireMatch(ifMatch, handOver.version(), SUBJECT, id);
        if (effectiveOn != null && !effectiveOn.equals(handOver.moveDate())) {
            throw RuleViolation.onField("Costs follow the citizen's move on " + handOver.moveDate(), "effectiveOn",
                    "must be the move date " + handOver.moveDate() + " or empty");
        }
        consents.consentFor(handOver.planId(), handOver.consentId(), handOver.toMunicipality(), "consentId");
        handOver.accept(caller.username(), annotation, clock.instant());
        takeOver(handOver, caller.username());
        handOvers.flush();
        return handOver;
    }

    /**
     * An undisputed offer past its deadline counts as accepted from its move date (the receiver is the acting
     * municipality by law), with the event of a manual acceptance; nobody joins as the receiving caseworker.
     * An offer whose consent is no longer in force stays offered: the plan may not be shared without it.
     *
     * @return whether it was accepted
     */
    public boolean acceptByDeadline(HandOver handOver) {
        if (!consents.inForce(handOver.planId(), handOver.consentId(), handOver.toMunicipality())) {
            return false;
        }
        handOver.acceptByDeadline(DanishTime.today(clock), clock.instant());
        takeOver(handOver, null); // no user acts, so nothing goes to the audit trail: the hand-over records who and when
        return true;
    }

    /** Ownership, access and the citizen move to the receiver from the move date; the caseworker joins if named. */
    private void takeOver(HandOver handOver, String caseworker) {
        Plan plan = plans.findById(handOver.planId());
        LocalDate day = handOver.effectiveOn();
        plan.handOverTo(handOver.toMunicipality(), caseworker != null ? caseworker : handOver.respondedBy());
        changes.changed(plan.id());
        moveCaseworker(plan, day, caseworker);
        Citizen citizen = citizens.findById(plan.citizenId());
        citizen.moveTo(handOver.toMunicipality());
        outbox.append(new PlanHandedOver(plan.id(), handOver.fromMunicipality(), handOver.toMunicipality(), day,
                handOver.respondedAt()));
    }

    /** The new residence municipality acts by law (retssikkerhedsloven § 9): it may dispute, never reject. */
    @Transactional
    public HandOver reject(UUID id, String purpose) {
        receiving(id, "reject-hand-over", purpose);
        throw ProblemException.conflict("The municipality the citizen moves to cannot reject a hand-over; dispute it within "
                + HandOver.DISPUTE_DAYS + " days of the offer instead");
    }

    /** The receiver disputes within the deadline, once; the plan stays where the hand-over put it. */
    @Transactional
    public HandOver dispute(UUID id, String ifMatch, String reason, String purpose) {
        HandOver handOver = receiving(id, "dispute-hand-over", purpose);
        Versions.requireMatch(ifMatch, handOver.version(), SUBJECT, id);
        if (handOver.disputed()) {
            throw ProblemException.conflict("The hand-over was already disputed on " + handOver.disputedAt());
        }
        handOver.dispute(caller.username(), reason, DanishTime.today(clock), clock.instant());
        handOvers.flush();
        return handOver;
    }

    /** The sending caseworkers leave the plan and the accepting one joins, so access moves with ownership. */
    private void moveCaseworker(Plan plan, LocalDate day, String joining) {
        var leaving = participants.list("planId = ?1 and role = ?2 and endedOn is null", plan.id(),
                ParticipantRole.CASEWORKER);
        leaving.forEach(p -> p.end(day));
        if (joining == null) {
            return;
        }
        var basis = codeLists.legalBasis(leaving.isEmpty() ? LegalBasisCodes.LAB_40_3 : leaving.get(0).legalBasis());
        participants.persist(Participant.join(plan.id(), joining, joining,
                null, ParticipantRole.CASEWORKER, basis, null, day, clock.instant()));
    }

    /** Offers to and from the caller's municipalities, newest first. */
    @Transactional
    public <T> Page<T> mine(PageRequest page, Function<HandOver, T> mapper) {
        if (caller.municipalities().isEmpty()) {
            return Page.slice(List.of(), page, mapper);
        }
        List<HandOver> offers = handOvers.find("toMunicipality in :m or fromMunicipality in :m",
                Sort.descending("offeredAt").and("id"), Parameters.with("m", caller.municipalities()))
                .page(page.page(), page.size()).list();
        return Page.of(offers, page, CappedCounts.sql(em, "from hand_over h where h.to_municipality in (:m)"
                + " or h.from_municipality in (:m)", Map.of("m", caller.municipalities()), page, offers.size(), countCap), mapper);
    }

    /** Both the sending and the receiving municipality see the offer. */
    @Transactional
    public HandOver one(UUID id, String purpose) {
        return visible(id, "read", purpose, h -> caller.actsFor(h.toMunicipality()) || caller.actsFor(h.fromMunicipality()));
    }

    /** Only caseworkers of the receiving municipality answer an offer. */
    private HandOver receiving(UUID id, String action, String purpose) {
        HandOver handOver = visible(id, action, purpose, h -> caller.actsFor(h.toMunicipality()));
        audit.allowed(action, ResourceScope.ownedBy(PlanAccess.SUBJECT, handOver.planId(), handOver.fromMunicipality()),
                handOver.toMunicipality(), purpose);
        return handOver;
    }

    /** A hand-over the caller may not see answers 404, as if there were none, and the attempt is audited. */
    private HandOver visible(UUID id, String action, String purpose, Predicate<HandOver> allowed) {
        HandOver handOver = handOvers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(SUBJECT, id));
        if (!allowed.test(handOver)) {
            audit.denied(action, ResourceScope.ownedBy(SUBJECT, handOver.id(), handOver.fromMunicipality()), purpose);
            throw ProblemException.notFound(SUBJECT, id);
        }
        return handOver;
    }
}
