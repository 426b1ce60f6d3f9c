package dk.mentor.followup.application;

import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.events.followup.MinutesUnderBasis;
import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.PlanRuleException;
import dk.mentor.followup.domain.Roles;
import dk.mentor.followup.infra.persistence.MentorAgreementRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who a meeting is logged for and under which bases: a person holding two roles on the plan (the
 * double mentor) splits a meeting's minutes between both roles' legal bases.
 */
@ApplicationScoped
public class MeetingContext {

    @Inject
    ParticipantRepository participants;
    @Inject
    MentorAgreementRepository agreements;

    /** The participation the meeting is logged under; a mentor may only log their own. */
    public Participant participation(PlanGrant grant, UUID participantId) {
        if (participantId == null) {
            return grant.ownParticipations().stream().filter(p -> Roles.meetsCitizen(p.role())).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("participantId", "name the mentor the meeting was with"));
        }
        Participant p = participants.find("id = ?1 and planId = ?2", participantId, grant.plan().id()).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalidField("participantId", "no such participant on this plan"));
        if (!grant.staff() && grant.ownParticipations().stream().noneMatch(own -> own.id().equals(p.id()))) {
            throw ProblemException.invalidField("participantId", "you can only log your own meetings");
        }
        if (!Roles.meetsCitizen(p.role())) {
            throw new PlanRuleException("Meetings are logged by mentors and contact persons",
                    List.of(new PlanRuleException.Issue("participantId", "is a " + p.role())));
        }
        return p;
    }

    /** Every participation of the same person on the plan that was active on the day. */
    public List<Participant> samePerson(Participant p, LocalDate day) {
        if (p.username() == null) {
            return List.of(p);
        }
        return participants.list("planId = ?1 and username = ?2", p.planId(), p.username()).stream()
                .filter(o -> Roles.meetsCitizen(o.role()) && (o.id().equals(p.id()) || o.activeOn(day))).toList();
    }

    public Set<LegalBasis> bases(List<Participant> person) {
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        person.forEach(p -> bases.add(LegalBasis.fromCode(p.legalBasis())));
        return bases;
    }

    /** Whether the pair agreed that meetings count as activation, so a no-show is sanction-relevant. */
    public boolean activationByAgreement(List<Participant> person, LocalDate day) {
        return person.stream().anyMatch(p -> agreements.find("participantId", p.id()).stream()
                .anyMatch(a -> a.activation() && a.coversDay(day)));
    }

    public UUID mentorId(List<Participant> person) {
        return person.stream().map(Participant::mentorId).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public UUID mentorshipId(List<Participant> person) {
        return person.stream().map(Participant::mentorshipId).filter(Objects::nonNull).findFirst().orElse(null);
    }

    public static List<MinutesUnderBasis> minutes(Meeting meeting) {
        return meeting.minutes().stream().map(m -> new MinutesUnderBasis(m.legalBasis(), m.minutes())).toList();
    }
}
