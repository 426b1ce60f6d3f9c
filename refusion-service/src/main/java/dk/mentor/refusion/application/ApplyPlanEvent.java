package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.followup.MeetingCorrected;
import dk.mentor.contracts.events.followup.MeetingLogged;
import dk.mentor.contracts.events.followup.MeetingVersion;
import dk.mentor.contracts.events.followup.OutcomeRecorded;
import dk.mentor.contracts.events.followup.PlanHandedOver;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MinutesUnderBasis;
import dk.mentor.refusion.domain.PlanFact;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Learns plans, meetings, outcomes and hand-overs from followup.plan.v1; runs in the consumer's transaction. */
@ApplicationScoped
public class ApplyPlanEvent {

    @Inject
    ObjectMapper json;

    @Inject
    PlanRepository plans;

    @Inject
    MeetingRepository meetings;

    @Inject
    PostMeeting postMeeting;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json)
                .on(PlanOpened.class, this::opened)
                .on(MeetingLogged.class, this::meeting)
                .on(MeetingCorrected.class, this::meeting)
                .on(OutcomeRecorded.class, this::outcome)
                .on(PlanHandedOver.class, this::handedOver);
    }

    /** The handlers of the topic's event types; the consumer runs them in its transaction. */
    public EventRoutes routes() {
        return routes;
    }

    private void opened(PlanOpened e, IncomingEvent event) {
        if (plans.find(e.planId()).isEmpty()) {
            plans.persist(PlanFact.opened(e.planId(), e.citizenRef(), e.actingMunicipality(), e.targetGroups(),
                    e.openedOn()));
        }
    }

    /** A logged meeting or a correction of one: each version is priced from its own facts. */
    private void meeting(MeetingVersion m, IncomingEvent event) {
        postMeeting.record(new Meeting.Facts(m.planId(), m.meetingId(), m.version(), m.actingMunicipality(),
                m.mentorId(), m.mentorshipId(), m.meetingDate(), m.attendance(), minutes(m.minutes()),
                m.transportMinutes(), m.claimHolds()), event.id(), event.type());
    }

    private void outcome(OutcomeRecorded o, IncomingEvent event) {
        plans.recordOutcome(o.planId(), o.actingMunicipality(), o.outcome(), o.closedOn());
    }

    /** Meetings from the hand-over day on are paid by the receiver: re-post those already priced. */
    private void handedOver(PlanHandedOver e, IncomingEvent event) {
        plans.addHandover(e.planId(), e.effectiveOn(), e.fromMunicipality(), e.toMunicipality());
        for (Meeting meeting : meetings.ofPlanFrom(e.planId(), e.effectiveOn())) {
            postMeeting.reprice(meeting, event.id(), event.type());
        }
    }

    private static List<MinutesUnderBasis> minutes(List<dk.mentor.contracts.events.followup.MinutesUnderBasis> minutes) {
        return minutes.stream().map(m -> new MinutesUnderBasis(m.legalBasis(), m.minutes())).toList();
    }
}
