package dk.mentor.bench.harness;

import java.util.Map;

/**
 * One path's figures: throughput at a number of callers, the CPU each process of the suite spent per
 * request meanwhile (milliseconds, by process name), and latency at a fixed rate; and for a service's
 * path the peer's same kind of request measured right beside it, the baseline of its ratios, or null
 * for the peer's own reference figures.
 */
record Measured(Call call, Outcome callers, Map<String, Double> cpuMillis, double rate, Outcome atRate, Beside peer) {

    /** The peer's throughput at the same callers and its latency at the same fixed rate, just before the path's. */
    record Beside(Outcome callers, Outcome atRate) {
    }

    /** The figures a ratio of this path divides by: the peer's beside it, or its own for the peer's reference rows. */
    Beside baseline() {
        return peer == null ? new Beside(callers, atRate) : peer;
    }
}
