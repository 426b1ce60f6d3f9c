package dk.mentor.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import dk.mentor.testing.infra.SuiteRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/integration.md is a case system developer's first contact, so its curl examples must work
 * as written: they run here, in order, in one bash, against the packaged suite and the real
 * Keycloak. Only the addresses differ from the local suite's (the guide reads them from variables
 * with the local suite's ports as defaults).
 */
class IntegrationGuideTest extends SuiteTest {

    @Test
    void shouldRunEveryShellExampleOfTheGuideAsWritten(@TempDir Path workDir) throws IOException, InterruptedException {
        GuideScript guide = GuideScript.of(SuiteRoot.dir().resolve("docs/integration.md"));
        assertThat("the guide has examples", guide.blocks().size(), greaterThan(5));

        // The output goes to a file, not a pipe: a pipe nobody reads while bash runs fills up and
        // stalls the examples until the timeout.
        Path output = workDir.resolve("guide.log");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", guide.script()).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        bash.environment().putAll(Map.of(
                "KEYCLOAK", suite.keycloak().baseUrl(),
                "CATALOG", suite.catalog().baseUrl(),
                "MATCHING", suite.matching().baseUrl(),
                "FOLLOWUP", suite.service("followup-service").baseUrl(),
                "REFUSION", suite.refusion().baseUrl()));
        Process process = bash.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        int reached = (int) log.lines().filter(line -> line.startsWith(GuideScript.DONE)).count();
        String failed = reached < guide.blocks().size() ? guide.firstLine(reached + 1) : "";
        assertThat("example " + (reached + 1) + " (" + failed + ") failed" + (finished ? "" : " (timed out)")
                        + "; output:\n" + log, reached, equalTo(guide.blocks().size()));
        assertThat("bash's exit status; output:\n" + log, finished ? process.exitValue() : -1, equalTo(0));
    }
}
