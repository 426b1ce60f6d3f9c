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

    /** {@code perSecond} requests in one second, every latency {@code millis}. */
    private static Outcome outcome(long perSecond, long millis) {
        Histogram latencies = new Histogram(3);
        latencies.recordValueWithCount(millis * 1_000, perSecond);
        return new Outcome(perSecond, 0, 1.0, latencies);
    }
}
