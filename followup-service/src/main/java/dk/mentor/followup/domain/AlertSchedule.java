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
 * Works out what is due on one plan on a given day, from the plan's participants, agreements, meetings
 * and recorded follow-ups. The due items are stored with the plan and rewritten with every change to it
 * (PlanDueItems), so the alert list is one query however many plans a municipality has.
 */
public final class AlertSchedule {

    /** The alerts named after the claim hold they report. */
    private static final List<Alert.Kind> CASEWORKER_HOLDS =
            List.of(Alert.Kind.AGREEMENT_MISSING, Alert.Kind.HOURS_OVER_ORDER, Alert.Kind.OUTSIDE_PERIOD);

    /** A registration done up to this many days before its due date counts for it. */
    public static final int REGISTRATION_WINDOW_DAYS = 14;

    private final int agreementWarningDays;

    public AlertSchedule(int agreementWarningDays) {
        this.agreementWarningDays = agreementWarningDays;
    }

    public List<Alert> alerts(Plan plan, Collection<Participant> participants, Collection<MentorAgreement> agreements,
                              Collection<Meeting> meetings, Collection<FollowUp> followUps, LocalDate today) {
        List<Alert> alerts = new ArrayList<>();
        for (DueItem item : dueItems(plan, participants, agreements, meetings, followUps)) {
            if (item.shows(today, agreementWarningDays)) {
                alerts.add(item.toAlert(plan.id(), plan.ownerMunicipality(), today));
            }
        }
        if (plan.active() && plan.line() == LegalLine.EMPLOYMENT) {
            quarterlyRegistration(plan, followUps, today).ifPresent(alerts::add);
        }
        alerts.sort(Comparator.comparing(Alert::dueOn).thenComparing(Alert::kind));
        return alerts;
    }

    /**
     * What the plan's data makes due, each with the day it is first listed: everything but the 3-monthly
     * registration, which comes round with the calendar (see {@link #quarterlyDue}). Does not depend on the
     * day asked, so it can be stored with the plan and rewritten whenever the plan's data changes.
     */
    public static List<DueItem> dueItems(Plan plan, Collection<Participant> participants,
                                         Collection<MentorAgreement> agreements, Collection<Meeting> meetings,
                                         Collection<FollowUp> followUps) {
        List<DueItem> items = new ArrayList<>();
        if (!plan.active()) {
            return items;
        }
        List<Participant> mentors = participants.stream()
                .filter(p -> Roles.meetsCitizen(p.role()) && !p.ended()).toList();
        for (Participant p : mentors) {
            items.add(meetingOverdue(p, participants, meetings));
            if (!volunteer(p)) {
                continue; // the 1/3/6-month follow-ups are the volunteer programme's (seed 004), not a paid grant's
            }
            for (FollowUp.Kind kind : List.of(FollowUp.Kind.MENTORSHIP_1_MONTH, FollowUp.Kind.MENTORSHIP_3_MONTHS,
                    FollowUp.Kind.MENTORSHIP_6_MONTHS)) {
                LocalDate due = p.startedOn().plusMonths(kind.months());
                if (!done(followUps, kind, p.id(), null)) {
                    items.add(new DueItem(Alert.Kind.MENTORSHIP_FOLLOW_UP_DUE, p.id(), null, due, due,
                            kind.months() + "-month follow-up of " + p.displayName(), null));
                }
            }
        }
        for (MentorAgreement a : agreements) {
            boolean renewed = agreements.stream().anyMatch(other -> a.id().equals(other.renews()));
            boolean participantActive = participants.stream().anyMatch(p -> p.id().equals(a.participantId()) && !p.ended());
            if (!renewed && participantActive) {
                items.add(new DueItem(Alert.Kind.AGREEMENT_EXPIRING, a.participantId(), a.id(), a.periodTo(), null,
                        "Mentor agreement ends on " + a.periodTo() + " and is not renewed",
                        "Mentor agreement ended on " + a.periodTo() + " and is not renewed"));
            }
            if (participantActive && !done(followUps, FollowUp.Kind.MIDWAY_EVALUATION, a.participantId(), a.periodFrom())) {
                items.add(new DueItem(Alert.Kind.MIDWAY_EVALUATION_DUE, a.participantId(), a.id(), a.midway(), a.midway(),
                        "Midway evaluation of the agreement running " + a.periodFrom() + " to " + a.periodTo(), null));
            }
        }
        items.addAll(heldWithHolds(meetings));
        return items;
    }

