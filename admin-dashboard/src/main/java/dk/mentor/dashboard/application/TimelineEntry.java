package dk.mentor.dashboard.application;

import java.time.LocalDate;

/**
 * One event of a plan's timeline: its day, what kind of event it is, and the one item it is about
 * (the others are null). Typed fields rather than one Object, so the template's expressions are
 * checked against the items' records at build time.
 */
public record TimelineEntry(LocalDate date, Kind kind, PlanRow plan, Participant participant, Goal goal, Meeting meeting,
                            Progression rating, Consent consent, HandOver handOver, Incident incident) {

    /** In the order events of the same day are listed (newest day first, and within a day the later step first). */
    public enum Kind {
        CLOSED, HAND_OVER, INCIDENT, CONSENT_REVOKED, RATING, MEETING, CONSENT, GOAL, PARTICIPANT_ENDED, PARTICIPANT_STARTED, OPENED
    }

    static TimelineEntry of(LocalDate date, Kind kind, Object item) {
        return new TimelineEntry(date, kind, item instanceof PlanRow p ? p : null, item instanceof Participant p ? p : null,
                item instanceof Goal g ? g : null, item instanceof Meeting m ? m : null, item instanceof Progression r ? r : null,
                item instanceof Consent c ? c : null, item instanceof HandOver h ? h : null, item instanceof Incident i ? i : null);
    }

    /** The kind's name, for the template's {#switch} and the entry's CSS class. */
    public String kindName() {
        return kind.name();
    }
}
