package dk.mentor.testing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The services' growth benchmarks' timing: runs each request after a warm-up and keeps one printed line
 * per request with its p50 and p99 in milliseconds and what it found (a total, rows, bytes), so a run's
 * figures sit next to its baseline (a primary-key read) in one table.
 */
public final class Figures {

    private final List<String> lines = new ArrayList<>();
    private final int warmup;
    private final int samples;

    /** @param result the heading of the last column, what each request returns */
    public Figures(String title, int warmup, int samples, String result) {
        this.warmup = warmup;
        this.samples = samples;
        lines.add(title + ", %d samples after %d warm-up, HTTP + token".formatted(samples, warmup));
        lines.add("%-58s %10s %10s %10s".formatted("request", "p50 ms", "p99 ms", result));
    }

    /** Runs the request warm-up + samples times; the request returns what it found (rows, bytes) to print. */
    public void time(String name, Supplier<?> request) {
        time(name, () -> { }, request);
    }

    /** As above, running {@code before} untimed ahead of each run (e.g. deleting the draft the last run made). */
    public void time(String name, Runnable before, Supplier<?> request) {
        time(name, warmup, samples, before, request);
    }

    /** As above with its own counts, for a request too slow for the run's. */
    public void time(String name, int warmup, int samples, Runnable before, Supplier<?> request) {
        long[] nanos = new long[samples];
        Object result = null;
        try {
            for (int i = 0; i < warmup; i++) {
                before.run();
                request.get();
            }
            for (int i = 0; i < samples; i++) {
                before.run();
                long t = System.nanoTime();
                result = request.get();
                nanos[i] = System.nanoTime() - t;
            }
        } catch (RuntimeException e) {
            // a request past the test client's timeout is a figure too; the next ones still run
            lines.add("%-58s %s".formatted(name, "failed: " + e));
            return;
        }
        Arrays.sort(nanos);
        lines.add("%-58s %10.2f %10.2f %10s".formatted(name + (samples == this.samples ? "" : " (%d runs)".formatted(samples)),
                nanos[samples / 2] / 1e6, nanos[(int) Math.ceil(samples * 0.99) - 1] / 1e6, result));
    }

    public void note(String line) {
        lines.add(line);
    }

    /** Prints the figures and appends them to target/benchmark-figures.txt. */
    public void print() throws IOException {
        lines.forEach(System.out::println);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("benchmark-figures.txt"), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
