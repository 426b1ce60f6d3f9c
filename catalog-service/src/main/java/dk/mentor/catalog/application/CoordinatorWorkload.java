package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.CoordinationHours;
import dk.mentor.catalog.domain.Coordinator;
import dk.mentor.catalog.domain.CoordinatorAssignment;
import dk.mentor.catalog.domain.CoordinatorNorm;
import dk.mentor.catalog.domain.CoordinatorWeek;
import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.CoordinatorWorkRepository;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A coordinator's logged hours, and their workload against the norm week by week. */
@ApplicationScoped
public class CoordinatorWorkload {

    /** The coordinator, the mentors assigned today, the norm in force today and the weeks asked for, newest first. */
    public record View(Coordinator coordinator, List<AssignedMentor> mentors, CoordinatorNorm norm, List<CoordinatorWeek> weeks) {
    }

    public record AssignedMentor(UUID mentorId, String displayName, LocalDate from, LocalDate to) {
    }

    @Inject
    CoordinatorAccess coordinatorAccess;

    @Inject
    CoordinatorWorkRepository work;

    @Inject
    MentorRepository mentors;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** @throws RuleViolation for a day ahead of today (Danish date) */
    @Transactional
    public CoordinationHours logHours(UUID coordinatorId, LocalDate workedOn, CoordinationHours.Kind kind, BigDecimal hours) {
        coordinatorAccess.load(coordinatorId, "log hours");
        if (workedOn.isAfter(DanishTime.today(clock))) {
            throw RuleViolation.onField("Hours are logged for days worked", "workedOn", "is after today");
        }
        CoordinationHours logged = CoordinationHours.log(coordinatorId, workedOn, kind, hours, caller.username(), clock.instant());
        work.persist(logged);
        return logged;
    }

    @Transactional
    public View workload(UUID coordinatorId, int weeks) {
        Coordinator coordinator = coordinatorAccess.load(coordinatorId, "read workload");
        LocalDate today = DanishTime.today(clock);
        List<CoordinatorAssignment> assignments = work.assignmentsOf(coordinatorId);
        List<CoordinatorNorm> norms = work.norms();
        List<CoordinatorWeek> lastWeeks = CoordinatorWeek.lastWeeks(weeks, today, assignments,
                work.hoursBetween(coordinatorId, today.minusWeeks(weeks).minusDays(7), today), norms);
        List<AssignedMentor> assigned = assignments.stream().filter(a -> a.inForceOn(today)).map(a -> {
            Mentor mentor = mentors.findById(a.mentorId());
            return new AssignedMentor(a.mentorId(), mentor.displayName(), a.validFrom(), a.validTo());
        }).toList();
        CoordinatorNorm normToday = norms.stream().filter(n -> n.inForceOn(today)).findFirst().orElse(null);
        return new View(coordinator, assigned, normToday, lastWeeks);
    }
}
