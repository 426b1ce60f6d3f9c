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
