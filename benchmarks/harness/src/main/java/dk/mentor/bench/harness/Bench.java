package dk.mentor.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.demo.CachedTokens;
import dk.mentor.demo.PasswordGrant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark run: the peer's GET and POST, then in each service an audited single read, a list
 * page of 20 and a write with outbox and audit, each first as throughput at a number of callers and
 * then as latency at a fixed rate, each beside the peer's request of the same kind measured right before
 * it, at the same callers and then at half the peer's throughput; then committed event to effect;
 * then start and memory of every process. Prints the tables and writes them into
 * docs/performance.md. deploy/local/bench.sh starts what it needs and runs it:
 * {@code java -cp benchmark-harness.jar:lib/* dk.mentor.bench.harness.Bench <repo root>}.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A warm-up round this much faster than the best before it means the path is still getting faster. */
    private static final double STEADY_GAIN = 0.03;
    private static final int STEADY_ROUNDS = 3;

    private final Settings settings;
    private final Load load;
    private final Targets targets;
    private final CpuTime cpu;
    private final Path root;
    private final ConsumerBacklog backlog;

    private Bench(Settings settings, Path root) {
        this.settings = settings;
        this.root = root;
        this.cpu = new CpuTime(root.resolve(".run"));
        this.load = new Load(new CachedTokens(new PasswordGrant(settings.tokenUrl(), "demo")));
        this.targets = new Targets(settings, load);
        this.backlog = new ConsumerBacklog(settings.kafka());
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Bench bench = new Bench(Settings.fromEnvironment(System.getenv()), root);
        try {
            bench.run();
        } finally {
            bench.backlog.close();
        }
    }

    private void run() throws Exception {
        Instant began = Instant.now();
        System.out.println("vacuuming and analyzing the database");
        Duration settled = Settle.database(settings.jdbcUrl(), settings.jdbcUser());
        double loadBefore = loadAverage();
        Targets.Set set = targets.discover();

        List<Measured> measured = new ArrayList<>();
        Measured peerRead = measurePeer(set.peerRead());
        Measured peerWrite = measurePeer(set.peerWrite());
        measured.add(peerRead);
        measured.add(peerWrite);
        List<Measured> writesAtOwnHalf = new ArrayList<>(List.of(peerWrite));
        EventLag events = new EventLag(load, settings.jdbcUrl(), settings.jdbcUser());
        for (Call call : set.paths()) {
            Measured m = measure(call, call.kind() == Call.Kind.READ ? set.peerRead() : set.peerWrite());
            measured.add(m);
            if (call.kind() == Call.Kind.WRITE) {
                writesAtOwnHalf.add(atOwnHalf(m));
                Measured alone = requestPath(m);
                measured.add(alone);
                writesAtOwnHalf.add(alone);
            }
        }

        awaitBacklog();
        System.out.printf("events: %.0f/s (%.0f mentors/s) for %.0f s%n", settings.eventRate(),
                settings.eventRate() / EventLag.EVENTS_PER_MENTOR, settings.eventSeconds());
        EventLag.Result lag = events.measure(set.eventSource(), settings.eventRate(), settings.eventSeconds(),
                Duration.ofSeconds(30));

        System.out.printf("growth: %d meetings logged%n", settings.growthMeetings());
        Growth.Result growth = new Growth(load, settings, root.resolve(".run/kafka/data"))
                .measure(settings.growthMeetings(), Duration.ofSeconds(120));

        ProcessFigures processes = new ProcessFigures(root.resolve(".run"));
        List<ProcessFigures.Figures> figures = new ArrayList<>();
        for (String name : ProcessFigures.APPLICATIONS) {
            figures.add(processes.of(name));
        }

        Report report = new Report();
        String at = began.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", "");
        report.line(String.format(Locale.ROOT,
                "Run of %s UTC, %d s, commit %s; the database vacuumed and analyzed first (%d s); load average %.1f"
                        + " before and %.1f after; each measurement %.0f s after a"
                        + " warm-up until steady (rounds of %.0f s, at least %,d requests and %,d for a write, at most %.0f s"
                        + " and %.0f s for a write), loopback only.",
                at, Duration.between(began, Instant.now()).toSeconds(), settings.commit(), settled.toSeconds(), loadBefore,
                loadAverage(),
                settings.seconds(), settings.warmupSeconds(), settings.warmupRequests(), settings.writeWarmupRequests(),
                settings.warmupMaxSeconds(), settings.writeWarmupMaxSeconds()));
        report.line("");
        report.line("Requests (a service's ratio is to the peer's GET for reads and lists, to its POST for writes, each"
                + " measured right before the service's path, whose figure is given after the ratio; the fixed rate is half"
                + " that peer's throughput; the peer's first two rows are its figures at the start of the run; a write"
                + " \"with the consumers paused\" ran with the other services held still, its fixed rate half its own"
                + " throughput):");
        report.line("");
        report.requests(measured, settings.callers());
        report.line("");
        report.line("Writes at half their own maximum (a write slower than the peer's cannot keep half the peer's rate,"
                + " so its latency at half load is measured at half of what it reached at " + settings.callers() + " callers):");
        report.line("");
        report.atOwnHalf(writesAtOwnHalf);
        report.line("");
        report.line("CPU per answered request at " + settings.callers() + " callers, by process (milliseconds; what a path"
                + " costs the whole suite on the same cores, a write's consumers and relay included unless paused):");
        report.line("");
        report.cpu(measured);
        report.line("");
        report.line("Committed event to its effect in the consumer (PostgreSQL's commit timestamps of both transactions):");
        report.line("");
        report.events("catalog mentor POST (MentorRegistered, MentorProfileChanged) → matching's mentor_candidate row", lag);
        report.line("");
        report.line("Storage per logged meeting (" + growth.meetings() + " meetings through followup's API, "
                + (growth.allPriced() ? "all" : "NOT all") + " in refusion's ledger when measured; PostgreSQL's tables,"
                + " indexes and TOAST before vacuum, so updated rows count twice):");
        report.line("");
        report.growth(growth);
        report.line("");
        report.line("Start and memory (ratios to the peer; before each launch bench.sh waits a while for the cores to rest,"
                + " and a start after busy cores is slowed by what else ran then):");
        report.line("");
        report.processes(figures);
        System.out.println();
        System.out.print(report.text());
        Path markdown = root.resolve("docs/performance.md");
        report.writeInto(markdown);
        System.out.println();
        System.out.println("written into " + markdown);
    }

    /** The peer's reference figures, at the start of the run: its fixed rate is half its own throughput. */
    private Measured measurePeer(Call call) {
        warmUp(call);
        CpuTime.Sample before = cpu.sample();
        Outcome callers = load.closedLoop(call, settings.callers(), settings.seconds());
        Map<String, Double> cpuMillis = cpu.sample().millisPerRequest(before, callers.ok());
        double rate = callers.perSecond() / 2;
        Outcome atRate = atFixedRate(call, rate);
        print(call, callers, rate, atRate);
        return new Measured(call, callers, cpuMillis, rate, atRate, null);
    }

    /**
     * A service's path beside the peer's request of the same kind: once the path is warm, the peer at the
     * same callers and at half the throughput it just reached, then the path the same two ways. The
     * machine's speed drifts by a third within minutes (other work on the host, PostgreSQL's background
     * work), so a baseline measured seconds before is a fairer divisor than the run's first. Both of the
     * peer's measurements come first, since a write leaves the consumers a backlog of events that would
     * take its share of the cores from a peer measured after it; for the same reason the consumers first
     * apply the backlog of a write's warm-up.
     */
    private Measured measure(Call call, Call peer) {
        warmUp(call);
        if (call.kind() == Call.Kind.WRITE) {
            awaitBacklog();
        }
        Outcome peerCallers = load.closedLoop(peer, settings.callers(), settings.seconds());
        double rate = peerCallers.perSecond() / 2;
        Outcome peerAtRate = load.fixedRate(peer, rate, settings.seconds());
        CpuTime.Sample before = cpu.sample();
        Outcome callers = load.closedLoop(call, settings.callers(), settings.seconds());
        Map<String, Double> cpuMillis = cpu.sample().millisPerRequest(before, callers.ok());
        Outcome atRate = atFixedRate(call, rate);
        print(call, callers, rate, atRate);
        System.out.printf(Locale.ROOT, "%-50s %,8.0f req/s  p99 %.1f ms | at %,.0f/s: p99 %.1f ms (the peer beside it)%n",
                "", peerCallers.perSecond(), peerCallers.p99Millis(), rate, peerAtRate.p99Millis());
        return new Measured(call, callers, cpuMillis, rate, atRate, new Measured.Beside(peerCallers, peerAtRate));
    }

    /**
     * A paced round first: the paced senders' own code warms up too; cold, it held the run's first paced path
     * (the peer's GET) at a p50 of 222 ms at half the peer's rate, against 2 ms for the next path.
     */
    private Outcome atFixedRate(Call call, double rate) {
        load.fixedRate(call, rate, settings.warmupSeconds());
        return load.fixedRate(call, rate, settings.seconds());
    }

    private static void print(Call call, Outcome callers, double rate, Outcome atRate) {
        System.out.printf(Locale.ROOT, "%-50s %,8.0f req/s  p50 %.1f ms  p99 %.1f ms | at %,.0f/s: p50 %.1f ms"
                        + "  p99 %.1f ms | failed %d%n", call.label(), callers.perSecond(), callers.p50Millis(),
                callers.p99Millis(), rate, atRate.p50Millis(), atRate.p99Millis(),
                callers.failed() + atRate.failed());
    }

    /**
     * Runs the call in rounds of {@code warmupSeconds} until it is steady: answered at least {@code warmupRequests}
     * times ({@code writeWarmupRequests} for a write), and the last {@link #STEADY_ROUNDS} rounds each no more than
     * {@link #STEADY_GAIN} faster than the best round before them; at most {@code warmupMaxSeconds}
     * ({@code writeWarmupMaxSeconds}). The JIT goes on compiling a service's larger paths for tens of thousands
     * of calls (a catalogue POST rose from 140 to 559 req/s over its first 95,000), while the peer's small path is
     * steady after a few thousand; a fixed count measured the services less compiled than the peer.
     */
    private void warmUp(Call call) {
        boolean write = call.kind() == Call.Kind.WRITE;
        long least = write ? settings.writeWarmupRequests() : settings.warmupRequests();
        double most = write ? settings.writeWarmupMaxSeconds() : settings.warmupMaxSeconds();
        long requests = 0;
        double seconds = 0;
        double best = 0;
        int flat = 0;
        do {
            Outcome round = load.closedLoop(call, settings.callers(), settings.warmupSeconds());
            requests += round.ok() + round.failed();
            seconds += round.seconds();
            flat = round.perSecond() <= best * (1 + STEADY_GAIN) ? flat + 1 : 0;
            best = Math.max(best, round.perSecond());
        } while ((requests < least || flat < STEADY_ROUNDS) && seconds < most);
        System.out.printf(Locale.ROOT, "%-50s warmed up: %,d requests in %.0f s (%s)%n", call.label(), requests,
                seconds, flat >= STEADY_ROUNDS ? "steady" : "still rising at the limit");
    }

    /** The same write at a fixed rate of half its own throughput at the callers. */
    private Measured atOwnHalf(Measured m) {
        double rate = m.callers().perSecond() / 2;
        Outcome atRate = load.fixedRate(m.call(), rate, settings.seconds());
        System.out.printf(Locale.ROOT, "%-50s at its own half, %,.0f/s: p50 %.1f ms  p99 %.1f ms | failed %d%n",
                m.call().label(), rate, atRate.p50Millis(), atRate.p99Millis(), atRate.failed());
        return new Measured(m.call(), m.callers(), m.cpuMillis(), rate, atRate, m.peer());
    }

    /**
     * The write once more with the other services held still ({@link PausedConsumers}): its request path, its
     * outbox relay, PostgreSQL and Kafka on the cores, as the peer's POST has them, against the same peer
     * beside it. Throughput at the callers, then latency at half of that; the consumers then apply what the
     * measurement left them before the next path.
     */
    private Measured requestPath(Measured m) throws IOException {
        Call call = m.call().labelled(m.call().label() + ", the consumers paused");
        Outcome callers;
        Map<String, Double> cpuMillis;
        Outcome atRate;
        try (PausedConsumers paused = PausedConsumers.besides(call.service(), root.resolve(".run"))) {
            CpuTime.Sample before = cpu.sample();
            callers = load.closedLoop(call, settings.callers(), settings.seconds());
            cpuMillis = cpu.sample().millisPerRequest(before, callers.ok());
            atRate = load.fixedRate(call, callers.perSecond() / 2, settings.seconds());
        }
        Measured alone = new Measured(call, callers, cpuMillis, callers.perSecond() / 2, atRate, m.peer());
        print(call, callers, alone.rate(), atRate);
        awaitBacklog();
        return alone;
    }

    /** Until every consumer has applied the events the writes left it, so that no measurement shares the cores with them. */
    private void awaitBacklog() {
        System.out.println("waiting for the consumers to apply the writes' events");
        long behind = backlog.await(Duration.ofSeconds(180));
        if (behind > 0) {
            System.out.printf("still %d events behind; going on%n", behind);
        }
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    static String json(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
