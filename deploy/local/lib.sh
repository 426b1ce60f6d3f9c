# Shared settings and helpers of start.sh, stop.sh and status.sh. Sourced, never run.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOCAL="$ROOT/deploy/local"
RUN="$ROOT/.run"              # git-ignored: everything the suite downloads, writes and logs
PIDS="$RUN/pids"
LOGS="$RUN/logs"
DIST="$RUN/dist"              # shared with the tests (Surefire's suite.dist.dir)

# A property of the root pom, where the versions the tests use are kept: one place for both.
pom_property() {
  local value
  value=$(sed -n "s|^ *<$1>\(.*\)</$1>.*|\1|p" "$ROOT/pom.xml" | head -n 1)
  [[ -n $value ]] || { printf 'ERROR: no <%s> in %s\n' "$1" "$ROOT/pom.xml" >&2; exit 1; }
  echo "$value"
}

KEYCLOAK_VERSION=$(pom_property keycloak.version)
PG_CENTRAL_VERSION=$(pom_property zonky.pg.version) # io.zonky.test.postgres binaries, used where PostgreSQL is not installed
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:$(pom_property dependency-plugin.version)

PG_PORT=15432                 # never 5432: another server may own it
DB_POOL_MAX=10                # connections per service instance, as in deploy/kubernetes
# 4 services x 9 instances (services.sh) x DB_POOL_MAX, the bench's peer (20) and the tools': with
# PostgreSQL's default of 100, four services' pools of 20 and the peer's left the last service none
PG_MAX_CONNECTIONS=400
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KC_PORT=8180
KC_MANAGEMENT_PORT=9180
KC_URL="http://127.0.0.1:$KC_PORT"
PGDATA="$RUN/pg"
KAFKA_LIBS="$RUN/kafka-libs"
KC_HOME="$RUN/keycloak"       # this suite's Keycloak home: own data/, the dist's lib/ (see keycloak_home)

SERVICES=(catalog-service:8081 matching-service:8082 followup-service:8083 refusion-service:8084)
TOPICS=(catalog.mentor.v1 catalog.training.v1 catalog.code-list.v1 matching.mentorship.v1 followup.plan.v1 refusion.claim.v1)
DEMO_PASSWORD=demo

mkdir -p "$PIDS" "$LOGS" "$DIST"

# ---- output -------------------------------------------------------------------------------

START_MS=${START_MS:-}

now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }

seconds_since() { local ms=$(($(now_ms) - $1)); printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)); }

log() { printf '[%6ss] %s\n' "$(seconds_since "${START_MS:-$(now_ms)}")" "$*"; }

die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

show_log_tail() {
  [[ -f $1 ]] || return 0
  printf -- '--- last lines of %s ---\n' "$1" >&2
  tail -n "${2:-40}" "$1" >&2
  printf -- '---\n' >&2
}

# ---- processes ----------------------------------------------------------------------------

pid_file() { echo "$PIDS/$1.pid"; }

read_pid() { local f; f=$(pid_file "$1"); [[ -f $f ]] && cat "$f" || true; }

# Alive and started from this checkout. Every process the suite starts names a path under $ROOT
# on its command line; checking that guards against signalling a recycled PID.
is_ours() {
  local pid=$1 cmdline
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ $cmdline == *"$ROOT/"* ]]
}

running() { is_ours "$(read_pid "$1")"; }

