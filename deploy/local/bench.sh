#!/usr/bin/env bash
# Measures the services against a bare Quarkus peer in one run and writes the figures into
# docs/performance.md (between <!-- bench:begin --> and <!-- bench:end -->); the measurements take
# about 35 minutes, most of it warming each path up, the build and the suite's start before them more.
#
#   deploy/local/bench.sh [--rebuild] [--stop]
#
#   --rebuild  run ./mvnw package even when the jars exist
#   --stop     stop the whole local suite afterwards (deploy/local/stop.sh); the peer is always stopped
#
# Starts what is not running: the infrastructure (deploy/local/start.sh --no-services), the services'
# training starts when their class-data archives are stale (services_train, as start.sh does), then each
# service alone, one after the other, so that its start time is its own; loads the demo data
# through the public APIs when it is not there; then starts the peer (benchmarks/peer, port 8089,
# schema "peer" of the suite's database) and runs the harness (benchmarks/harness), which first
# vacuums and analyzes the database so that no run pays for what earlier runs left. Services that
# were already running are measured as they are; their start figures are then those of their own
# start (in .run/logs). With --rebuild, a running service stops the bench before it builds. Needs the
# local PostgreSQL cluster (not MENTOR_DB_URL). Loopback only.
#
# Environment: BENCH_SECONDS (8) per measurement; before each a warm-up in rounds of BENCH_WARMUP_SECONDS (10)
# until the path is steady (its throughput stopped rising) and answered BENCH_WARMUP_REQUESTS (10000)
# times, at most BENCH_WARMUP_MAX_SECONDS (180); for a write BENCH_WRITE_WARMUP_REQUESTS (100000) and
# BENCH_WRITE_WARMUP_MAX_SECONDS (420); BENCH_CALLERS (8),
# BENCH_EVENT_RATE (200 events/s, two per mentor registered), BENCH_EVENT_SECONDS (10) and
# BENCH_GROWTH_MEETINGS (300, logged to measure the storage a meeting takes); before each timed start
# the cores must rest: busy less than BENCH_QUIET_BUSY_MS (250) a second, waiting at most
# BENCH_QUIET_MAX_SECONDS (90).
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PEER=benchmark-peer
PEER_PORT=8089
PEER_JAR="$ROOT/benchmarks/peer/target/quarkus-app/quarkus-run.jar"
HARNESS_DIR="$ROOT/benchmarks/harness/target"
READY="$RUN/bench/ready.txt"
REBUILD=false
STOP=false

parse_args() {
  local arg
  for arg in "$@"; do
    case $arg in
      --rebuild) REBUILD=true ;;
      --stop) STOP=true ;;
      -h | --help) sed -n '2,/^set -euo/{/^#/p}' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
      *) die "unknown option $arg (try --help)" ;;
    esac
  done
}

# A rebuild replaces the jars of running services under them: they would be measured on the code they
# started with (or fail on a class loaded late from the new jar), and their start would not be timed.
refuse_rebuild_under_running_services() {
  local service
  [[ $REBUILD == true ]] || return 0
  for service in "${SERVICES[@]}"; do
    if running "$(service_name "$service")"; then
      die "$(service_name "$service") is running (pid $(read_pid "$(service_name "$service")")); stop the suite first (deploy/local/stop.sh) or leave out --rebuild"
    fi
  done
}

build() {
  if [[ $REBUILD != true && -f $PEER_JAR && -f $HARNESS_DIR/benchmark-harness.jar ]]; then
    services_build
    return 0
  fi
  log "Building (./mvnw -B -q package -DskipTests -Dmentor.appcds=true)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dmentor.appcds=true) || die "the build failed"
}

# cpu_busy_ms: how many milliseconds the cores (all together) were busy over the next second.
cpu_busy_ms() {
  local before after busy=0 field
  read -r -a before </proc/stat
  sleep 1
  read -r -a after </proc/stat
  for field in 1 2 3 6 7 8; do busy=$((busy + after[field] - before[field])); done # user nice system irq softirq steal
  echo $((busy * 1000 / $(getconf CLK_TCK)))
}

