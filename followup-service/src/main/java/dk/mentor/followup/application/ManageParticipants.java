package dk.mentor.followup.application;

import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.domain.Consent;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.followup.infra.persistence.ConsentRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * The people on the plan. Someone on the other line than the plan's (a § 85 support contact
 * person on a job-centre plan, say) joins only under a cross-line consent.
 */
@ApplicationScoped
public class ManageParticipants {

    @Inject
    PlanAccess access;
    @Inject
    ParticipantRepository participants;
    @Inject
    ConsentRepository consents;
    @Inject
    CitizenRepository citizens;
    @Inject
    Clock clock;

    public record Command(String displayName, String username, String contact, ParticipantRole role,
                          LegalBasisTerms legalBasis, Integer cadenceDays, LocalDate startedOn) {
    }

    @Transactional
    public Participant add(UUID planId, Command command, String purpose) {
        Plan plan = access.manage(planId, "add-participant", purpose).plan();
        plan.requireActive();
        citizens.findById(plan.citizenId()).requireServableUnder(command.legalBasis(), "legalBasis");
        LocalDate today = DanishTime.today(clock);
        if (command.legalBasis().line() != plan.line() && !crossLineConsent(planId, today)) {
            throw RuleViolation.onField("A participant under " + command.legalBasis().code() + " works on the "
                    + command.legalBasis().line() + " line and this plan is on the " + plan.line()
                    + " line; record the citizen's consent (or the legal basis) for sharing across lines first", "legalBasis", "needs a SHARE_ACROSS_LINES consent on the plan");
        }
        if (command.username() != null && participants.count("planId = ?1 and username = ?2 and role = ?3 and endedOn is null",
                planId, command.username(), command.role()) > 0) {
            throw ProblemException.conflict("This person already holds the role " + command.role() + " on the plan");
        }
        Participant participant = Participant.join(planId, command.displayName(), command.username(), command.contact(),
                command.role(), command.legalBasis(), command.cadenceDays(),
                command.startedOn() != null ? command.startedOn() : today, clock.instant());
        participants.persist(participant);
        return participant;
    }

    @Transactional
    public Participant end(UUID planId, UUID participantId, LocalDate endedOn, String purpose) {
        access.manage(planId, "end-participation", purpose);
        Participant participant = participants.onPlan(planId, participantId)
                .orElseThrow(() -> ProblemException.notFound("participant", participantId));
        if (participant.ended()) {
            throw ProblemException.conflict("The participation already ended on " + participant.endedOn());
        }
        participant.end(endedOn != null ? endedOn : DanishTime.today(clock));
        return participant;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<Participant, T> mapper) {
        access.read(planId, purpose);
        return Page.of(participants.find("planId", Sort.by("addedAt").and("id"), planId), page, mapper);
    }

    /** A participation named in a request about the plan: one of another plan is a bad request, not a 404. */
    Participant named(UUID planId, UUID participantId) {
        return participants.onPlan(planId, participantId)
                .orElseThrow(() -> ProblemException.invalidField("participantId", "no such participant on this plan"));
    }

    private boolean crossLineConsent(UUID planId, LocalDate today) {
        return consents.list("planId", planId).stream().anyMatch((Consent c) -> c.allowsCrossingLines(today));
    }
}
