package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.ContactDetails;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorDetails;
import dk.mentor.catalog.domain.WeeklyWindow;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.kit.api.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Changes a mentor's profile, availability or contact details, with optimistic locking. */
@ApplicationScoped
public class EditMentor {

    @Inject
    MentorAccess access;

    @Inject
    MentorRepository mentors;

    @Inject
    MentorEvents events;

    @Inject
    MentorDetailsCheck detailsCheck;

    @Inject
    FindMentors findMentors;

    @Inject
    Clock clock;

    @Transactional
    public MentorView edit(UUID id, String ifMatch, MentorDetails details) {
        Mentor mentor = access.toEdit(id, "edit");
        Versions.requireMatch(ifMatch, mentor.version(), "mentor", id);
        return findMentors.view(apply(mentor, details));
    }

    /** An import overwrites deliberately, so it carries no If-Match; it runs in the import's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Mentor editFromImport(UUID id, MentorDetails details) {
        return apply(access.toEdit(id, "import"), details);
    }

    private Mentor apply(Mentor mentor, MentorDetails details) {
        detailsCheck.check(details, mentor.id());
        int citizens = mentor.capacityCitizens();
        BigDecimal hours = mentor.capacityHoursPerWeek();
        Instant now = clock.instant();
        mentor.edit(details, now);
        mentors.flush();
        events.profileChanged(mentor);
        if (citizens != mentor.capacityCitizens() || hours.compareTo(mentor.capacityHoursPerWeek()) != 0) {
            events.capacityChanged(mentor, now);
        }
        return mentor;
    }

    @Transactional
    public MentorView changeAvailability(UUID id, String ifMatch, List<WeeklyWindow> windows, boolean eveningsAndWeekends,
                                     List<MeetingPlace> places, String areaMunicipality, String postcode) {
        Mentor mentor = access.toEditOwnOrAsCoordinator(id, "edit availability");
        Versions.requireMatch(ifMatch, mentor.version(), "mentor", id);
        mentor.changeAvailability(windows, eveningsAndWeekends, places,
                areaMunicipality == null ? mentor.areaMunicipality() : areaMunicipality, postcode, clock.instant());
        mentors.flush();
        events.profileChanged(mentor);
        return findMentors.view(mentor);
    }

    /** Contact details are not part of the matchable profile, so no event carries them. */
    @Transactional
    public MentorView changeContact(UUID id, String ifMatch, ContactDetails contact) {
        Mentor mentor = access.toEditOwnOrAsCoordinator(id, "edit contact details");
        Versions.requireMatch(ifMatch, mentor.version(), "mentor", id);
        mentor.changeContact(contact, clock.instant());
        mentors.flush();
        return findMentors.view(mentor);
    }
}
