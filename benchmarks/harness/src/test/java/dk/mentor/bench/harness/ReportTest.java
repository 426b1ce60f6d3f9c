package dk.mentor.bench.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Call PEER = Call.get("peer: GET a note", "peer", "u", "http://127.0.0.1/n");
    private static final Call PATH = Call.get("catalog: GET a mentor", "catalog", "u", "http://127.0.0.1/m");

    @Test
    void aServicePathIsDividedByThePeerBesideItNotByThePeersFirstFigure() {
        Measured reference = new Measured(PEER, outcome(4_000, 10), Map.of(), 2_000, outcome(2_000, 20), null);
        Measured path = new Measured(PATH, outcome(1_000, 40), Map.of(), 1_000, outcome(1_000, 60),
                new Measured.Beside(outcome(2_000, 20), outcome(1_000, 30)));
        Report report = new Report();

        report.requests(List.of(reference, path), 8);

        String row = report.text().lines().filter(l -> l.startsWith("| catalog")).findFirst().orElseThrow();
        assertTrue(row.contains("1,000 (0.50× of 2,000)"), row);
        assertTrue(row.contains("(2.00× of 30.0 ms)"), row);
        String peerRow = report.text().lines().filter(l -> l.startsWith("| peer")).findFirst().orElseThrow();
        assertTrue(peerRow.contains("| 4,000 |"), "the peer's reference row carries no ratio: " + peerRow);
    }

    @Test
    void aStartShowsHowBusyTheCoresWereBeforeItsLaunch() {
        Report report = new Report();

        report.processes(List.of(new ProcessFigures.Figures("benchmark-peer", 3.2, 3.3, 920, 333),
                new ProcessFigures.Figures("catalog-service", 3.6, 3.9, 60, 471),
                new ProcessFigures.Figures("matching-service", 3.3, Double.NaN, Double.NaN, 440)));

        List<String> rows = report.text().lines().toList();
        assertTrue(rows.get(2).contains("| 3.3 s | 920 ms a second | 333 MiB |"), rows.get(2));
        assertTrue(rows.get(3).contains("| 3.9 s (1.18× of 3.3 s) | 60 ms a second | 471 MiB (1.41× of 333 MiB) |"), rows.get(3));
        assertTrue(rows.get(4).contains("| – | – | 440 MiB"), "a process bench.sh did not start has no launch figures: " + rows.get(4));
    }

    /** {@code perSecond} requests in one second, every latency {@code millis}. */
    private static Outcome outcome(long perSecond, long millis) {
        Histogram latencies = new Histogram(3);
        latencies.recordValueWithCount(millis * 1_000, perSecond);
        return new Outcome(perSecond, 0, 1.0, latencies);
    }
}
