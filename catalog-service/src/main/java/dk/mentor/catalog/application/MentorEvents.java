package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorProfile;
import dk.mentor.contracts.codes.MentorStatus;
import dk.mentor.contracts.events.catalog.MeetingWindow;
import dk.mentor.contracts.events.catalog.MentorCapacityChanged;
import dk.mentor.contracts.events.catalog.MentorProfileChanged;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.contracts.events.catalog.MentorStatusChanged;
import dk.mentor.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Writes the mentor's events to the outbox, inside the caller's transaction. The version in each is
 * the mentor's version after the change, so the mentor is flushed first.
 */
@ApplicationScoped
public class MentorEvents {

    @Inject
    Outbox outbox;

    @Inject
    VettingPolicy vetting;

    /** The registration and the first profile, in one round trip to the outbox. */
    public void registered(Mentor m) {
        outbox.appendAll(List.of(new MentorRegistered(m.id(), m.homeMunicipality(), m.kind().name(), m.legalBases(),
                m.capacityCitizens(), m.capacityHoursPerWeek(), m.registeredAt()), profile(m)));
    }

    /** The whole matchable profile; published after every change of it. */
    public void profileChanged(Mentor m) {
        outbox.append(profile(m));
    }

    private MentorProfileChanged profile(Mentor m) {
        MentorProfile p = m.profile();
        return new MentorProfileChanged(m.id(), m.homeMunicipality(), m.version(), m.displayName(),
                m.kind().name(), m.status().name(), m.legalBases(), m.accountUsername(), m.organisationId(),
                m.sharingScope().name(), m.sharedWith(), p.gender() == null ? null : p.gender().name(), p.birthYear(),
                p.languages(), p.competences(), p.targetGroups(), m.matchableRoleModelTags(), windows(m),
                m.eveningsAndWeekends(), names(m.meetingPlaces()), m.areaMunicipality(), m.postcode(),
                p.presentation(), vetting.missing(m).isEmpty(), m.capacityCitizens(), m.capacityHoursPerWeek(),
                m.paidTerms().hourlyRate(), m.paidTerms().transportPaid(), m.paidTerms().cancellationsPaid(),
                m.paidTerms().trainingPaid(), m.changedAt());
    }

    public void statusChanged(Mentor m, MentorStatus previous, String reason) {
        outbox.append(new MentorStatusChanged(m.id(), m.homeMunicipality(), m.version(), previous.name(),
                m.status().name(), reason, m.changedAt()));
    }

    public void capacityChanged(Mentor m, Instant at) {
        outbox.append(new MentorCapacityChanged(m.id(), m.homeMunicipality(), m.version(), m.capacityCitizens(),
                m.capacityHoursPerWeek(), m.load().activeMentorships(), m.load().committedHours(), at));
    }

    private static List<MeetingWindow> windows(Mentor m) {
        return m.meetingWindows().stream().map(w -> new MeetingWindow(w.day(), w.from(), w.to())).toList();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
