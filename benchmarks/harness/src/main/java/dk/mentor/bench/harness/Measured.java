package dk.mentor.bench.harness;

/** One path's figures: throughput at a number of callers, and latency at a fixed rate. */
record Measured(Call call, Outcome callers, double rate, Outcome atRate) {
}
