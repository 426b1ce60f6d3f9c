package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.followup.MeetingCorrected;
import dk.mentor.contracts.events.followup.MeetingLogged;
import dk.mentor.contracts.events.followup.OutcomeRecorded;
import dk.mentor.contracts.events.followup.PlanHandedOver;
import dk.mentor.contracts.events.followup.PlanOpened;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MinutesUnderBasis;
import dk.mentor.refusion.domain.PlanFact;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.refusion.infra.persistence.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/** Learns plans, meetings, outcomes and hand-overs from followup.plan.v1; runs in the consumer's transaction. */
@ApplicationScoped
public class ApplyPlanEvent {

    private static final Logger LOG = Logger.getLogger(ApplyPlanEvent.class);

    @Inject
    ObjectMapper json;

    @Inject
    PlanRepository plans;

    @Inject
    MeetingRepository meetings;

    @Inject
    PostMeeting postMeeting;

    public void apply(IncomingEvent event) throws Exception {
        String type = event.type();
        if (PlanOpened.TYPE.value().equals(type)) {
            opened(json.readValue(event.payload(), PlanOpened.class));
        } else if (MeetingLogged.TYPE.value().equals(type)) {
            MeetingLogged m = json.readValue(event.payload(), MeetingLogged.class);
            postMeeting.record(new Meeting.Facts(m.planId(), m.meetingId(), m.version(), m.actingMunicipality(),
                    m.mentorId(), m.mentorshipId(), m.meetingDate(), m.attendance(), minutes(m.minutes()),
                    m.transportMinutes()), event.id(), type);
        } else if (MeetingCorrected.TYPE.value().equals(type)) {
            MeetingCorrected m = json.readValue(event.payload(), MeetingCorrected.class);
            postMeeting.record(new Meeting.Facts(m.planId(), m.meetingId(), m.version(), m.actingMunicipality(),
                    m.mentorId(), m.mentorshipId(), m.meetingDate(), m.attendance(), minutes(m.minutes()),
                    m.transportMinutes()), event.id(), type);
        } else if (OutcomeRecorded.TYPE.value().equals(type)) {
            OutcomeRecorded o = json.readValue(event.payload(), OutcomeRecorded.class);
            plans.recordOutcome(o.planId(), o.actingMunicipality(), o.outcome(), o.closedOn());
        } else if (PlanHandedOver.TYPE.value().equals(type)) {
            handedOver(json.readValue(event.payload(), PlanHandedOver.class), event);
        } else {
            LOG.debugf("event type %s is not used by refusion; skipped", type);
        }
    }

    private void opened(PlanOpened e) {
        if (plans.find(e.planId()).isEmpty()) {
            plans.persist(PlanFact.opened(e.planId(), e.citizenRef(), e.actingMunicipality(), e.targetGroups(),
                    e.openedOn()));
        }
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
