package dk.mentor.bench.harness;

import java.util.Map;

/**
 * Where the suite and the peer answer and how long each measurement runs; every value from an
 * environment variable, with the local suite's defaults (deploy/local/bench.sh passes them on).
 */
record Settings(String catalog, String matching, String followup, String refusion, String peer, String tokenUrl,
                String jdbcUrl, String jdbcUser, String kafka, int callers, double seconds, double warmupSeconds, long warmupRequests,
                double warmupMaxSeconds, long writeWarmupRequests, double writeWarmupMaxSeconds,
                double eventRate, double eventSeconds, int growthMeetings, String commit) {

    static Settings fromEnvironment(Map<String, String> env) {
        return new Settings(
                env.getOrDefault("MENTOR_CATALOG_URL", "http://127.0.0.1:8081"),
                env.getOrDefault("MENTOR_MATCHING_URL", "http://127.0.0.1:8082"),
                env.getOrDefault("MENTOR_FOLLOWUP_URL", "http://127.0.0.1:8083"),
                env.getOrDefault("MENTOR_REFUSION_URL", "http://127.0.0.1:8084"),
                env.getOrDefault("BENCH_PEER_URL", "http://127.0.0.1:8089"),
                env.getOrDefault("MENTOR_TOKEN_URL", "http://127.0.0.1:8180/realms/mentor/protocol/openid-connect/token"),
                // the local cluster trusts its superuser on loopback; the harness only reads: matching's and
                // refusion's tables and the statistics
                env.getOrDefault("BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:15432/mentor"),
                env.getOrDefault("BENCH_JDBC_USER", "postgres"),
                // the broker, for the consumers' backlog (ConsumerBacklog)
                env.getOrDefault("BENCH_KAFKA", "127.0.0.1:9092"),
                Integer.parseInt(env.getOrDefault("BENCH_CALLERS", "8")),
                Double.parseDouble(env.getOrDefault("BENCH_SECONDS", "8")),
                // the warm-up's round; it runs until a path's throughput stops rising (Bench.warmUp)
                Double.parseDouble(env.getOrDefault("BENCH_WARMUP_SECONDS", "10")),
                Long.parseLong(env.getOrDefault("BENCH_WARMUP_REQUESTS", "10000")),
                Double.parseDouble(env.getOrDefault("BENCH_WARMUP_MAX_SECONDS", "180")),
                // a write's path is compiled only after about 100,000 calls (docs/performance.md); a slow rise
                // over 10-s rounds can look steady long before
                Long.parseLong(env.getOrDefault("BENCH_WRITE_WARMUP_REQUESTS", "100000")),
                Double.parseDouble(env.getOrDefault("BENCH_WRITE_WARMUP_MAX_SECONDS", "420")),
                Double.parseDouble(env.getOrDefault("BENCH_EVENT_RATE", "200")),
                Double.parseDouble(env.getOrDefault("BENCH_EVENT_SECONDS", "10")),
                Integer.parseInt(env.getOrDefault("BENCH_GROWTH_MEETINGS", "300")),
                env.getOrDefault("BENCH_COMMIT", "unknown"));
    }
}
