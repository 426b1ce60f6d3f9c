package dk.mentor.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start and memory of a process of the local suite, read where start.sh and bench.sh leave them in
 * .run/: Quarkus's own "started in" from the log, the launch-to-ready time bench.sh measured when it
 * started the process itself (absent for a process that was already running) with how busy the cores
 * were just before, and the resident set (VmRSS) from /proc at the moment of asking.
 */
final class ProcessFigures {

    /** The measured applications by the names of their pid files and logs: the peer first, then the services. */
    static final List<String> APPLICATIONS = List.of("benchmark-peer", "catalog-service", "matching-service",
            "followup-service", "refusion-service");

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9]+[.][0-9]+)s");
    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+([0-9]+) kB");

    /** Figures of one process; NaN where unknown. */
    record Figures(String name, double startedInSeconds, double launchToReadySeconds, double busyAtLaunchMillis,
                   double rssMiB) {
    }

    /** What bench.sh noted of a start: launch to ready, and the cores' busy milliseconds a second just before. */
    private record Launch(double toReadySeconds, double busyMillis) {
        static final Launch UNKNOWN = new Launch(Double.NaN, Double.NaN);
    }

    private final Path run;
    private final Map<String, Launch> launches;

    ProcessFigures(Path run) throws IOException {
        this.run = run;
        this.launches = launches(run.resolve("bench/ready.txt"));
    }

    Figures of(String name) throws IOException {
        Launch launch = launches.getOrDefault(name, Launch.UNKNOWN);
        return new Figures(name, startedIn(name).orElse(Double.NaN), launch.toReadySeconds(), launch.busyMillis(), rssMiB(name));
    }

    private OptionalDouble startedIn(String name) throws IOException {
        Path log = run.resolve("logs/" + name + ".log");
        if (!Files.exists(log)) {
            return OptionalDouble.empty();
        }
        try (var lines = Files.lines(log)) {
            return lines.map(STARTED_IN::matcher).filter(Matcher::find).mapToDouble(m -> Double.parseDouble(m.group(1)))
                    .findFirst();
        }
    }

    private double rssMiB(String name) throws IOException {
        Optional<String> pid = pid(run, name);
        if (pid.isEmpty()) {
            return Double.NaN;
        }
        Path status = Path.of("/proc", pid.get(), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        Matcher rss = VM_RSS.matcher(Files.readString(status));
        return rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : Double.NaN;
    }

    /** The process id start.sh or bench.sh wrote for a process of the suite, if it wrote one. */
    static Optional<String> pid(Path run, String name) throws IOException {
        Path file = run.resolve("pids/" + name + ".pid");
        return Files.exists(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
    }

    /** Lines "name seconds busy-milliseconds" that bench.sh wrote for each process it started. */
    private static Map<String, Launch> launches(Path file) throws IOException {
        Map<String, Launch> launches = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                List<String> parts = List.of(line.trim().split("\\s+"));
                if (parts.size() == 3) {
                    launches.put(parts.get(0), new Launch(Double.parseDouble(parts.get(1)), Double.parseDouble(parts.get(2))));
                }
            }
        }
        return launches;
    }
}
