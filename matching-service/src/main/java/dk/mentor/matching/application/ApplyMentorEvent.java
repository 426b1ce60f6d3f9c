package dk.mentor.matching.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Keeps the mentor read model in step with the catalogue; runs inside the consumer's transaction. */
@ApplicationScoped
public class ApplyMentorEvent {

    private static final Logger LOG = Logger.getLogger(ApplyMentorEvent.class);

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    ObjectMapper json;

    public void apply(IncomingEvent event) throws Exception {
        if (MentorRegistered.TYPE.toString().equals(event.type())) {
            registered(json.readValue(event.payload(), MentorRegistered.class), event.id());
        } else {
            LOG.debugf("event type %s is not used by matching; skipped", event.type());
        }
    }

    private void registered(MentorRegistered e, String eventId) {
        if (candidates.findByIdOptional(e.mentorId()).isPresent()) {
            return; // the same fact under another event id (e.g. a replay): already known
        }
        candidates.persist(MentorCandidate.registered(e.mentorId(), e.homeMunicipality(), e.kind(), e.legalBases(),
                e.capacityCitizens(), e.capacityHoursPerWeek(), e.registeredAt(), eventId));
    }
}
