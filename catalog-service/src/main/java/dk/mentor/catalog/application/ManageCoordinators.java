package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.catalog.domain.CoordinatorAssignment;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.CoordinatorRepository;
import dk.mentor.catalog.infra.persistence.CoordinatorWorkRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Coordinators of a municipality and the mentors assigned to each. */
@ApplicationScoped
public class ManageCoordinators {

    @Inject
    CoordinatorRepository coordinators;

    @Inject
    CoordinatorWorkRepository work;

    @Inject
    CoordinatorAccess coordinatorAccess;

    @Inject
    MentorAccess mentorAccess;

    @Inject
    MunicipalityAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Coordinator appoint(String municipality, String displayName, String username) {
        access.requireActsFor(municipality, "coordinator", "create", CoordinatorAccess.PURPOSE);
        if (username != null && coordinators.usernameTaken(municipality, username)) {
            throw ProblemException.conflict("A coordinator with username " + username + " already exists in " + municipality);
        }
        Coordinator coordinator = Coordinator.appoint(municipality, displayName, username, clock.instant());
        coordinators.persist(coordinator);
        return coordinator;
    }

    @Transactional
    public Coordinator byId(UUID id) {
        return coordinatorAccess.load(id, "read");
    }

    @Transactional
    public <T> Page<T> page(PageRequest page, Function<Coordinator, T> mapper) {
        if (caller.municipalities().isEmpty()) {
            return Page.of(List.<Coordinator>of(), page, 0, mapper);
        }
        return Page.of(coordinators.of(caller.municipalities(), page), page, coordinators.countOf(caller.municipalities()),
                mapper);
    }

    /** Assigns the mentor from the day given; the mentor's current coordinator, if any, ends the day before. */
    @Transactional
    public CoordinatorAssignment assign(UUID coordinatorId, UUID mentorId, LocalDate from) {
        Coordinator coordinator = coordinatorAccess.load(coordinatorId, "assign mentor");
        Mentor mentor = mentorAccess.toRead(mentorId);
        CoordinatorAssignment assignment = CoordinatorAssignment.assign(coordinator, mentor, from, caller.username(),
                clock.instant());
        for (CoordinatorAssignment earlier : work.assignmentsOfMentor(mentorId)) {
            if (earlier.reachesInto(from)) {
                earlier.endBefore(from);
            }
        }
        work.persist(assignment);
        return assignment;
    }

    @Transactional
    public <T> Page<T> assignments(UUID coordinatorId, PageRequest page, Function<CoordinatorAssignment, T> mapper) {
        coordinatorAccess.load(coordinatorId, "read");
        return Page.slice(work.assignmentsOf(coordinatorId), page, mapper);
    }
}
