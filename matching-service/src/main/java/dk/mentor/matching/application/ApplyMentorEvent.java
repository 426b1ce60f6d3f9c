package dk.mentor.matching.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.kit.messaging.EventRoutes;
import dk.mentor.kit.messaging.IncomingEvent;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.MentorSnapshot;
import dk.mentor.matching.domain.ranking.WeeklyWindow;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps the mentor read model in step with the catalogue; runs inside the consumer's transaction.
 * MentorProfileChanged carries the whole profile, so status and capacity changes arrive through it too
 * (the catalogue publishes a new profile after each); the narrower status and capacity events are skipped.
 * Free capacity is not taken from the catalogue: matching counts its own mentorships.
 */
@ApplicationScoped
public class ApplyMentorEvent {

    private static final Logger LOG = Logger.getLogger(ApplyMentorEvent.class);

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    ObjectMapper json;

    private EventRoutes routes;

    @PostConstruct
    void route() {
        routes = EventRoutes.with(json).on(MentorRegistered.class, this::registered)
                .on(MentorProfileChanged.class, this::profileChanged)
                .skipWhenFollowedBy(MentorRegistered.class, MentorProfileChanged.class, ApplyMentorEvent::sameRegistration);
    }

    /** The handlers by event type; the other types of the topic are skipped. */
    public EventRoutes routes() {
        return routes;
    }

    private void registered(MentorRegistered e, IncomingEvent event) {
        if (candidates.findByIdOptional(e.mentorId()).isPresent()) {
            return; // the same fact under another event id (e.g. a replay), or the profile came first
        }
        candidates.persist(MentorCandidate.registered(e.mentorId(), e.homeMunicipality(), e.kind(), e.legalBases(),
                e.capacityCitizens(), e.capacityHoursPerWeek(), e.registeredAt(), event.id()));
    }

    private void profileChanged(MentorProfileChanged e, IncomingEvent event) {
        MentorSnapshot snapshot = snapshot(e);
        // the lock orders this change against a mentorship starting on the same mentor
        Optional<MentorCandidate> known = candidates.findByIdOptional(e.mentorId(), LockModeType.PESSIMISTIC_WRITE);
        if (known.isEmpty()) {
            candidates.persist(MentorCandidate.fromProfile(snapshot, event.id()));
        } else if (!known.get().apply(snapshot, event.id())) {
            LOG.debugf("profile version %d of mentor %s is not newer than the one held; skipped", e.version(), e.mentorId());
        }
    }

    /**
     * The catalogue publishes a registration's profile, version 0 made at the registration's instant, right after
     * its MentorRegistered and in the same transaction. That profile alone makes the candidate a registration and
     * its profile would ({@link MentorCandidate#fromProfile}: registered at the profile's time, one event applied),
     * so when both arrive in one poll the row is inserted once instead of inserted and at once rewritten.
     */
    private static boolean sameRegistration(MentorRegistered registered, MentorProfileChanged profile) {
        return profile.version() == 0 && profile.changedAt().equals(registered.registeredAt());
    }

    private static MentorSnapshot snapshot(MentorProfileChanged e) {
        return new MentorSnapshot(e.mentorId(), e.homeMunicipality(), e.version(), e.displayName(), e.kind(), e.status(),
                e.legalBases(), e.accountUsername(), e.sharingScope(), e.sharedWith(), e.gender(), e.languages(),
                e.competences(), e.targetGroups(), e.roleModelTags(),
                e.meetingWindows().stream().map(w -> new WeeklyWindow(w.day(), w.from(), w.to())).toList(), e.eveningsAndWeekends(),
                e.meetingPlaces(), e.areaMunicipality(), e.postcode(), e.presentation(), e.vettingComplete(),
                e.capacityCitizens(), e.capacityHoursPerWeek(), e.hourlyRate(), e.changedAt());
    }
}