# A timed start is to measure the JVM and the service, not what else the two cores are doing at that
# moment: Keycloak's first minutes, the consumers applying what the demo data left them, the service
# started before. The run of 2026-12-07, 17:30 started the services right after the archives' training
# (1.45-1.81x the peer's start, which came after the demo data), while alone afterwards the same jars
# took 1.3-1.5x. Waits until the cores were busy less than BENCH_QUIET_BUSY_MS (250 ms a second, a
# quarter of one core; the whole idle suite uses 100-150) two seconds in a row, at most
# BENCH_QUIET_MAX_SECONDS (90); the log says how long it waited, and BUSY_AT_LAUNCH how busy the cores
# were in the last second (the start table shows it).
wait_until_quiet() {
  local began quiet=0
  began=$(now_ms)
  while ((quiet < 2)); do
    BUSY_AT_LAUNCH=$(cpu_busy_ms)
    if ((BUSY_AT_LAUNCH < ${BENCH_QUIET_BUSY_MS:-250})); then quiet=$((quiet + 1)); else quiet=0; fi
    if (($(now_ms) - began > ${BENCH_QUIET_MAX_SECONDS:-90} * 1000)); then
      log "the cores did not come to rest in ${BENCH_QUIET_MAX_SECONDS:-90} s (busy $BUSY_AT_LAUNCH ms a second); starting anyway"
      return 0
    fi
  done
  log "the cores at rest after $(seconds_since "$began") s (busy $BUSY_AT_LAUNCH ms a second)"
}

# launch_timed <name> <port> <command...>: wait for the cores to rest, start, wait for readiness, note
# launch-to-ready seconds and how busy the cores were just before.
launch_timed() {
  local name=$1 port=$2 began
  shift 2
  wait_until_quiet
  began=$(now_ms)
  launch "$name" "$@"
  wait_for "$name" "$(read_pid "$name")" 180 service_ready "$port"
  echo "$name $(seconds_since "$began") $BUSY_AT_LAUNCH" >>"$READY"
  log "$name: ready on http://127.0.0.1:$port ($(seconds_since "$began") s)"
}

start_services_one_by_one() {
  local service env cmd
  for service in "${SERVICES[@]}"; do
    if running "$(service_name "$service")"; then
      log "$(service_name "$service"): already running (pid $(read_pid "$(service_name "$service")")); measured as it is"
      continue
    fi
    require_free_port "$(service_port "$service")" "$(service_name "$service")"
    service_env "$service" "$(service_port "$service")" env
    app_command cmd "$(service_jar "$service")" "${env[@]}"
    launch_timed "$(service_name "$service")" "$(service_port "$service")" "${cmd[@]}"
  done
}

# The services' heap and collector (the ratios compare the code, not JVM options), but not their class-data
# archive, which is one of the services' own start-up measures; the suite's database (schema "peer") and realm.
start_peer() {
  require_free_port "$PEER_PORT" "$PEER"
  launch_timed "$PEER" "$PEER_PORT" env "PEER_HTTP_PORT=$PEER_PORT" \
    "MENTOR_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/mentor" "MENTOR_OIDC_URL=$KC_URL/realms/mentor" \
    java "${APP_JVM_OPTIONS[@]}" -jar "$PEER_JAR"
}

stop_peer() {
  local pid waited=0
  pid=$(read_pid "$PEER")
  if is_ours "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && ((waited++ < 60)); do sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    log "$PEER: stopped (pid $pid)"
  fi
  rm -f "$(pid_file "$PEER")"
}

finish() {
  stop_peer
  if [[ $STOP == true ]]; then "$LOCAL/stop.sh"; fi
}

main() {
  START_MS=$(now_ms)
  parse_args "$@"
  require_java
  pg_external && die "the benchmark needs the local PostgreSQL cluster; unset MENTOR_DB_URL"
  cd "$ROOT"
  refuse_rebuild_under_running_services
  build
  trap finish EXIT
  "$LOCAL/start.sh" --no-services
  mkdir -p "$RUN/bench"
  : >"$READY"
  services_train
  start_services_one_by_one
  demo_load
  start_peer
  log "Measuring (log: .run/logs/bench.log)"
  BENCH_KAFKA="127.0.0.1:$KAFKA_PORT" BENCH_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) \
    java -cp "$HARNESS_DIR/benchmark-harness.jar:$HARNESS_DIR/lib/*" dk.mentor.bench.harness.Bench "$ROOT" |
    tee "$LOGS/bench.log"
}

main "$@"
