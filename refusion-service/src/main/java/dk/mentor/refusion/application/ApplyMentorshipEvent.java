package dk.mentor.refusion.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.refusion.domain.MentorshipFact;
import dk.mentor.refusion.infra.persistence.MentorshipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Learns mentorships from matching.mentorship.v1: the rate agreed at the start, and the end. */
@ApplicationScoped
public class ApplyMentorshipEvent {

    private static final Logger LOG = Logger.getLogger(ApplyMentorshipEvent.class);

    @Inject
    ObjectMapper json;

    @Inject
    MentorshipRepository mentorships;

    public void apply(IncomingEvent event) throws Exception {
        if (MentorshipStarted.TYPE.value().equals(event.type())) {
            MentorshipStarted e = json.readValue(event.payload(), MentorshipStarted.class);
            if (mentorships.find(e.mentorshipId()).isEmpty()) {
                mentorships.persist(MentorshipFact.started(e.mentorshipId(), e.planId(), e.mentorId(), e.mentorKind(),
                        e.mentorMunicipality(), e.actingMunicipality(), e.legalBasis(), e.hourlyRate(),
                        e.targetGroups(), e.startsOn(), e.endsOn()));
            }
        } else if (MentorshipEnded.TYPE.value().equals(event.type())) {
            MentorshipEnded e = json.readValue(event.payload(), MentorshipEnded.class);
            mentorships.find(e.mentorshipId()).ifPresent(m -> m.ended(e.endedOn()));
        } else {
            LOG.debugf("event type %s is not used by refusion; skipped", event.type());
        }
    }
}
