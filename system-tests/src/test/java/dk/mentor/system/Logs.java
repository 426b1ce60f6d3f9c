package dk.mentor.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a process's log, to put into a failure message so CI output alone explains it. */
final class Logs {

    private Logs() {
    }

    static String tail(Path log, int lines) {
        try {
            // Malformed bytes must not hide the log: decode leniently.
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "----- last " + last.size() + " lines of " + log + " -----\n" + String.join("\n", last);
        } catch (IOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
    }
}
