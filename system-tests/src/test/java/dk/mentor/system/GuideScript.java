package dk.mentor.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell examples of a Markdown guide, in the order a reader meets them: every fenced block
 * marked {@code sh}. They are meant to be pasted one after the other into one shell, so a later
 * example may use a variable an earlier one set; the script runs them that way and prints a marker
 * after each, so a failure names the example that broke.
 */
record GuideScript(List<String> blocks) {

    private static final Pattern SH_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```$");
    static final String DONE = "guide-example-done ";

    static GuideScript of(Path markdown) throws IOException {
        Matcher matcher = SH_BLOCK.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return new GuideScript(List.copyOf(blocks));
    }

    /**
     * One bash script: stop at the first failing command, then say which example got that far. The
     * marker starts a line of its own, as an example's last output (a JSON body) may have no newline.
     */
    String script() {
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int i = 0; i < blocks.size(); i++) {
            script.append(blocks.get(i)).append("\necho; echo '").append(DONE).append(i + 1).append("'\n");
        }
        return script.toString();
    }

    /** The first line of an example, to name it in a failure. */
    String firstLine(int example) {
        return blocks.get(example - 1).lines().findFirst().orElse("");
    }
}
