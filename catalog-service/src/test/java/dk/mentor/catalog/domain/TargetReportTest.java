package dk.mentor.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source's Table 1 (004 pp.5, 10-11): 240/240/240 planned against 302 volunteers, 224 mentees and 151 matches. */
class TargetReportTest {

    @Test
    void shouldReproduceTheSourcesTargetsAgainstResults() {
        TargetReport report = TargetReport.of(new VolunteerProgramme.Targets(240, 240, 240), new TargetReport.Results(302, 224, 151));

        assertEquals(List.of(62, -16, -89), report.lines().stream().map(TargetReport.Line::deviation).toList());
        assertEquals(List.of(new BigDecimal("25.8"), new BigDecimal("-6.7"), new BigDecimal("-37.1")),
                report.lines().stream().map(TargetReport.Line::deviationPercent).toList());
        // "93 % of the target" for mentees (004 p.11), and 151/240 for matches
        assertEquals(new BigDecimal("93.3"), report.lines().get(1).attainmentPercent());
        assertEquals(new BigDecimal("62.9"), report.lines().get(2).attainmentPercent());
        // the source's "67 %" matched is matches per mentee
        assertEquals(new BigDecimal("67.4"), report.matchesPerMenteePercent());
    }

    @Test
    void shouldLeaveTheShareEmptyForATargetOfNothing() {
        TargetReport report = TargetReport.of(new VolunteerProgramme.Targets(0, 0, 0), new TargetReport.Results(3, 0, 0));

        assertEquals(3, report.lines().get(0).deviation());
        assertNull(report.lines().get(0).deviationPercent());
        assertNull(report.matchesPerMenteePercent());
    }
}