# PIDs whose parent is $1, read from /proc (ps is not part of coreutils).
children_of() {
  local parent=$1 stat fields ppid
  for stat in /proc/[0-9]*/stat; do
    { read -r fields <"$stat"; } 2>/dev/null || continue
    fields=${fields##*) }            # skip "pid (comm) "; comm may contain spaces
    read -r _ ppid _ <<<"$fields"
    if [[ $ppid == "$parent" ]]; then
      stat=${stat#/proc/}
      echo "${stat%/stat}"
    fi
  done
}

# Proportional set size: unlike RSS, memory shared between processes (PostgreSQL's shared
# buffers) is split among them instead of counted in each. Falls back to RSS on old kernels.
pss_kib() {
  local file=/proc/$1/smaps_rollup key=Pss: name value
  [[ -r $file ]] || { file=/proc/$1/status; key=VmRSS:; }
  [[ -r $file ]] || return 0
  while read -r name value _; do
    if [[ $name == "$key" ]]; then echo "$value"; fi
  done 2>/dev/null <"$file"
}

# Run in the background, detached from the terminal's stdin, output to .run/logs/<name>.log.
# Background jobs of a non-interactive shell ignore SIGINT, so Ctrl-C on start.sh spares them.
launch() {
  local name=$1; shift
  nohup "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
}

# wait_for <name> <pid> <timeout s> <check command...>: poll every 250 ms; on timeout, or when the
# process dies first, show the end of its log and fail.
wait_for() {
  local name=$1 pid=$2 timeout=$3; shift 3
  local deadline=$(($(now_ms) + timeout * 1000))
  until "$@"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log_tail "$LOGS/$name.log" 25
      die "$name (pid $pid) exited before it was ready; log: $LOGS/$name.log; deploy/local/stop.sh stops the rest"
    fi
    if (($(now_ms) > deadline)); then
      show_log_tail "$LOGS/$name.log" 25
      die "$name was not ready within ${timeout}s; it is still running (pid $pid), deploy/local/stop.sh stops it"
    fi
    sleep 0.25
  done
}

# Longer than the services' own shutdown timeout (20 s): a service with several consumers takes about
# 15 s to leave its consumer groups, and one cut short leaves its partitions to a session timeout.
GRACE_SECONDS=30

# SIGTERM to all given PIDs at once, up to GRACE_SECONDS for them to exit, then SIGKILL to each
# PID still alive (that PID only). SIGCONT after the SIGTERM: a stopped process (the bench holds the
# consumers still while it measures a write's request path) would otherwise keep the signal pending.
terminate() {
  local label=$1; shift
  local pid alive=() deadline
  for pid in "$@"; do
    if is_ours "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      kill -CONT "$pid" 2>/dev/null || true
      alive+=("$pid")
    fi
  done
  ((${#alive[@]} > 0)) || return 0
  deadline=$(($(now_ms) + GRACE_SECONDS * 1000))
  while (($(now_ms) < deadline)) && any_alive "${alive[@]}"; do sleep 0.25; done
  for pid in "${alive[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      log "$label: pid $pid ignored SIGTERM for ${GRACE_SECONDS}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  log "$label: stopped (pid ${alive[*]})"
}

any_alive() {
  local pid
  for pid in "$@"; do if kill -0 "$pid" 2>/dev/null; then return 0; fi; done
  return 1
}

# ---- network ------------------------------------------------------------------------------

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1") == 200 ]]; }

require_free_port() {
  if port_open "$1"; then die "port $1 ($2) is in use by a process this suite did not start"; fi
}

# ---- tools --------------------------------------------------------------------------------

# mvn_pom <pom> <goal and options...>: the repo's Maven wrapper on one of deploy/local's tool poms,
# which are no modules of the build.
mvn_pom() { "$ROOT/mvnw" -B -q -f "$1" "${@:2}"; }

# unpack_artifact <groupId:artifactId:version:type> <target dir>. Run inside the target dir: without
# a project the plugin writes its "already unpacked" markers to ./${project.basedir}/target, and
# they then vanish with the temporary target instead of making a later unpack skip.
unpack_artifact() {
  mkdir -p "$2"
  (cd "$2" && "$ROOT/mvnw" -B -q "$DEPENDENCY_PLUGIN:unpack" -Dartifact="$1" -DoutputDirectory="$2" \
    -Dmdep.overWriteReleases=true)
}

sha256_of() { cat "$@" | sha256sum | cut -d' ' -f1; }

require_java() {
  command -v java >/dev/null || die "no java on PATH; the suite needs a JDK 17 or newer"
  local banner
  banner=$(java -version 2>&1 | head -n 1)
  [[ $banner =~ version\ \"([0-9]+) ]] && ((BASH_REMATCH[1] >= 17)) ||
    die "the suite needs Java 17 or newer; java -version says: $banner"
}

# ---- components ---------------------------------------------------------------------------

for component in postgres kafka keycloak services dashboard demo; do
  # shellcheck source=/dev/null
  source "$LOCAL/components/$component.sh"
done
