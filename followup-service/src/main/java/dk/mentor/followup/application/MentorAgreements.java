package dk.mentor.followup.application;

import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.domain.AgreementTerms;
import dk.mentor.followup.domain.MentorAgreement;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Roles;
import dk.mentor.followup.infra.persistence.MentorAgreementRepository;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/** Mentor agreements on a plan: made and renewed by the plan's caseworkers, read by everyone on it. */
@ApplicationScoped
public class MentorAgreements {

    @Inject
    CodeLists codeLists;

    @Inject
    PlanAccess access;
    @Inject
    MentorAgreementRepository agreements;
    @Inject
    ManageParticipants participants;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    @Transactional
    public MentorAgreement make(UUID planId, UUID participantId, AgreementTerms terms, String purpose) {
        access.manage(planId, "make-agreement", purpose).plan().requireActive();
        if (participantId == null) {
            throw RuleViolation.onField("The mentor agreement lacks required terms", "participantId",
                    "is required in a mentor agreement");
        }
        Participant participant = participants.named(planId, participantId);
        if (!Roles.meetsCitizen(participant.role())) {
            throw RuleViolation.onField("A mentor agreement is made with a mentor or contact person, not a caseworker",
                    "participantId", "is a " + participant.role());
        }
        MentorAgreement previous = terms.renews() == null ? null
                : agreements.onPlan(planId, terms.renews()).orElse(null);
        if (previous != null && agreements.count("renews", previous.id()) > 0) {
            throw ProblemException.conflict("That agreement was already renewed");
        }
        MentorAgreement agreement = MentorAgreement.make(participant, codeLists.legalBasis(participant.legalBasis()), terms, previous, caller.username(), clock.instant());
        agreements.persist(agreement);
        return agreement;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<MentorAgreement, T> mapper) {
        access.read(planId, purpose);
        return Page.of(agreements.find("planId", Sort.by("periodFrom").and("id"), planId), page, mapper);
    }
}
