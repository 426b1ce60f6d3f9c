package dk.mentor.bench.harness;

import java.util.Map;

/**
 * One path's figures: throughput at a number of callers, the CPU each process of the suite spent per
 * request meanwhile (milliseconds, by process name), and latency at a fixed rate.
 */
record Measured(Call call, Outcome callers, Map<String, Double> cpuMillis, double rate, Outcome atRate) {
}
