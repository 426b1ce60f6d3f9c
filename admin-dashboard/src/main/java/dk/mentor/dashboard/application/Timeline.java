package dk.mentor.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A plan's history as one list, newest first: opened, participants joining and leaving, goals,
 * meetings, ratings, consents, hand-overs, incidents and the closure. {@code gaps} are the message
 * keys of the parts a service could not give just now, so the page says what is missing instead of
 * showing a shorter history as if it were complete.
 */
public record Timeline(List<TimelineEntry> entries, List<String> gaps) {

    /** The case's day of an instant: Danish municipalities keep Danish time. */
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing(TimelineEntry::date, Comparator.reverseOrder())
            .thenComparing(TimelineEntry::kind);

    /** The parts of a plan's history as the service lists them; a part that is null was not available. */
    public record Parts(PlanRow plan, List<Participant> participants, List<Goal> goals, List<Meeting> meetings,
                        List<Progression> ratings, List<Consent> consents, List<HandOver> handOvers, List<Incident> incidents) {
    }

    public static Timeline of(Parts parts, List<String> gaps) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (parts.plan() != null) {
            add(entries, parts.plan().openedOn(), TimelineEntry.Kind.OPENED, parts.plan());
            add(entries, parts.plan().closedOn(), TimelineEntry.Kind.CLOSED, parts.plan());
        }
        each(parts.participants(), p -> {
            add(entries, p.startedOn(), TimelineEntry.Kind.PARTICIPANT_STARTED, p);
            add(entries, p.endedOn(), TimelineEntry.Kind.PARTICIPANT_ENDED, p);
        });
        each(parts.goals(), g -> add(entries, day(g.createdAt()), TimelineEntry.Kind.GOAL, g));
        // only a meeting's current version: a corrected meeting is one event, not two
        each(parts.meetings(), m -> {
            if (!Boolean.FALSE.equals(m.current())) {
                add(entries, m.date(), TimelineEntry.Kind.MEETING, m);
            }
        });
        each(parts.ratings(), r -> add(entries, r.ratedOn(), TimelineEntry.Kind.RATING, r));
        each(parts.consents(), c -> {
            add(entries, c.givenOn(), TimelineEntry.Kind.CONSENT, c);
            add(entries, day(c.revokedAt()), TimelineEntry.Kind.CONSENT_REVOKED, c);
        });
        each(parts.handOvers(), h -> add(entries, day(h.offeredAt()), TimelineEntry.Kind.HAND_OVER, h));
        each(parts.incidents(), i -> add(entries, day(i.occurredAt()), TimelineEntry.Kind.INCIDENT, i));
        entries.sort(NEWEST_FIRST);
        return new Timeline(List.copyOf(entries), gaps.stream().filter(Objects::nonNull).distinct().toList());
    }

    private static <T> void each(List<T> items, Consumer<T> action) {
        if (items != null) {
            items.forEach(action);
        }
    }

    private static void add(List<TimelineEntry> entries, LocalDate date, TimelineEntry.Kind kind, Object item) {
        if (date != null) {
            entries.add(TimelineEntry.of(date, kind, item));
        }
    }

    static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(DANISH_TIME).toLocalDate();
    }

    /** How many meetings the timeline holds (the page's summary line). */
    public long meetingCount() {
        return entries.stream().filter(e -> e.kind() == TimelineEntry.Kind.MEETING).count();
    }
}
