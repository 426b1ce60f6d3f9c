package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.refusion.domain.Meeting;
import dk.mentor.refusion.domain.MentorTerms;
import dk.mentor.refusion.infra.persistence.MeetingRepository;
import dk.mentor.refusion.infra.persistence.MentorTermsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Keeps each mentor's rate and paid terms as a history from catalog.mentor.v1, each version in force
 * from the day it was made; then prices the mentor's waiting meetings and re-prices those the new
 * version covers.
 */
@ApplicationScoped
public class ApplyMentorEvent {

    private static final Logger LOG = Logger.getLogger(ApplyMentorEvent.class);

    @Inject
    ObjectMapper json;

    @Inject
    MentorTermsRepository terms;

    @Inject
    MeetingRepository meetings;

    @Inject
    PostMeeting postMeeting;

    public void apply(IncomingEvent event) throws Exception {
        if (!MentorProfileChanged.TYPE.value().equals(event.type())) {
            LOG.debugf("event type %s is not used by refusion; skipped", event.type());
            return;
        }
        MentorProfileChanged e = json.readValue(event.payload(), MentorProfileChanged.class);
        terms.lockMentor(e.mentorId());
        if (terms.has(e.mentorId(), e.version())) {
            return;
        }
        LocalDate effectiveFrom = LocalDate.ofInstant(e.changedAt(), WatchCeilings.DENMARK);
        terms.persist(MentorTerms.of(e.mentorId(), e.version(), e.homeMunicipality(), e.kind(), e.hourlyRate(),
                e.transportPaid(), e.cancellationsPaid(), effectiveFrom));
        for (Meeting meeting : meetings.ofMentorToReprice(e.mentorId(), effectiveFrom)) {
            postMeeting.reprice(meeting, event.id(), event.type());
        }
    }
}