    private static boolean volunteer(Participant p) {
        return p.role() == ParticipantRole.VOLUNTEER_MENTOR || "VOLUNTEER".equals(p.mentorKind());
    }

    /**
     * A held meeting whose money is held for a reason the caseworker must act on (write the agreement,
     * renew the grant, correct the hours) raises an alert dated on the meeting; it goes away when a
     * correction or a new grant makes the meeting's current version claimable.
     */
    private static List<DueItem> heldWithHolds(Collection<Meeting> meetings) {
        List<DueItem> alerts = new ArrayList<>();
        for (Meeting m : meetings) {
            if (!m.current() || m.attendance() != Attendance.HELD) {
                continue;
            }
            for (ClaimHold hold : m.claimHolds()) {
                CASEWORKER_HOLDS.stream().filter(kind -> kind.name().equals(hold.name())).findFirst()
                        .ifPresent(kind -> alerts.add(new DueItem(kind, m.participantId(), null, m.meetingDate(), null,
                                "Meeting " + m.meetingId() + " on " + m.meetingDate() + " is held from the claim: " + hold,
                                null)));
            }
        }
        return alerts;
    }

    /**
     * The last meeting held by the same person, in any of their roles on the plan, starts the cadence anew;
     * the meeting is overdue the day after the cadence runs out, and never before the mentor has started.
     */
    private static DueItem meetingOverdue(Participant p, Collection<Participant> all, Collection<Meeting> meetings) {
        List<UUID> samePerson = all.stream()
                .filter(o -> o.id().equals(p.id()) || (p.username() != null && p.heldBy(o.username())))
                .map(Participant::id).toList();
        LocalDate last = meetings.stream()
                .filter(m -> m.current() && m.attendance() == Attendance.HELD && samePerson.contains(m.participantId()))
                .map(Meeting::meetingDate).max(Comparator.naturalOrder()).orElse(p.startedOn());
        LocalDate due = last.plusDays(p.cadenceDays());
        LocalDate overdue = due.plusDays(1);
        return new DueItem(Alert.Kind.MEETING_OVERDUE, p.id(), null, due,
                overdue.isBefore(p.startedOn()) ? p.startedOn() : overdue,
                "No meeting held with " + p.displayName() + " since " + last + " (every " + p.cadenceDays() + " days)", null);
    }

    /**
     * The 3-monthly registration of the employment project's dataset (seed 003) comes round with the
     * calendar, not with a change to the plan: the latest quarter day since the plan opened is due unless a
     * registration was recorded from {@value #REGISTRATION_WINDOW_DAYS} days before it. The alert list
     * asks the database the same (DueItemQueries).
     */
    private static Optional<Alert> quarterlyRegistration(Plan plan, Collection<FollowUp> followUps, LocalDate today) {
        LocalDate due = quarterlyDue(plan.openedOn(), today);
        if (due == null || done(followUps, FollowUp.Kind.QUARTERLY_REGISTRATION, null,
                due.minusDays(REGISTRATION_WINDOW_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(new Alert(Alert.Kind.QUARTERLY_REGISTRATION_DUE, plan.id(), plan.ownerMunicipality(), null,
                null, due, quarterlyDetail(due)));
    }

    /** The latest quarter day (opening day plus 3, 6, 9 ... months) that is not after today; null before the first. */
    static LocalDate quarterlyDue(LocalDate openedOn, LocalDate today) {
        LocalDate due = null;
        for (int quarter = 1; !openedOn.plusMonths(3L * quarter).isAfter(today); quarter++) {
            due = openedOn.plusMonths(3L * quarter);
        }
        return due;
    }

    public static String quarterlyDetail(LocalDate due) {
        return "3-monthly registration due on " + due;
    }

    private static boolean done(Collection<FollowUp> followUps, FollowUp.Kind kind, UUID participantId,
                                LocalDate notBefore) {
        return followUps.stream().anyMatch(f -> f.kind() == kind
                && (participantId == null || Objects.equals(participantId, f.participantId()))
                && (notBefore == null || !f.doneOn().isBefore(notBefore)));
    }
}
