package dk.mentor.followup.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something a plan's data makes due on a known day, whatever the day it is asked: the part of an alert
 * that only a change to the plan can move, so it can be stored with the plan and listed by date.
 *
 * @param showsFrom     the first day it is listed; null when it is listed from the moment it exists.
 *                      An expiring agreement ignores it: it is listed a configured number of days ahead of its due day
 * @param detailOnceDue the wording once the due day has passed, when that differs (an agreement that "ended")
 */
public record DueItem(Alert.Kind kind, UUID participantId, UUID agreementId, LocalDate dueOn, LocalDate showsFrom,
                      String detail, String detailOnceDue) {

    /** Whether it is listed on that day, with an expiring agreement shown that many days ahead. */
    public boolean shows(LocalDate today, int agreementWarningDays) {
        if (kind == Alert.Kind.AGREEMENT_EXPIRING) {
            return !dueOn.minusDays(agreementWarningDays).isAfter(today);
        }
        return showsFrom == null || !showsFrom.isAfter(today);
    }

    public String detailOn(LocalDate today) {
        return detailOnceDue != null && dueOn.isBefore(today) ? detailOnceDue : detail;
    }

    public Alert toAlert(UUID planId, String municipality, LocalDate today) {
        return new Alert(kind, planId, municipality, participantId, agreementId, dueOn, detailOn(today));
    }
}
