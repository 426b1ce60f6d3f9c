package dk.mentor.followup.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipRenewed;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Follows matching-service's mentorships: a started one puts the mentor on the plan with role and
 * legal basis, its grant period, ordered hours and cadence; a renewal extends the grant; an ended one ends
 * that participation. Runs inside the consumer's transaction, after
 * the inbox has let the event through once; the mentorship id on the participation guards as well.
 */
@ApplicationScoped
public class ApplyMentorshipEvent {

    @Inject
    CodeLists codeLists;

    @Inject
    ObjectMapper json;
    @Inject
    PlanRepository plans;
    @Inject
    ParticipantRepository participants;
    @Inject
    CitizenRepository citizens;
    @Inject
    PlanChanges changes;
    @Inject
    Clock clock;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json).on(MentorshipStarted.class, this::started).on(MentorshipEnded.class, this::ended)
                .on(MentorshipRenewed.class, this::renewed);
    }

    /** The handlers of the mentorship events; the other types on the topic are skipped. */
    public EventRoutes routes() {
        return routes;
    }

    private void started(MentorshipStarted e, IncomingEvent event) {
        Plan plan = plans.findByIdOptional(e.planId()).orElseThrow(() ->
                new IllegalStateException("mentorship " + e.mentorshipId() + " names unknown plan " + e.planId()));
        if (participants.count("mentorshipId", e.mentorshipId()) > 0) {
            return;
        }
        // matching cannot see that a plan's citizen is anonymous; such a mentorship is held as a dead letter
        ParticipantRole role = ParticipantRole.valueOf(e.role());
        LegalBasisTerms basis = basisOf(e.legalBasis(), plan, role);
        citizens.findById(plan.citizenId()).requireServableUnder(basis, "legalBasis");
        participants.persist(Participant.fromMentorship(e.planId(), new Participant.Mentorship(e.mentorshipId(),
                e.mentorId(), e.mentorName(), e.mentorUsername(), e.mentorKind(), role,
                basis, e.endsOn(), e.hoursPerWeek(), e.meetingEveryDays()),
                e.startsOn(), clock.instant()));
        changes.changed(e.planId());
    }

    /** A renewal extends the grant; a redelivered or stale one (an older end than known) changes nothing. */
    private void renewed(MentorshipRenewed e, IncomingEvent event) {
        participants.find("mentorshipId", e.mentorshipId()).firstResultOptional()
                .filter(p -> p.periodEndsOn() == null || e.endsOn().isAfter(p.periodEndsOn()))
                .ifPresent(p -> {
                    p.grant(e.endsOn(), e.hoursPerWeek(), e.meetingEveryDays());
                    changes.changed(p.planId());
                });
    }

    private void ended(MentorshipEnded e, IncomingEvent event) {
        participants.find("mentorshipId", e.mentorshipId()).firstResultOptional()
                .filter(p -> !p.ended())
                .ifPresent(p -> {
                    p.end(e.endedOn());
                    changes.changed(p.planId());
                });
    }

    /**
     * The basis as this service's code list has it. An event is not refused for a code the replica does not
     * know yet (catalog's event may still be on its way): matching checked the role against the basis, so the
     * code is taken as carried, on the plan's line, with the role the event names and no anonymity.
     */
    private LegalBasisTerms basisOf(String code, Plan plan, ParticipantRole role) {
        return codeLists.findLegalBasisNow(code).orElseGet(() -> new LegalBasisTerms(code, plan.line(),
                LocalDate.of(1900, 1, 1), null, false, null, List.of(role)));
    }
}
