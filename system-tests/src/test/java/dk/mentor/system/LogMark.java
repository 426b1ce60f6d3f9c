package dk.mentor.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A place in a growing log, to look only at what was written after it. */
record LogMark(Path log, long offset) {

    static LogMark at(Path log) {
        try {
            return new LogMark(log, Files.exists(log) ? Files.size(log) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines written since the mark that contain the text, ignoring case. */
    List<String> linesSinceContaining(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return since().lines().filter(line -> line.toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    private String since() {
        try {
            byte[] all = Files.readAllBytes(log);
            int from = (int) Math.min(offset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
