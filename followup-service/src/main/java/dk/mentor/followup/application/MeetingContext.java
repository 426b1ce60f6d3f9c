package dk.mentor.followup.application;

import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.events.followup.MeetingCorrected;
import dk.mentor.contracts.events.followup.MeetingLogged;
import dk.mentor.contracts.events.followup.MinutesUnderBasis;
import dk.mentor.contracts.events.followup.PlanEvent;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.domain.ClaimJudgement;
import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.MeetingDetails;
import dk.mentor.followup.domain.MentorAgreement;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.domain.Roles;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.followup.infra.persistence.MeetingRepository;
import dk.mentor.followup.infra.persistence.MentorAgreementRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.time.DanishTime;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    CodeLists codeLists;

    @Inject
    ParticipantRepository participants;
    @Inject
    ManageParticipants manageParticipants;
    @Inject
    MentorAgreementRepository agreements;
    @Inject
    MeetingRepository meetings;
    @Inject
    CitizenRepository citizens;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** The participation the meeting is logged under; a mentor may only log their own. */
    public Participant participation(PlanGrant grant, UUID participantId) {
        if (participantId == null) {
            return grant.ownParticipations().stream().filter(p -> Roles.meetsCitizen(p.role())).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("participantId", "name the mentor the meeting was with"));
        }
        Participant p = manageParticipants.named(grant.plan().id(), participantId);
        if (!grant.staff() && grant.ownParticipations().stream().noneMatch(own -> own.id().equals(p.id()))) {
            throw ProblemException.invalidField("participantId", "you can only log your own meetings");
        }
        if (!Roles.meetsCitizen(p.role())) {
            throw RuleViolation.onField("Meetings are logged by mentors and contact persons", "participantId",
                    "is a " + p.role());
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

    /**
     * The meeting as the command gives it, with activation decided by the caller, checked against
     * every legal basis the person holds on the plan.
     */
    public MeetingDetails details(LogMeeting.Command command, boolean activation, UUID groupSessionId,
                                  List<Participant> person) {
        Set<LegalBasisTerms> bases = new HashSet<>();
        person.forEach(p -> bases.add(codeLists.legalBasis(p.legalBasis())));
        return new MeetingDetails(command.date(), command.durationMinutes(), command.mode(), command.place(),
                command.attendance(), command.transportMinutes(), activation,
                command.minutes() == null ? Map.of() : command.minutes(), command.note(), command.noteVisibility(),
                groupSessionId).checkedAgainst(bases);
    }

    /** Whether the pair agreed that meetings count as activation, so a no-show is sanction-relevant. */
    public boolean activationByAgreement(List<Participant> person, LocalDate day) {
        return person.stream().anyMatch(p -> agreements.find("participantId", p.id()).stream()
                .anyMatch(a -> a.activation() && a.coversDay(day)));
    }

    /**
     * Judges whether the meeting may be claimed, against the person's participations, agreements and the
     * other current meetings of the week; {@code replacing} names the meeting a correction supersedes, so its
     * earlier version does not count twice.
     */
    public List<ClaimHold> claimHolds(Plan plan, Participant participant, List<Participant> person,
                                      MeetingDetails details, UUID replacing) {
        List<UUID> ids = person.stream().map(Participant::id).toList();
        List<MentorAgreement> personAgreements = agreements.list("participantId in ?1", ids);
        List<Meeting> others = meetings.currentOfPlan(plan.id()).stream()
                .filter(m -> !m.meetingId().equals(replacing)).toList();
        boolean anonymous = citizens.findById(plan.citizenId()).anonymous();
        return new ClaimJudgement(participant, person, personAgreements, others, anonymous, DanishTime.today(clock))
                .holds(details);
    }

    /** Stores a version of a meeting and announces it in the same transaction. */
    public void store(Plan plan, Meeting meeting, List<Participant> person) {
        meetings.persist(meeting);
        outbox.append(announcement(plan, meeting, person));
    }

    /** The event for a meeting's version: the first is logged, every later one corrects it. Never the note. */
    private static PlanEvent announcement(Plan plan, Meeting m, List<Participant> person) {
        UUID mentorId = person.stream().map(Participant::mentorId).filter(Objects::nonNull).findFirst().orElse(null);
        UUID mentorshipId = person.stream().map(Participant::mentorshipId).filter(Objects::nonNull).findFirst()
                .orElse(null);
        String place = m.place() == null ? null : m.place().name();
        List<String> holds = m.claimHolds().stream().map(ClaimHold::name).toList();
        List<MinutesUnderBasis> minutes = m.minutes().stream()
                .map(b -> new MinutesUnderBasis(b.legalBasis(), b.minutes())).toList();
        if (m.version() == 1) {
            return new MeetingLogged(plan.id(), m.meetingId(), m.version(), plan.ownerMunicipality(), mentorId,
                    mentorshipId, m.meetingDate(), m.attendance().name(), m.mode().name(), place, minutes,
                    m.transportMinutes(), m.groupSessionId(), m.activationRelevant(), m.loggedAt(), holds);
        }
        return new MeetingCorrected(plan.id(), m.meetingId(), m.version(), plan.ownerMunicipality(), mentorId,
                mentorshipId, m.meetingDate(), m.attendance().name(), m.mode().name(), place, minutes,
                m.transportMinutes(), m.groupSessionId(), m.activationRelevant(), m.loggedAt(), holds);
    }
}
