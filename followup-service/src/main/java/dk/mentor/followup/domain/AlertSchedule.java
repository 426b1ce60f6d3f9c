package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.ParticipantRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Works out what is due on one plan on a given day. Nothing is stored: the alerts follow from the
 * plan's participants, agreements, meetings and recorded follow-ups, so they are never stale.
 */
public final class AlertSchedule {

    /** The alerts named after the claim hold they report. */
    private static final List<Alert.Kind> CASEWORKER_HOLDS =
            List.of(Alert.Kind.AGREEMENT_MISSING, Alert.Kind.HOURS_OVER_ORDER, Alert.Kind.OUTSIDE_PERIOD);

    /** A registration done up to this many days before its due date counts for it. */
    static final int REGISTRATION_WINDOW_DAYS = 14;

    private final int agreementWarningDays;

    public AlertSchedule(int agreementWarningDays) {
        this.agreementWarningDays = agreementWarningDays;
    }

    public List<Alert> alerts(Plan plan, Collection<Participant> participants, Collection<MentorAgreement> agreements,
                              Collection<Meeting> meetings, Collection<FollowUp> followUps, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        if (!plan.active()) {
            return alerts;
        }
        List<Participant> mentors = participants.stream()
                .filter(p -> Roles.meetsCitizen(p.role()) && !p.ended() && !p.startedOn().isAfter(today)).toList();
        for (Participant p : mentors) {
            meetingOverdue(plan, p, participants, meetings, today).ifPresent(alerts::add);
            if (!volunteer(p)) {
                continue; // the 1/3/6-month follow-ups are the volunteer programme's (seed 004), not a paid grant's
            }
            for (FollowUp.Kind kind : List.of(FollowUp.Kind.MENTORSHIP_1_MONTH, FollowUp.Kind.MENTORSHIP_3_MONTHS,
                    FollowUp.Kind.MENTORSHIP_6_MONTHS)) {
                LocalDate due = p.startedOn().plusMonths(kind.months());
                if (!due.isAfter(today) && !done(followUps, kind, p.id(), null)) {
                    alerts.add(alert(Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE, plan, p.id(), null, due,
                            kind.months() + "-month follow-up of " + p.displayName()));
                }
            }
        }
        for (MentorAgreement a : agreements) {
            boolean renewed = agreements.stream().anyMatch(other -> a.id().equals(other.renews()));
            boolean participantActive = participants.stream().anyMatch(p -> p.id().equals(a.participantId()) && !p.ended());
            if (!renewed && participantActive && !a.periodTo().minusDays(agreementWarningDays).isAfter(today)) {
                alerts.add(alert(Alert.Kind.AGREEMENT_EXPIRING, plan, a.participantId(), a.id(), a.periodTo(),
                        (a.periodTo().isBefore(today) ? "Mentor agreement ended on " : "Mentor agreement ends on ")
                                + a.periodTo() + " and is not renewed"));
            }
            if (participantActive && !a.midway().isAfter(today)
                    && !done(followUps, FollowUp.Kind.MIDWAY_EVALUATION, a.participantId(), a.periodFrom())) {
                alerts.add(alert(Alert.Kind.MIDWAY_EVALUATION_DUE, plan, a.participantId(), a.id(), a.midway(),
                        "Midway evaluation of the agreement running " + a.periodFrom() + " to " + a.periodTo()));
            }
        }
        if (plan.line() == LegalLine.EMPLOYMENT) {
            // the 3-monthly registration is the employment project's dataset (seed 003), not the social line's
            quarterlyRegistration(plan, followUps, today).ifPresent(alerts::add);
        }
        heldWithHolds(plan, meetings).forEach(alerts::add);
        alerts.sort(Comparator.comparing(Alert::dueOn).thenComparing(Alert::kind));
        return alerts;
    }

    private static boolean volunteer(Participant p) {
        return p.role() == ParticipantRole.VOLUNTEER_MENTOR || "VOLUNTEER".equals(p.mentorKind());
    }

    /**
     * A held meeting whose money is held for a reason the caseworker must act on (write the agreement,
     * renew the grant, correct the hours) raises an alert dated on the meeting; it goes away when a
     * correction or a new grant makes the meeting's current version claimable.
     */
    private static List<Alert> heldWithHolds(Plan plan, Collection<Meeting> meetings) {
        List<Alert> alerts = new ArrayList<>();
        for (Meeting m : meetings) {
            if (!m.current() || m.attendance() != Attendance.HELD) {
                continue;
            }
            for (ClaimHold hold : m.claimHolds()) {
                CASEWORKER_HOLDS.stream().filter(kind -> kind.name().equals(hold.name())).findFirst()
                        .ifPresent(kind -> alerts.add(alert(kind, plan, m.participantId(), null, m.meetingDate(),
                                "Meeting " + m.meetingId() + " on " + m.meetingDate() + " is held from the claim: " + hold)));
            }
        }
        return alerts;
    }

    /** The last meeting held by the same person, in any of their roles on the plan, starts the cadence anew. */
    private Optional<Alert> meetingOverdue(Plan plan, Participant p, Collection<Participant> all,
                                           Collection<Meeting> meetings, LocalDate today) {
        List<UUID> samePerson = all.stream()
                .filter(o -> o.id().equals(p.id()) || (p.username() != null && p.heldBy(o.username())))
                .map(Participant::id).toList();
        LocalDate last = meetings.stream()
                .filter(m -> m.current() && m.attendance() == Attendance.HELD && samePerson.contains(m.participantId()))
                .map(Meeting::meetingDate).max(Comparator.naturalOrder()).orElse(p.startedOn());
        LocalDate due = last.plusDays(p.cadenceDays());
        if (!today.isAfter(due)) {
            return Optional.empty();
        }
        return Optional.of(alert(Alert.Kind.MEETING_OVERDUE, plan, p.id(), null, due,
                "No meeting held with " + p.displayName() + " since " + last + " (every " + p.cadenceDays() + " days)"));
    }

    private Optional<Alert> quarterlyRegistration(Plan plan, Collection<FollowUp> followUps, LocalDate today) {
        LocalDate due = null;
        for (int quarter = 1; !plan.openedOn().plusMonths(3L * quarter).isAfter(today); quarter++) {
            due = plan.openedOn().plusMonths(3L * quarter);
        }
        if (due == null || done(followUps, FollowUp.Kind.QUARTERLY_REGISTRATION, null,
                due.minusDays(REGISTRATION_WINDOW_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(alert(Alert.Kind.QUARTERLY_REGISTRATION_DUE, plan, null, null, due,
                "3-monthly registration due on " + due));
    }

    private static boolean done(Collection<FollowUp> followUps, FollowUp.Kind kind, UUID participantId,
                                LocalDate notBefore) {
        return followUps.stream().anyMatch(f -> f.kind() == kind
                && (participantId == null || Objects.equals(participantId, f.participantId()))
                && (notBefore == null || !f.doneOn().isBefore(notBefore)));
    }

    private static Alert alert(Alert.Kind kind, Plan plan, UUID participantId, UUID agreementId, LocalDate due,
                               String detail) {
        return new Alert(kind, plan.id(), plan.ownerMunicipality(), participantId, agreementId, due, detail);
    }
}
