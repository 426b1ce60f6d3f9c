package dk.mentor.catalog.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Targets against results in the form of the source's Table 1 (004 p.10: Mål / Realiseret / Afvigelse /
 * Afvigelse %): planned 240 volunteers, 240 mentees and 240 matches against 302, 224 and 151 realised give
 * +62 (+25.8 %), -16 (-6.7 %) and -89 (-37.1 %). The source also says "67 %" were matched, which is matches
 * per mentee (151/224), not per target (151/240 = 62.9 %); both shares are given so neither is mistaken.
 */
public record TargetReport(List<Line> lines, BigDecimal matchesPerMenteePercent) {

    public enum Metric {
        VOLUNTEERS("Frivillige mentorer"),
        MENTEES("Mentees"),
        MATCHES("Match");

        private final String label;

        Metric(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One metric: the target, the result, the deviation and the deviation and attainment in per cent of the target. */
    public record Line(Metric metric, int target, int result, int deviation, BigDecimal deviationPercent,
                       BigDecimal attainmentPercent) {

        static Line of(Metric metric, int target, int result) {
            return new Line(metric, target, result, result - target, ChannelYield.percent(result - target, target),
                    ChannelYield.percent(result, target));
        }
    }

    /** The results as counted: volunteers and mentees vetted in the period, matches made in it. */
    public record Results(int volunteers, int mentees, int matches) {
    }

    public static TargetReport of(VolunteerProgramme.Targets targets, Results results) {
        return new TargetReport(List.of(
                Line.of(Metric.VOLUNTEERS, targets.volunteers(), results.volunteers()),
                Line.of(Metric.MENTEES, targets.mentees(), results.mentees()),
                Line.of(Metric.MATCHES, targets.matches(), results.matches())),
                ChannelYield.percent(results.matches(), results.mentees()));
    }
}
