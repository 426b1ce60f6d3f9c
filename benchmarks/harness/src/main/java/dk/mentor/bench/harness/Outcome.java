package dk.mentor.bench.harness;

import org.HdrHistogram.Histogram;

/**
 * What one measurement saw: answered requests (2xx), failed ones (any other status, or no answer),
 * the measured seconds, and the latencies in microseconds.
 */
record Outcome(long ok, long failed, double seconds, Histogram latencies) {

    double perSecond() {
        return ok / seconds;
    }

    double p50Millis() {
        return latencies.getValueAtPercentile(50) / 1000.0;
    }

    double p99Millis() {
        return latencies.getValueAtPercentile(99) / 1000.0;
    }

    double maxMillis() {
        return latencies.getMaxValue() / 1000.0;
    }
}
