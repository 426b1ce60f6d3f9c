package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipRenewed;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MentorshipFact;
import dk.mentor.refusion.domain.MentorshipTerm;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.refusion.infra.persistence.MentorTermsRepository;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import dk.mentor.refusion.infra.persistence.MentorshipTermRepository;
import java.util.List;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Learns mentorships from matching.mentorship.v1: the terms agreed at the start (target groups and
 * hourly rate), each renewal's new grant on those terms, and the end. New agreed terms price the
 * mentorship's waiting meetings and re-price those they cover.
 */
@ApplicationScoped
public class ApplyMentorshipEvent {

    @Inject
    ObjectMapper json;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    MentorshipTermRepository grants;

    @Inject
    MentorTermsRepository mentorTerms;

    @Inject
    MeetingRepository meetings;

    @Inject
    PostMeeting postMeeting;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json)
                .on(MentorshipStarted.class, this::started)
                .on(MentorshipRenewed.class, this::renewed)
                .on(MentorshipEnded.class, this::ended);
    }

    /** The handlers of the topic's event types; the consumer runs them in its transaction. */
    public EventRoutes routes() {
        return routes;
    }

    private void started(MentorshipStarted e, IncomingEvent event) {
        mentorTerms.lockMentor(e.mentorId());
        if (mentorships.find(e.mentorshipId()).isEmpty()) {
            mentorships.persist(MentorshipFact.started(e.mentorshipId(), e.planId(), e.mentorId(), e.mentorKind(),
                    e.mentorMunicipality(), e.actingMunicipality(), e.legalBasis(), e.hourlyRate(),
                    e.targetGroups(), e.startsOn(), e.endsOn()));
        }
        if (grants.grants(e.mentorshipId()).isEmpty()) {
            grants.persist(MentorshipTerm.agreed(e.mentorshipId(), e.startsOn(), e.endsOn(), e.hourlyRate(),
                    e.targetGroups(), event.id()));
            reprice(meetings.ofMentorship(e.mentorshipId()), event);
        }
    }

    /** A new grant on the agreed terms; a renewal seen before (same new end) changes nothing. */
    private void renewed(MentorshipRenewed e, IncomingEvent event) {
        mentorTerms.lockMentor(e.mentorId());
        List<MentorshipTerm> known = grants.grants(e.mentorshipId());
        if (known.isEmpty() || known.stream().anyMatch(g -> !g.validTo().isBefore(e.endsOn()))) {
            // Matching publishes a mentorship's events in order on its key, so a renewal with no start
            // known is one whose start predates this service's history: there are no terms to carry on.
            return;
        }
        MentorshipTerm next = known.get(known.size() - 1).renewedUntil(e.endsOn(), event.id());
        grants.persist(next);
        reprice(meetings.ofMentorshipToReprice(e.mentorshipId(), next.validFrom()), event);
    }

    private void reprice(List<Meeting> affected, IncomingEvent event) {
        for (Meeting meeting : affected) {
            postMeeting.reprice(meeting, event.id(), event.type());
        }
    }

    private void ended(MentorshipEnded e, IncomingEvent event) {
        mentorships.find(e.mentorshipId()).ifPresent(m -> m.ended(e.endedOn()));
    }
}
