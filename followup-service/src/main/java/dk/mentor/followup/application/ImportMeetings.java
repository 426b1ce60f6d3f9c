package dk.mentor.followup.application;

import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.followup.domain.ImportedMeeting;
import dk.mentor.followup.domain.Meeting;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.infra.persistence.ImportedMeetingRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.Problem;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Logs many meetings at once, for many plans, all or nothing. Every row goes through exactly what
 * logging one meeting does (access, rules, the MeetingLogged event through the outbox), inside one
 * transaction; a dry run, or an import with any bad row, is rolled back, so what is reported is what
 * a real import does. A row the suite already holds (by the sender's reference, or by plan,
 * participation, day and start) is a duplicate and is skipped, so a month sent twice counts once.
 */
@ApplicationScoped
public class ImportMeetings {

    /** Why an import is bounded: see docs/meeting-import-format.md. */
    public static final int MAX_ROWS = 2000;
    static final String ACTION = "import-meetings";
    private static final String NOT_FOUND = "no plan with this id that you may log meetings on";

    @Inject
    PlanAccess access;
    @Inject
    PlanRepository plans;
    @Inject
    LogMeeting logMeeting;
    @Inject
    MeetingContext context;
    @Inject
    ImportedMeetingRepository imported;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** One meeting to import; {@code number} is the row the sender knows it by. */
    public record Row(int number, UUID planId, LocalTime startTime, ImportedMeeting.Reference reference,
                      LogMeeting.Command command) {
    }

    public record RowError(int row, String field, String reason) {
    }

    public enum Outcome { WOULD_LOG, LOGGED, DUPLICATE, ERROR }

    /**
     * What became (or in a dry run would become) of one row: the meeting logged, or the one it
     * duplicates; a duplicate of an earlier row of the same import names that row instead.
     */
    public record RowResult(int row, UUID planId, Outcome outcome, UUID meetingId, Integer duplicateOfRow,
                            List<RowError> errors) {
    }

    public record Report(boolean dryRun, boolean applied, List<RowResult> results) {

        public long count(Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }

        public List<RowError> errors() {
            return results.stream().flatMap(r -> r.errors().stream()).toList();
        }
    }

    /**
     * @param unreadable rows that could not even be read (a bad date, a missing plan id): they are
     *                   reported with the rest, and make a real import apply nothing
     */
    public Report run(List<Row> rows, List<RowError> unreadable, boolean dryRun, String purpose) {
        // The access checks commit on their own: a dry run or a refused import reads the plans too
        // (which meetings exist), so its access stays on the audit trail when the rest is rolled back.
        Map<UUID, Optional<PlanGrant>> grants = QuarkusTransaction.requiringNew().call(() -> grants(rows, purpose));
        return apply(rows, unreadable, grants, dryRun);
    }

    /** Intercepted also when called from {@link #run}: Quarkus intercepts a bean's calls to itself. */
    @Transactional
    Report apply(List<Row> rows, List<RowError> unreadable, Map<UUID, Optional<PlanGrant>> grants, boolean dryRun) {
        Map<UUID, Optional<PlanGrant>> locked = locked(grants);
        List<RowResult> results = new ArrayList<>();
        unreadable.stream().collect(Collectors.groupingBy(RowError::row, TreeMap::new, Collectors.toList()))
                .forEach((row, errors) -> results.add(new RowResult(row, null, Outcome.ERROR, null, null, errors)));
        Map<UUID, Integer> loggedHere = new HashMap<>();
        for (Row row : rows) {
            results.add(locked.get(row.planId())
                    .map(grant -> importRow(grant, row, dryRun, loggedHere))
                    .orElseGet(() -> error(row, "planId", NOT_FOUND)));
        }
        results.sort(Comparator.comparingInt(RowResult::row));
        boolean bad = results.stream().anyMatch(r -> r.outcome() == Outcome.ERROR);
        if (dryRun || bad) {
            QuarkusTransaction.setRollbackOnly(); // the checks logged every good row; none of it may stay
        }
        return new Report(dryRun, !dryRun && !bad, results);
    }

