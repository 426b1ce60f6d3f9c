package dk.mentor.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The run's figures as Markdown tables, every figure of a service next to its ratio to the peer's
 * same figure (a throughput of 0.25× is a quarter of the peer's; a latency of 2.0× twice the peer's),
 * and written into docs/performance.md between the markers.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        text.append(line).append('\n');
    }

    void processes(List<ProcessFigures.Figures> figures) {
        ProcessFigures.Figures peer = figures.get(0);
        line("| process | \"started in\" (Quarkus's log) | launch to ready | cores busy before the launch | RSS after the load |");
        line("|---|---|---|---|---|");
        for (ProcessFigures.Figures f : figures) {
            line("| " + f.name() + " | " + withRatio(f.startedInSeconds(), peer.startedInSeconds(), "%.1f s", f == peer)
                    + " | " + withRatio(f.launchToReadySeconds(), peer.launchToReadySeconds(), "%.1f s", f == peer)
                    + " | " + figure(f.busyAtLaunchMillis(), "%.0f ms a second")
                    + " | " + withRatio(f.rssMiB(), peer.rssMiB(), "%.0f MiB", f == peer) + " |");
        }
    }

    void requests(List<Measured> measured, int callers) {
        line("| path | req/s at " + callers + " callers | p50 / p99 at " + callers
                + " callers | fixed rate | p50 / p99 at that rate | failed or not sent |");
        line("|---|---|---|---|---|---|");
        for (Measured m : measured) {
            Measured.Beside peer = m.baseline();
            boolean self = m.peer() == null;
            // a write measured at half its own throughput has no peer at that rate: its latencies stand alone here
            boolean atPeersRate = Math.abs(m.rate() - peer.callers().perSecond() / 2) < 1;
            line("| " + m.call().label() + " | " + withRatio(m.callers().perSecond(), peer.callers().perSecond(), "%,.0f", self)
                    + " | " + latencies(m.callers(), peer.callers(), self)
                    + " | " + format("%,.0f/s", m.rate())
                    + " | " + latencies(m.atRate(), peer.atRate(), self || !atPeersRate)
                    + " | " + (m.callers().failed() + m.atRate().failed()) + " |");
        }
    }

    /** The first write is the peer's: its reference figures, at half its own throughput, are every row's baseline. */
    void atOwnHalf(List<Measured> writes) {
        line("| path | fixed rate | p50 / p99 at that rate | failed or not sent |");
        line("|---|---|---|---|");
        Measured.Beside peerWrite = writes.get(0).baseline();
        for (Measured m : writes) {
            line("| " + m.call().label() + " | " + format("%,.0f/s", m.rate()) + " | "
                    + latencies(m.atRate(), peerWrite.atRate(), m.peer() == null) + " | " + m.atRate().failed() + " |");
        }
    }

    void cpu(List<Measured> measured) {
        StringBuilder header = new StringBuilder("| path |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String process : CpuTime.PROCESSES) {
            header.append(' ').append(process).append(" |");
            rule.append("---|");
        }
        line(header.append(" all |").toString());
        line(rule.append("---|").toString());
        for (Measured m : measured) {
            StringBuilder row = new StringBuilder("| " + m.call().label() + " |");
            for (String process : CpuTime.PROCESSES) {
                Double millis = m.cpuMillis().get(process);
                row.append(' ').append(millis == null ? "–" : format("%.2f", millis)).append(" |");
            }
            double all = m.cpuMillis().values().stream().mapToDouble(Double::doubleValue).sum();
            line(row.append(' ').append(format("%.2f", all)).append(" |").toString());
        }
    }

    void events(String path, EventLag.Result result) {
        line("| path | events due / committed | mentors committed / applied | p50 | p99 | max |");
        line("|---|---|---|---|---|---|");
        line("| " + path + " | " + format("%.0f/s", result.rate()) + " / " + format("%.0f/s", result.committedRate())
                + " | " + result.sent() + " / " + result.arrived()
                + (result.failed() > 0 ? " (" + result.failed() + " writes failed)" : "")
                + " | " + format("%.0f ms", result.lag().getValueAtPercentile(50) / 1000.0)
                + " | " + format("%.0f ms", result.lag().getValueAtPercentile(99) / 1000.0)
                + " | " + format("%.0f ms", result.lag().getMaxValue() / 1000.0) + " |");
    }

    void growth(Growth.Result result) {
        line("| where | rows inserted per meeting | bytes grown per meeting |");
        line("|---|---|---|");
        long bytes = 0;
        for (var schema : result.perMeeting().entrySet()) {
            Growth.Size size = schema.getValue();
            bytes += size.bytes();
            line("| schema " + schema.getKey() + " | " + format("%.1f", (double) size.rows() / result.meetings())
                    + " | " + format("%,.0f", (double) size.bytes() / result.meetings()) + " |");
        }
        line("| PostgreSQL, all schemas | | " + format("%,.0f", (double) bytes / result.meetings()) + " |");
        line("| Kafka's log segments (one replica) | | "
                + format("%,.0f", (double) result.broker().bytes() / result.meetings()) + " |");
    }

    String text() {
        return text.toString();
    }

    /** Replaces what stands between the markers; the markers must be there. */
    void writeInto(Path markdown) throws IOException {
        String document = Files.readString(markdown);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(markdown + " has no " + BEGIN + " ... " + END + " section");
        }
        Files.writeString(markdown, document.substring(0, begin + BEGIN.length()) + "\n" + text
                + document.substring(end));
    }

    private static String latencies(Outcome outcome, Outcome peer, boolean self) {
        return withRatio(outcome.p50Millis(), peer.p50Millis(), "%.1f ms", self) + " / "
                + withRatio(outcome.p99Millis(), peer.p99Millis(), "%.1f ms", self);
    }

    private static String withRatio(double value, double peer, String pattern, boolean self) {
        if (Double.isNaN(value) || self || Double.isNaN(peer) || peer == 0) {
            return figure(value, pattern);
        }
        return format(pattern, value) + " (" + format("%.2f", value / peer) + "× of " + format(pattern, peer) + ")";
    }

    /** A figure alone; "–" where it is unknown. */
    private static String figure(double value, String pattern) {
        return Double.isNaN(value) ? "–" : format(pattern, value);
    }

    static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
