package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.catalog.domain.CoordinatorContact;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.CoordinatorWorkRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * The mentors' hotline log (000 p.23). The note is sensitive: it is stored and shown to the
 * municipality's coordinators, and nothing here logs it or puts it in an event.
 */
@ApplicationScoped
public class CoordinatorHotline {

    /** One contact as the coordinator states it. */
    public record Contact(UUID mentorId, CoordinatorContact.Direction direction, Instant occurredAt,
                          CoordinatorContact.Topic topic, String note, boolean followUpNeeded) {
    }

    @Inject
    CoordinatorAccess coordinatorAccess;

    @Inject
    MentorAccess mentorAccess;

    @Inject
    CoordinatorWorkRepository work;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public CoordinatorContact log(UUID coordinatorId, Contact contact) {
        Coordinator coordinator = coordinatorAccess.load(coordinatorId, "log contact");
        Mentor mentor = mentorAccess.toRead(contact.mentorId());
        CoordinatorContact logged = CoordinatorContact.log(coordinator, mentor, contact.direction(), contact.occurredAt(),
                contact.topic(), contact.note(), contact.followUpNeeded(), caller.username(), clock.instant());
        work.persist(logged);
        return logged;
    }

    @Transactional
    public <T> Page<T> contacts(UUID coordinatorId, Boolean followUpNeeded, PageRequest page,
                                Function<CoordinatorContact, T> mapper) {
        coordinatorAccess.load(coordinatorId, "read contacts");
        return Page.of(work.contactsOf(coordinatorId, followUpNeeded, page), page,
                work.countContactsOf(coordinatorId, followUpNeeded), mapper);
    }
}