    /**
     * Each plan once: checked (and audited) as logging one meeting on it is. A plan the caller may
     * not reach is empty, whether it exists or not; both are audited as denied.
     */
    private Map<UUID, Optional<PlanGrant>> grants(List<Row> rows, String purpose) {
        Map<UUID, Optional<PlanGrant>> grants = new HashMap<>();
        for (UUID planId : new TreeSet<>(rows.stream().map(Row::planId).toList())) {
            if (plans.findByIdOptional(planId).isEmpty()) {
                audit.denied(ACTION, ResourceScope.ownedBy(PlanAccess.SUBJECT, planId, null), purpose);
                grants.put(planId, Optional.empty());
                continue;
            }
            try {
                grants.put(planId, Optional.of(access.write(planId, ACTION, purpose)));
            } catch (ProblemException e) {
                grants.put(planId, Optional.empty());
            }
        }
        return grants;
    }

    /**
     * The granted plans read again in this transaction and locked, in id order (no deadlock between
     * two imports), so a concurrent import of the same month waits and then finds this one's meetings.
     */
    private Map<UUID, Optional<PlanGrant>> locked(Map<UUID, Optional<PlanGrant>> grants) {
        Map<UUID, Optional<PlanGrant>> locked = new HashMap<>();
        new TreeMap<>(grants).forEach((planId, grant) -> locked.put(planId, grant.map(g -> new PlanGrant(
                plans.findById(planId, LockModeType.PESSIMISTIC_WRITE), g.staff(), g.ownParticipations(), g.username()))));
        return locked;
    }

    private RowResult importRow(PlanGrant grant, Row row, boolean dryRun, Map<UUID, Integer> loggedHere) {
        try {
            Participant participant = context.participation(grant, row.command().participantId());
            Optional<UUID> duplicate = duplicateOf(grant, row, participant);
            if (duplicate.isPresent()) {
                Integer earlierRow = loggedHere.get(duplicate.get());
                UUID existing = dryRun && earlierRow != null ? null : duplicate.get();
                return new RowResult(row.number(), row.planId(), Outcome.DUPLICATE, existing, earlierRow, List.of());
            }
            Meeting meeting = logMeeting.logOn(grant, withParticipant(row.command(), participant), null);
            imported.persist(ImportedMeeting.of(meeting, grant.plan().ownerMunicipality(), row.startTime(),
                    row.reference(), clock.instant()));
            loggedHere.put(meeting.meetingId(), row.number());
            // a dry run's meeting is rolled back, so its id would name nothing
            return new RowResult(row.number(), row.planId(), dryRun ? Outcome.WOULD_LOG : Outcome.LOGGED,
                    dryRun ? null : meeting.meetingId(), null, List.of());
        } catch (RuleViolation e) {
            List<RowError> errors = e.issues().isEmpty() ? List.of(new RowError(row.number(), null, e.getMessage()))
                    : e.issues().stream().map(i -> new RowError(row.number(), i.field(), i.message())).toList();
            return new RowResult(row.number(), row.planId(), Outcome.ERROR, null, null, errors);
        } catch (ProblemException e) {
            List<RowError> errors = e.errors().isEmpty() ? List.of(new RowError(row.number(), null, e.getMessage()))
                    : e.errors().stream().map((Problem.FieldError f) -> new RowError(row.number(), f.field(), f.message())).toList();
            return new RowResult(row.number(), row.planId(), Outcome.ERROR, null, null, errors);
        }
    }

    /**
     * With a reference, the reference alone decides (two meetings on one day are two references);
     * a reference already used on another plan is an error, not a silent skip.
     */
    private Optional<UUID> duplicateOf(PlanGrant grant, Row row, Participant participant) {
        if (row.reference() != null) {
            Optional<ImportedMeeting> known = imported.byReference(grant.plan().ownerMunicipality(), row.reference());
            if (known.isPresent() && !known.get().planId().equals(row.planId())) {
                throw ProblemException.invalidField("externalReference", "is already used for a meeting on another plan");
            }
            return known.map(ImportedMeeting::meetingId);
        }
        return imported.sameMeeting(row.planId(), participant.id(), row.command().date(), row.startTime()).stream().findFirst();
    }

    private static LogMeeting.Command withParticipant(LogMeeting.Command c, Participant participant) {
        return new LogMeeting.Command(participant.id(), c.date(), c.durationMinutes(), c.mode(), c.place(), c.attendance(),
                c.transportMinutes(), c.activationRelevant(), c.minutes(), c.note(), c.noteVisibility());
    }

    private static RowResult error(Row row, String field, String reason) {
        return new RowResult(row.number(), row.planId(), Outcome.ERROR, null, null, List.of(new RowError(row.number(), field, reason)));
    }
}
