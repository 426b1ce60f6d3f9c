package dk.mentor.followup.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.messaging.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Follows matching-service's mentorships: a started one puts the mentor on the plan with role and
 * legal basis, an ended one ends that participation. Runs inside the consumer's transaction, after
 * the inbox has let the event through once; the mentorship id on the participation guards as well.
 */
@ApplicationScoped
public class ApplyMentorshipEvent {

    private static final Logger LOG = Logger.getLogger(ApplyMentorshipEvent.class);

    @Inject
    ObjectMapper json;
    @Inject
    PlanRepository plans;
    @Inject
    ParticipantRepository participants;
    @Inject
    Clock clock;

    public void apply(IncomingEvent event) throws Exception {
        if (event.type().equals(MentorshipStarted.TYPE.value())) {
            started(json.readValue(event.payload(), MentorshipStarted.class));
        } else if (event.type().equals(MentorshipEnded.TYPE.value())) {
            ended(json.readValue(event.payload(), MentorshipEnded.class));
        } else {
            LOG.debugf("event type %s is not for this consumer, skipped", event.type());
        }
    }

    private void started(MentorshipStarted e) {
        if (plans.findByIdOptional(e.planId()).isEmpty()) {
            throw new IllegalStateException("mentorship " + e.mentorshipId() + " names unknown plan " + e.planId());
        }
        if (participants.count("mentorshipId", e.mentorshipId()) > 0) {
            return;
        }
        participants.persist(Participant.fromMentorship(e.planId(), e.mentorshipId(), e.mentorId(), e.mentorName(),
                e.mentorUsername(), e.mentorKind(), ParticipantRole.valueOf(e.role()), LegalBasis.fromCode(e.legalBasis()),
                e.startsOn(), clock.instant()));
    }

    private void ended(MentorshipEnded e) {
        participants.find("mentorshipId", e.mentorshipId()).firstResultOptional()
                .filter(p -> !p.ended())
                .ifPresent(p -> p.end(e.endedOn()));
    }
}
