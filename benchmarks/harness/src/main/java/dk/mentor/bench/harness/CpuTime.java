package dk.mentor.bench.harness;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time the local suite's processes have used, from /proc: what a path costs the whole suite, not
 * only the service it calls. A catalogue POST also costs the relay's sends, matching's and refusion's
 * consumers, PostgreSQL and Kafka, all on the same cores, and no throughput figure shows that share.
 */
final class CpuTime {

    /** The processes of the local suite, by the names of their pid files in .run/pids. */
    static final List<String> PROCESSES = Stream.concat(ProcessFigures.APPLICATIONS.stream(),
            Stream.of("postgres", "kafka")).toList();
    /** Linux's USER_HZ, the unit of the times in /proc/<pid>/stat; 100 on every architecture Java runs on here. */
    private static final double TICKS_PER_SECOND = 100;

    /** CPU seconds per process at one moment. */
    record Sample(Map<String, Double> seconds) {

        /** Milliseconds of CPU per request of each process between {@code before} and this sample. */
        Map<String, Double> millisPerRequest(Sample before, long requests) {
            Map<String, Double> perRequest = new LinkedHashMap<>();
            seconds.forEach((name, now) -> {
                Double then = before.seconds().get(name);
                if (then != null && requests > 0) {
                    perRequest.put(name, (now - then) * 1000 / requests);
                }
            });
            return perRequest;
        }
    }

    private final Path run;

    CpuTime(Path run) {
        this.run = run;
    }

    Sample sample() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            try {
                String pid = ProcessFigures.pid(run, name).orElseThrow();
                seconds.put(name, (name.equals("postgres") ? postgresTicks(pid) : ownTicks(pid)) / TICKS_PER_SECOND);
            } catch (IOException | RuntimeException e) {
                // not running (the peer between runs) or gone: left out of the table
            }
        }
        return new Sample(seconds);
    }

    /** utime + stime of one process. */
    private static long ownTicks(String pid) throws IOException {
        String[] fields = fields(pid);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * PostgreSQL runs a process per connection: the postmaster's own time, that of the connections that
     * ended (its cutime and cstime, since it waits for them) and that of every living child.
     */
    private static long postgresTicks(String postmaster) throws IOException {
        String[] fields = fields(postmaster);
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String[] child = fields(process.getFileName().toString());
                    if (child[1].equals(postmaster)) {
                        ticks += Long.parseLong(child[11]) + Long.parseLong(child[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // ended while the directory was read
                }
            }
        }
        return ticks;
    }

    /** The fields of /proc/<pid>/stat after the command name (which may hold spaces): [0] is the state, [1] the parent. */
    private static String[] fields(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
