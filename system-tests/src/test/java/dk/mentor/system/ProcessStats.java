package dk.mentor.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Resident memory of a process as the kernel reports it (VmRSS in /proc/&lt;pid&gt;/status). */
final class ProcessStats {

    /** USER_HZ: 100 on every Linux build these machines run (getconf CLK_TCK). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private ProcessStats() {
    }

    /** RSS in MiB, or -1 when the process is gone or /proc is not there. */
    static long rssMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(kib -> Long.parseLong(kib) / 1024)
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time the process has used (user + system), from /proc/&lt;pid&gt;/stat; unlike wall-clock
     * startup time it hardly depends on what else the machine is doing. -1 when unknown.
     */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The Keycloak JVM among this JVM's descendants (the launcher does not expose its pid; kc.sh
     * starts the JVM with -Dkc.home.dir), or -1.
     */
    static long keycloakPid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(args -> Arrays.stream(args).anyMatch(a -> a.startsWith("-Dkc.home.dir")))
                        .orElse(false))
                .mapToLong(ProcessHandle::pid)
                .findFirst().orElse(-1);
    }
}
