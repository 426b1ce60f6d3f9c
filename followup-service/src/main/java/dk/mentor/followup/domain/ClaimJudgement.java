package dk.mentor.followup.domain;

import dk.mentor.contracts.codes.ClaimHold;
import dk.mentor.contracts.codes.LegalLine;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides whether one version of a meeting may be priced into a refusion claim. The meeting is always
 * recorded (it happened); a hold only keeps its money back until a caseworker corrects the meeting or the
 * grant behind it. Each hold answers one of the audit questions a refund claim must survive (STAR's focus
 * audit: participation, period, basis, written agreement, ordered hours).
 *
 * @param participant the participation the meeting is logged under
 * @param person      every participation of the same person active on the day, the logged one included
 * @param agreements  the written mentor agreements of the person's participations
 * @param sameWeek    the other current meetings of the same person on the plan (this meeting's earlier
 *                    versions excluded)
 * @param anonymous   whether the plan's citizen is known only anonymously (Serviceloven § 99)
 * @param loggedOn    the Danish day the version is logged
 */
public record ClaimJudgement(Participant participant, List<Participant> person, Collection<MentorAgreement> agreements,
                             Collection<Meeting> sameWeek, boolean anonymous, LocalDate loggedOn) {

    /** The holds on a meeting with these details, in the enum's order; empty when the meeting is claimable. */
    public List<ClaimHold> holds(MeetingDetails meeting) {
        LocalDate day = meeting.date();
        Set<ClaimHold> holds = EnumSet.noneOf(ClaimHold.class);
        if (!participant.activeOn(day)) {
            holds.add(ClaimHold.NO_ACTIVE_PARTICIPATION);
        }
        if (participant.mentorshipId() != null && !participant.withinPeriod(day)) {
            holds.add(ClaimHold.OUTSIDE_PERIOD);
        }
        if (day.isAfter(loggedOn)) {
            holds.add(ClaimHold.FUTURE_DATE);
        }
        if (meeting.minutes().keySet().stream().anyMatch(b -> !b.inForceOn(day) || (anonymous && !b.anonymousAllowed()))) {
            holds.add(ClaimHold.BASIS_NOT_IN_FORCE);
        }
        if (labWithoutAgreement(meeting, day)) {
            holds.add(ClaimHold.AGREEMENT_MISSING);
        }
        if (overOrderedHours(meeting)) {
            holds.add(ClaimHold.HOURS_OVER_ORDER);
        }
        return List.copyOf(holds);
    }

    /** Minutes under an employment-act basis need a written agreement covering the day (STAR's audit finding). */
    private boolean labWithoutAgreement(MeetingDetails meeting, LocalDate day) {
        return person.stream().filter(p -> p.line() == LegalLine.EMPLOYMENT
                        && meeting.minutes().keySet().stream().anyMatch(basis -> basis.code().equals(p.legalBasis())))
                .anyMatch(p -> agreementOn(p.id(), day).isEmpty());
    }

    /**
     * The week (Monday to Sunday) of the meeting holds more minutes than ordered. The order is the
     * mentorship's hours per week, or else the written agreement's.
     */
    private boolean overOrderedHours(MeetingDetails meeting) {
        Optional<BigDecimal> ordered = Optional.ofNullable(participant.hoursPerWeek())
                .or(() -> agreementOn(participant.id(), meeting.date()).map(MentorAgreement::hoursPerWeek));
        if (ordered.isEmpty()) {
            return false;
        }
        LocalDate monday = meeting.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<UUID> ids = person.stream().map(Participant::id).toList();
        int minutes = meeting.durationMinutes() + sameWeek.stream()
                .filter(m -> ids.contains(m.participantId()) && !m.meetingDate().isBefore(monday)
                        && !m.meetingDate().isAfter(sunday))
                .mapToInt(Meeting::durationMinutes).sum();
        return BigDecimal.valueOf(minutes).compareTo(ordered.get().multiply(BigDecimal.valueOf(60))) > 0;
    }

    private Optional<MentorAgreement> agreementOn(UUID participantId, LocalDate day) {
        return agreements.stream().filter(a -> a.participantId().equals(participantId) && a.coversDay(day)).findFirst();
    }
}
