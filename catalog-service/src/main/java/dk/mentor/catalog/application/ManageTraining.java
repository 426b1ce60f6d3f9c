package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.TrainingAttendance;
import dk.mentor.catalog.domain.TrainingCourse;
import dk.mentor.catalog.domain.TrainingSession;
import dk.mentor.catalog.infra.persistence.TrainingAttendanceRepository;
import dk.mentor.catalog.infra.persistence.TrainingCourseRepository;
import dk.mentor.catalog.infra.persistence.TrainingSessionRepository;
import dk.mentor.contracts.events.catalog.TrainingAttended;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Training courses, their sessions and who attended. Each attendance is a refundable training expense
 * of the organising municipality, announced as TrainingAttended on catalog.training.v1.
 */
@ApplicationScoped
public class ManageTraining {

    private static final String PURPOSE = "mentor training";

    @Inject
    TrainingCourseRepository courses;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    TrainingAttendanceRepository attendances;

    @Inject
    MentorAccess mentorAccess;

    @Inject
    MunicipalityAccess access;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public TrainingCourse createCourse(String organiser, TrainingCourse.Kind kind, String title, String description) {
        access.requireActsFor(organiser, "municipality", "create course", PURPOSE);
        TrainingCourse course = TrainingCourse.create(organiser, kind, title, description, clock.instant());
        courses.persist(course);
        return course;
    }

    @Transactional
    public TrainingCourse course(UUID id) {
        TrainingCourse course = courses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("training course", id));
        access.require(ResourceScope.ownedBy("training course", id, course.organiserMunicipality()), "read", PURPOSE);
        return course;
    }

    @Transactional
    public <T> Page<T> courses(PageRequest page, Function<TrainingCourse, T> mapper) {
        if (caller.municipalities().isEmpty()) {
            return Page.of(List.<TrainingCourse>of(), page, 0, mapper);
        }
        return Page.of(courses.organisedBy(caller.municipalities(), page), page,
                courses.countOrganisedBy(caller.municipalities()), mapper);
    }

    @Transactional
    public TrainingSession planSession(UUID courseId, LocalDate heldOn, BigDecimal hours, BigDecimal costPerParticipant,
                                       String place) {
        course(courseId);
        TrainingSession session = TrainingSession.plan(courseId, heldOn, hours, costPerParticipant, place);
        sessions.persist(session);
        return session;
    }

    @Transactional
    public List<TrainingSession> sessionsOf(UUID courseId) {
        course(courseId);
        return sessions.ofCourse(courseId);
    }

    /** The organiser records who came; the mentor may be from any municipality the organiser can see. */
    @Transactional
    public TrainingAttendance recordAttendance(UUID sessionId, UUID mentorId, BigDecimal hours) {
        TrainingSession session = session(sessionId);
        TrainingCourse course = course(session.courseId());
        Mentor mentor = mentorAccess.toRead(mentorId);
        if (attendances.attended(sessionId, mentorId)) {
            throw ProblemException.conflict("The mentor's attendance at session " + sessionId + " is already recorded");
        }
        TrainingAttendance attendance = session.attendedBy(mentor, hours, clock.instant());
        attendances.persist(attendance);
        outbox.append(new TrainingAttended(attendance.id(), mentor.id(), mentor.kind().name(), mentor.legalBases(),
                course.organiserMunicipality(), course.id(), course.kind().name(), session.heldOn(), attendance.hours(),
                attendance.cost(), attendance.recordedAt()));
        return attendance;
    }

    @Transactional
    public <T> Page<T> attendancesOf(UUID sessionId, PageRequest page, Function<TrainingAttendance, T> mapper) {
        course(session(sessionId).courseId());
        return Page.of(attendances.ofSession(sessionId, page), page, attendances.countOfSession(sessionId), mapper);
    }

    /** The mentor's training record; the start course is the one the guide makes a precondition (000 p.25). */
    @Transactional
    public TrainingStatus statusOf(UUID mentorId) {
        mentorAccess.toRead(mentorId);
        List<TrainingAttendance> attended = attendances.ofMentor(mentorId);
        List<TrainingStatus.Line> lines = attended.stream().map(a -> {
            TrainingSession s = sessions.findById(a.sessionId());
            TrainingCourse c = courses.findById(s.courseId());
            return new TrainingStatus.Line(a.id(), c.id(), c.title(), c.kind(), s.heldOn(), a.hours(), a.cost());
        }).toList();
        return TrainingStatus.of(mentorId, lines);
    }

    private TrainingSession session(UUID id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("training session", id));
    }
}
