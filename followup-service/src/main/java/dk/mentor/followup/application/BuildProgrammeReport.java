package dk.mentor.followup.application;

import dk.mentor.followup.domain.Progression;
import dk.mentor.followup.domain.programme.CourseFacts;
import dk.mentor.followup.domain.programme.Enrolment;
import dk.mentor.followup.domain.programme.Programme;
import dk.mentor.followup.domain.programme.Quarter;
import dk.mentor.followup.domain.programme.StatusReport;
import dk.mentor.followup.domain.registration.Registration;
import dk.mentor.followup.infra.persistence.EnrolmentRepository;
import dk.mentor.followup.infra.persistence.ProgressionRepository;
import dk.mentor.followup.infra.persistence.RegistrationRepository;
import dk.mentor.kit.persistence.RepeatableRead;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A programme's quarterly status report: the registrations of every enrolled plan of the municipalities
 * that were members in the quarter, counted per municipality and for the programme, suppressed where
 * small; and, for the caller's own municipality only, the rows behind its figures.
 */
@ApplicationScoped
public class BuildProgrammeReport {

    @Inject
    EntityManager em;

    @Inject
    ProgrammeAccess access;
    @Inject
    EnrolmentRepository enrolments;
    @Inject
    RegistrationRepository registrations;
    @Inject
    ProgressionRepository progressions;

    /** The report and what it is about. */
    public record Report(Programme programme, Quarter quarter, StatusReport figures) {
    }

    /** The rows of one municipality and what they are about. */
    public record Rows(Programme programme, Quarter quarter, String municipality, List<CourseFacts> rows) {
    }

    @Transactional
    public Report report(UUID programmeId, Quarter quarter, String purpose) {
        RepeatableRead.begin(em); // several statements, one snapshot
        Programme programme = access.see(programmeId, "read-report", purpose);
        List<String> members = programme.membersDuring(quarter.from(), quarter.to());
        return new Report(programme, quarter, StatusReport.of(members, facts(programme, quarter, members)));
    }

    @Transactional
    public Rows rows(UUID programmeId, Quarter quarter, String municipality, String purpose) {
        RepeatableRead.begin(em); // several statements, one snapshot
        Programme programme = access.rowsOf(programmeId, municipality, purpose);
        List<CourseFacts> rows = facts(programme, quarter, List.of(municipality)).stream()
                .sorted(Comparator.comparing(CourseFacts::startedOn).thenComparing(CourseFacts::planId)).toList();
        return new Rows(programme, quarter, municipality, rows);
    }

    private List<CourseFacts> facts(Programme programme, Quarter quarter, List<String> municipalities) {
        List<Enrolment> enrolled = municipalities.isEmpty() ? List.of()
                : enrolments.list("key.programmeId = ?1 and municipality in ?2", programme.id(), municipalities);
        if (enrolled.isEmpty()) {
            return List.of();
        }
        List<UUID> planIds = enrolled.stream().map(Enrolment::planId).toList();
        Map<UUID, List<Registration>> byPlan = registrations.list("planId in ?1", planIds).stream()
                .collect(Collectors.groupingBy(Registration::planId));
        Map<UUID, List<CourseFacts.Rating>> ratings = progressions.list("planId in ?1", Sort.by("ratedOn").and("id"), planIds)
                .stream().collect(Collectors.groupingBy(Progression::planId,
                        Collectors.mapping(p -> new CourseFacts.Rating(p.ratedOn(), p.labourMarketScore()), Collectors.toList())));
        return enrolled.stream()
                .map(e -> CourseFacts.of(e.planId(), e.municipality(), byPlan.getOrDefault(e.planId(), List.of()),
                        ratings.getOrDefault(e.planId(), List.of()), quarter))
                .flatMap(Optional::stream).toList();
    }
}
