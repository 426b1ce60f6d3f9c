package dk.mentor.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessFiguresTest {

    @TempDir
    Path run;

    @Test
    void aStartReadsItsLaunchFromBenchShAndItsStartFromTheLog() throws IOException {
        Files.createDirectories(run.resolve("bench"));
        Files.createDirectories(run.resolve("logs"));
        Files.writeString(run.resolve("bench/ready.txt"), "benchmark-peer 3.3 920\ncatalog-service 3.9 60\n");
        Files.writeString(run.resolve("logs/catalog-service.log"),
                "{\"message\":\"catalog-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.33.2) started in 3.629s.\"}\n");

        ProcessFigures.Figures catalog = new ProcessFigures(run).of("catalog-service");

        assertEquals(3.629, catalog.startedInSeconds());
        assertEquals(3.9, catalog.launchToReadySeconds());
        assertEquals(60, catalog.busyAtLaunchMillis());
        assertTrue(Double.isNaN(catalog.rssMiB()), "no pid file, no RSS");
    }

    @Test
    void aProcessBenchShDidNotStartHasNoLaunchFigures() throws IOException {
        Files.createDirectories(run.resolve("bench"));
        Files.writeString(run.resolve("bench/ready.txt"), "benchmark-peer 3.3 920\n");

        ProcessFigures.Figures matching = new ProcessFigures(run).of("matching-service");

        assertTrue(Double.isNaN(matching.launchToReadySeconds()));
        assertTrue(Double.isNaN(matching.busyAtLaunchMillis()));
        assertTrue(Double.isNaN(matching.startedInSeconds()));
    }
}
