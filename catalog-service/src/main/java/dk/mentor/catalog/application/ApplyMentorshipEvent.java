package dk.mentor.catalog.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.catalog.domain.CountedMentorship;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.CountedMentorshipRepository;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.contracts.events.matching.MentorshipEnded;
import dk.mentor.contracts.events.matching.MentorshipRenewed;
import dk.mentor.contracts.events.matching.MentorshipStarted;
import dk.mentor.kit.messaging.EventRoutes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps each mentor's current load in step with matching's mentorships, so free capacity is always
 * current. Runs inside the consumer's transaction, after the inbox has let the event id through once;
 * the counted-mentorship rows also make a replay under a new event id harmless.
 */
@ApplicationScoped
public class ApplyMentorshipEvent {

    private static final Logger LOG = Logger.getLogger(ApplyMentorshipEvent.class);

    @Inject
    ObjectMapper json;

    @Inject
    MentorRepository mentors;

    @Inject
    CountedMentorshipRepository counted;

    @Inject
    MentorEvents events;

    @Inject
    MatchFromMentorship programmeMatch;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json)
                .on(MentorshipStarted.class, (payload, event) -> started(payload))
                .on(MentorshipRenewed.class, (payload, event) -> renewed(payload))
                .on(MentorshipEnded.class, (payload, event) -> ended(payload));
    }

    /** The handlers by event type; the topic's other types do not change a mentor's load and are skipped. */
    public EventRoutes routes() {
        return routes;
    }

    private void started(MentorshipStarted e) {
        if (counted.findByIdOptional(e.mentorshipId()).isPresent()) {
            return;
        }
        Optional<Mentor> mentor = lockedMentor(e.mentorId());
        if (mentor.isEmpty()) {
            LOG.warnf("mentorship %s names mentor %s, who is not in the catalogue; load not changed", e.mentorshipId(), e.mentorId());
            return;
        }
        counted.persist(CountedMentorship.started(e.mentorshipId(), e.mentorId(), e.hoursPerWeek(), e.startedAt()));
        mentor.get().mentorshipStarted(e.hoursPerWeek(), e.startedAt());
        announce(mentor.get(), e.startedAt());
        programmeMatch.started(e);
    }

    /** A renewal may change the hours: the load follows, the count stays. */
    private void renewed(MentorshipRenewed e) {
        Optional<CountedMentorship> known = counted.findByIdOptional(e.mentorshipId(), LockModeType.PESSIMISTIC_WRITE);
        Optional<BigDecimal> previous = known.flatMap(m -> m.rehour(e.hoursPerWeek()));
        if (previous.isEmpty()) {
            return;
        }
        lockedMentor(e.mentorId()).ifPresent(mentor -> {
            mentor.mentorshipRenewed(previous.get(), e.hoursPerWeek(), e.renewedAt());
            announce(mentor, e.renewedAt());
        });
    }

    private void ended(MentorshipEnded e) {
        Optional<CountedMentorship> known = counted.findByIdOptional(e.mentorshipId(), LockModeType.PESSIMISTIC_WRITE);
        if (known.isEmpty()) {
            LOG.warnf("mentorship %s ended, but its start was never counted; load not changed", e.mentorshipId());
            return;
        }
        if (!known.get().end(e.endedAt())) {
            return;
        }
        lockedMentor(e.mentorId()).ifPresent(mentor -> {
            mentor.mentorshipEnded(known.get().hoursPerWeek(), e.endedAt());
            announce(mentor, e.endedAt());
        });
    }

    private Optional<Mentor> lockedMentor(UUID id) {
        return mentors.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private void announce(Mentor mentor, java.time.Instant at) {
        mentors.flush();
        events.capacityChanged(mentor, at);
    }
}
