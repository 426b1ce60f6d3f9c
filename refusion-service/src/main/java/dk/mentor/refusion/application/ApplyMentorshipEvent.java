package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.refusion.domain.MentorshipFact;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Learns mentorships from matching.mentorship.v1: the rate agreed at the start, and the end. */
@ApplicationScoped
public class ApplyMentorshipEvent {

    @Inject
    ObjectMapper json;

    @Inject
    MentorshipRepository mentorships;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json)
                .on(MentorshipStarted.class, this::started)
                .on(MentorshipEnded.class, this::ended);
    }

    /** The handlers of the topic's event types; the consumer runs them in its transaction. */
    public EventRoutes routes() {
        return routes;
    }

    private void started(MentorshipStarted e, IncomingEvent event) {
        if (mentorships.find(e.mentorshipId()).isEmpty()) {
            mentorships.persist(MentorshipFact.started(e.mentorshipId(), e.planId(), e.mentorId(), e.mentorKind(),
                    e.mentorMunicipality(), e.actingMunicipality(), e.legalBasis(), e.hourlyRate(),
                    e.targetGroups(), e.startsOn(), e.endsOn()));
        }
    }

    private void ended(MentorshipEnded e, IncomingEvent event) {
        mentorships.find(e.mentorshipId()).ifPresent(m -> m.ended(e.endedOn()));
    }
}
