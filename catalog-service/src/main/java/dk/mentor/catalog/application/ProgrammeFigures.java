package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.ChannelYield;
import dk.mentor.catalog.domain.ProgrammeEntry;
import dk.mentor.catalog.domain.ProgrammeMatch;
import dk.mentor.catalog.domain.ProgrammeSide;
import dk.mentor.catalog.domain.TargetReport;
import dk.mentor.catalog.domain.VolunteerProgramme;
import dk.mentor.catalog.domain.WaitingList;
import dk.mentor.catalog.infra.persistence.ProgrammeWorkRepository;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.time.DanishTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The programme's figures, counted from its entries and matches. Yield and the targets report are counts
 * over the whole corps (its targets are the corps', 004 p.5) and name no one; a named municipality narrows
 * the yield to it. Waiting lists and commitments name entries, so they show the caller's municipalities only.
 */
@ApplicationScoped
public class ProgrammeFigures {

    /** The targets report with the period it covers. */
    public record Report(VolunteerProgramme programme, TargetReport report) {
    }

    /** One side's waiting list as of a day. */
    public record Waiting(LocalDate asOf, List<WaitingList> lists) {
    }

    @Inject
    ProgrammeAccess programmeAccess;

    @Inject
    ProgrammeWorkRepository work;

    @Inject
    MunicipalityAccess access;

    @Inject
    Clock clock;

    @Transactional
    public List<ChannelYield> yield(UUID programmeId, String municipality) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "read yield");
        List<ProgrammeEntry> entries = work.entriesOf(programme.id());
        if (municipality != null) {
            Set<String> scope = access.searchScope(municipality, "programme-entry", ProgrammeAccess.PURPOSE);
            entries = entries.stream().filter(e -> scope.contains(e.municipality())).toList();
        }
        return ChannelYield.of(entries);
    }

    @Transactional
    public Waiting waitingLists(UUID programmeId, ProgrammeSide side) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "read waiting lists");
        Set<String> visible = programmeAccess.visibleOf(programme);
        List<ProgrammeEntry> entries = work.entriesOf(programme.id()).stream()
                .filter(e -> visible.contains(e.municipality())).toList();
        LocalDate today = DanishTime.today(clock);
        List<ProgrammeSide> sides = side == null ? List.of(ProgrammeSide.values()) : List.of(side);
        return new Waiting(today, sides.stream().map(s -> WaitingList.of(s, entries, today)).toList());
    }

    /** Results: volunteers and mentees vetted within the period, matches made within it. */
    @Transactional
    public Report report(UUID programmeId) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "read report");
        List<ProgrammeEntry> entries = work.entriesOf(programme.id());
        List<ProgrammeMatch> matches = work.matchesOf(programme.id());
        int volunteers = vettedIn(programme, entries, ProgrammeSide.VOLUNTEER);
        int mentees = vettedIn(programme, entries, ProgrammeSide.MENTEE);
        int matched = (int) matches.stream().filter(m -> programme.covers(m.matchedOn())).count();
        return new Report(programme, TargetReport.of(programme.targets(), new TargetReport.Results(volunteers, mentees, matched)));
    }

    /** Volunteers of the caller's municipalities whose commitment ends within the days (today included), soonest first. */
    @Transactional
    public List<ProgrammeEntry> commitmentsEnding(UUID programmeId, int withinDays) {
        VolunteerProgramme programme = programmeAccess.programme(programmeId, "read commitments");
        Set<String> visible = programmeAccess.visibleOf(programme);
        LocalDate today = DanishTime.today(clock);
        return visible.isEmpty() ? List.of() : work.commitmentsEnding(programme.id(), visible, today, today.plusDays(withinDays));
    }

    private static int vettedIn(VolunteerProgramme programme, List<ProgrammeEntry> entries, ProgrammeSide side) {
        return (int) entries.stream().filter(e -> e.side() == side && e.vettedOn() != null && programme.covers(e.vettedOn()))
                .count();
    }
}
