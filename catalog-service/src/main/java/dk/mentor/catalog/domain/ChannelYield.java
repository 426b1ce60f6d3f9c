package dk.mentor.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a recruitment channel yielded on one side (004 §5.10's "channels and yield"): how many entries
 * reached each step, how many dropped out, and the share of inquiries that ended in a match. Drop-outs are
 * counted at every step they took, so the funnel never narrows by more than the entries that stopped.
 */
public record ChannelYield(ProgrammeSide side, RecruitmentChannel channel, int inquiries, int interviewed, int vetted,
                           int matched, int dropped, BigDecimal matchedPercent) {

    /** Per side and channel, volunteers first, the channels in their declared order; channels without entries left out. */
    public static List<ChannelYield> of(Collection<ProgrammeEntry> entries) {
        Map<ProgrammeSide, Map<RecruitmentChannel, List<ProgrammeEntry>>> grouped = new TreeMap<>();
        for (ProgrammeEntry e : entries) {
            grouped.computeIfAbsent(e.side(), s -> new TreeMap<>()).computeIfAbsent(e.channel(), c -> new ArrayList<>()).add(e);
        }
        List<ChannelYield> yields = new ArrayList<>();
        grouped.forEach((side, channels) -> channels.forEach((channel, list) -> yields.add(of(side, channel, list))));
        yields.sort(Comparator.comparing(ChannelYield::side).thenComparing(ChannelYield::channel));
        return yields;
    }

    static ChannelYield of(ProgrammeSide side, RecruitmentChannel channel, List<ProgrammeEntry> entries) {
        int matched = count(entries, PipelineStage.MATCHED);
        return new ChannelYield(side, channel, entries.size(), count(entries, PipelineStage.INTERVIEWED),
                count(entries, PipelineStage.VETTED), matched, count(entries, PipelineStage.DROPPED),
                percent(matched, entries.size()));
    }

    private static int count(List<ProgrammeEntry> entries, PipelineStage stage) {
        return (int) entries.stream().filter(e -> e.reached(stage)).count();
    }

    /** part of whole in per cent with one decimal, half up; null when the whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
