package dk.mentor.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measured figures of a run (startup times, memory, event latency). Printed as they are taken and
 * once more as a table when the suite stops, and written to target/system-test-figures.txt so a
 * CI run leaves them behind.
 */
final class Figures {

    private static final List<String> LINES = new ArrayList<>();

    private Figures() {
    }

    static synchronized void record(String what, String value) {
        String line = "%-58s %s".formatted(what, value);
        LINES.add(line);
        System.out.println("[figure] " + line);
    }

    /** Median and 99th percentile (nearest rank) of measured milliseconds, with the count. */
    static String p50p99(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return "p50 %d ms, p99 %d ms (n = %d)".formatted(rank(sorted, 50), rank(sorted, 99), sorted.size());
    }

    private static long rank(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    static synchronized void print(Path file) {
        if (LINES.isEmpty()) {
            return;
        }
        String table = "===== system-test figures =====\n" + String.join("\n", LINES) + "\n";
        System.out.println(table);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            System.out.println("could not write " + file + ": " + e.getMessage());
        }
    }
}
