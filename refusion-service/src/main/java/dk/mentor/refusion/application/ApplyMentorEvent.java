package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.kit.time.DanishTime;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MentorTerms;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.refusion.infra.persistence.MentorTermsRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Keeps each mentor's rate and paid terms as a history from catalog.mentor.v1, each version in force
 * from the Danish day it was made; then prices the mentor's waiting meetings and re-prices those the
 * new version covers.
 */
@ApplicationScoped
public class ApplyMentorEvent {

    @Inject
    ObjectMapper json;

    @Inject
    MentorTermsRepository terms;

    @Inject
    MeetingRepository meetings;

    @Inject
    PostMeeting postMeeting;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json).on(MentorProfileChanged.class, this::profileChanged);
    }

    /** The handlers of the topic's event types; the consumer runs them in its transaction. */
    public EventRoutes routes() {
        return routes;
    }

    private void profileChanged(MentorProfileChanged e, IncomingEvent event) {
        terms.lockMentor(e.mentorId());
        if (terms.has(e.mentorId(), e.version())) {
            return;
        }
        LocalDate effectiveFrom = LocalDate.ofInstant(e.changedAt(), DanishTime.ZONE);
        terms.persist(MentorTerms.of(e.mentorId(), e.version(), e.homeMunicipality(), e.kind(), e.hourlyRate(),
                e.transportPaid(), e.cancellationsPaid(), e.trainingPaid(), effectiveFrom));
        for (Meeting meeting : meetings.ofMentorToReprice(e.mentorId(), effectiveFrom)) {
            postMeeting.reprice(meeting, event.id(), event.type());
        }
    }
}
