# The four Quarkus services, each as java -jar <service>/target/quarkus-app/quarkus-run.jar (prod profile).
# shellcheck shell=bash

service_name() { echo "${1%%:*}"; }
service_port() { echo "${1##*:}"; }
service_jar() { echo "$ROOT/$(service_name "$1")/target/quarkus-app/quarkus-run.jar"; }

# Several instances of each service (start.sh --instances N) share the database and the broker, as
# replicas behind a load balancer would. Instance 1 keeps the service's name and port; instance k is
# named <service>-k and listens 100 ports higher per step: catalog 8081, 8181, 8281, ... Nine at most,
# so the ports stay clear of Kafka (9092, 9093) and Keycloak's management port (9180).
INSTANCES=1                   # start.sh --instances N sets it
MAX_INSTANCES=9
INSTANCE_PORT_STEP=100

instance_name() { if (($2 == 1)); then service_name "$1"; else echo "$(service_name "$1")-$2"; fi; }
instance_port() { echo $(($(service_port "$1") + ($2 - 1) * INSTANCE_PORT_STEP)); }

# The instance numbers of a service that have a recorded PID, whatever --instances the last start had,
# so status.sh and stop.sh find every instance start.sh left running.
recorded_instances() {
  local k
  for ((k = 1; k <= MAX_INSTANCES; k++)); do
    if [[ -f $(pid_file "$(instance_name "$1" "$k")") ]]; then echo "$k"; fi
  done
}

SERVICE_MARKER="-Dmentor.local-suite=$ROOT"

services_build() {
  local service missing=""
  for service in "${SERVICES[@]}"; do [[ -f $(service_jar "$service") ]] || missing+=" $(service_name "$service")"; done
  [[ -f $DEMO_JAR ]] || missing+=" demo-data"
  [[ -f $DASHBOARD_JAR ]] || missing+=" $DASHBOARD"
  if [[ -z $missing && ${REBUILD:-false} != true ]]; then return 0; fi
  log "Building the services (${missing:+missing:$missing; }./mvnw -B -q package -DskipTests -Dmentor.appcds=true)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dmentor.appcds=true) || die "the build failed"
  for service in "${SERVICES[@]}"; do
    [[ -f $(service_jar "$service") ]] || die "the build made no $(service_jar "$service")"
  done
  [[ -f $DASHBOARD_JAR ]] || die "the build made no $DASHBOARD_JAR"
  log "Build done"
}

# service_env <service> <port> <array to fill>. The local cluster has a login role per service
# (password = name) owning the schema of the same name; with MENTOR_DB_URL set, every service
# uses MENTOR_DB_USER / MENTOR_DB_PASSWORD.
service_env() {
  local -n vars=$3
  local role
  role=$(service_name "$1")
  role=${role%-service}
  if pg_external; then
    vars=("MENTOR_DB_URL=$MENTOR_DB_URL" "MENTOR_DB_USER=${MENTOR_DB_USER:-}" "MENTOR_DB_PASSWORD=${MENTOR_DB_PASSWORD:-}")
  else
    vars=("MENTOR_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/mentor" "MENTOR_DB_USER=$role" "MENTOR_DB_PASSWORD=$role")
  fi
  vars+=("KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT" "MENTOR_OIDC_URL=$KC_URL/realms/mentor")
  # The kit allows a request 1 s to get a connection, so that it answers 503 at once when the database
  # is gone. Here five JVMs start together, and on a small machine the first connection (Flyway's)
  # can take longer while they compile; the local suite waits longer, so a busy start does not fail.
  vars+=("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=${MENTOR_DB_ACQUISITION_TIMEOUT:-10S}"
    "QUARKUS_DATASOURCE_JDBC_LOGIN_TIMEOUT=${MENTOR_DB_LOGIN_TIMEOUT:-10S}")
  vars+=("QUARKUS_HTTP_HOST=127.0.0.1" "QUARKUS_HTTP_PORT=$2" "QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$DB_POOL_MAX")
  idempotency_key
  vars+=("MENTOR_IDEMPOTENCY_KEY=$MENTOR_IDEMPOTENCY_KEY")
  if [[ $(service_name "$1") == followup-service ]]; then
    cpr_keys
    vars+=("MENTOR_CPR_ENCRYPTION_KEY=$MENTOR_CPR_ENCRYPTION_KEY" "MENTOR_CPR_HASH_KEY=$MENTOR_CPR_HASH_KEY")
    # only while rotating the keys (docs/operations.md, "The CPR keys")
    local previous
    for previous in MENTOR_CPR_PREVIOUS_ENCRYPTION_KEY MENTOR_CPR_PREVIOUS_HASH_KEY; do
      if [[ -n ${!previous:-} ]]; then vars+=("$previous=${!previous}"); fi
    done
  fi
}

# The keys that encrypt and hash CPR numbers in followup-service. Taken from the environment when
# set; otherwise made once for this checkout and kept in .run, since data encrypted under a lost key
# is lost with it.
cpr_keys() {
  local file="$RUN/cpr-keys.env"
  if [[ -n ${MENTOR_CPR_ENCRYPTION_KEY:-} && -n ${MENTOR_CPR_HASH_KEY:-} ]]; then return 0; fi
  if [[ ! -f $file ]]; then
    mkdir -p "$RUN"
    (umask 077 && printf 'MENTOR_CPR_ENCRYPTION_KEY=%s\nMENTOR_CPR_HASH_KEY=%s\n' \
      "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" > "$file")
  fi
  # shellcheck disable=SC1090
  source "$file"
}

# The key every service fingerprints Idempotency-Key requests with. Taken from the environment when
# set; otherwise made once for this checkout and kept in .run, so a retry after a restart still replays.
idempotency_key() {
  local file="$RUN/idempotency-key.env"
  if [[ -n ${MENTOR_IDEMPOTENCY_KEY:-} ]]; then return 0; fi
  if [[ ! -f $file ]]; then
    mkdir -p "$RUN"
    (umask 077 && printf 'MENTOR_IDEMPOTENCY_KEY=%s\n' "$(head -c 32 /dev/urandom | base64)" > "$file")
  fi
  # shellcheck disable=SC1090
  source "$file"
}

# service_start <service> <instance number>
service_start() {
  local name port env
  name=$(instance_name "$1" "$2")
  port=$(instance_port "$1" "$2")
  if running "$name"; then
    log "$name: already running (pid $(read_pid "$name"))"
    return 0
  fi
  require_free_port "$port" "$name"
  service_env "$1" "$port" env
  local cmd
  app_command cmd "$(service_jar "$1")" "${env[@]}"
  launch "$name" "${cmd[@]}"
}

# app_command <array name> <jar> <NAME=VALUE...>: the command that runs a Quarkus application's jar with
# that environment, the services' JVM options (heap, collector) and the -D marker that tells this suite's
# processes apart from other runs of the same jars (system tests). With a class-data archive beside the
# jar the JVM maps the classes from it instead of loading them at every start: the trained one
# (services_train) when it is newer than the jar, else the build's (-Dmentor.appcds=true). An archive
# holds the class path as "quarkus-run.jar", so the JVM then starts in the jar's directory (from
# elsewhere it refuses the archive and loads every class itself). The serial collector is the one the JVM
# picks by itself in the Kubernetes containers (under 2 GB of memory), so here the services run as they do
# there; with a 256-MB heap it also costs less CPU than G1 (docs/performance.md). A class metadata space
# of 128 MB before the first collection it triggers: with the JVM's default of about 21 MB every service
# stopped for a full collection of its heap ("Metadata GC Threshold", 70-370 ms) while it started, and
# once more as it warmed up, a stall in the middle of its requests.
APP_JVM_OPTIONS=(-Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=128m)
app_command() {
  local -n result=$1
  local jar=$2 dir archive
  shift 2
  dir=$(dirname "$jar")
  archive=$(trained_archive "$jar")
  archive_current "$archive" "$jar" || archive="$dir/app-cds.jsa"
  if [[ -f $archive ]]; then
    result=(env -C "$dir" "$@" java "${APP_JVM_OPTIONS[@]}" "-XX:SharedArchiveFile=$archive" "$SERVICE_MARKER" -jar quarkus-run.jar)
  else
    result=(env "$@" java "${APP_JVM_OPTIONS[@]}" "$SERVICE_MARKER" -jar "$jar")
  fi
}

# The build's archive holds only what a start loads before it reaches the database, the broker and
# Keycloak, since Quarkus makes it at build time, where none of them is there: catalog-service then still
# loaded about 11,500 of its 18,500 classes from its jars (Hibernate's, Kafka's, Flyway's). A service
# started once against the running suite with -XX:ArchiveClassesAtExit writes, as it exits, an archive of
# every class its start loaded; from that one catalog started in 3.4-4.0 s against 4.4-6.0 s
# (docs/performance.md). The JVM refuses an archive whose quarkus-run.jar changed, so a build makes the
# trained archive stale and services_train makes it again.
TRAINED_ARCHIVE=app-cds-trained.jsa
trained_archive() { echo "$(dirname "$1")/$TRAINED_ARCHIVE"; }
archive_current() { [[ -f $1 && $1 -nt $2 ]]; }

# Each service whose trained archive is missing, stale or refused by this JVM (another JDK) starts once
# with -XX:ArchiveClassesAtExit and is stopped (SIGTERM) as soon as it is ready, all at once as
# services_start starts them: about 45 s after a build, nothing otherwise. A service already running is
# left alone (its port is taken); one whose archive was not written starts from the build's archive.
services_train() {
  local service name jar env training=() pids=()
  for service in "${SERVICES[@]}"; do
    name=$(service_name "$service")
    jar=$(service_jar "$service")
    if archive_current "$(trained_archive "$jar")" "$jar" && archive_usable "$jar" || running "$name"; then continue; fi
    require_free_port "$(service_port "$service")" "$name"
    service_env "$service" "$(service_port "$service")" env
    rm -f "$(trained_archive "$jar")"
    launch "$name" env -C "$(dirname "$jar")" "${env[@]}" java "${APP_JVM_OPTIONS[@]}" \
      "-XX:ArchiveClassesAtExit=$(trained_archive "$jar")" "$SERVICE_MARKER" -jar quarkus-run.jar
    training+=("$service")
  done
  ((${#training[@]} > 0)) || return 0
  log "Training the class-data archives: one start of each of ${#training[@]} services"
  for service in "${training[@]}"; do
    name=$(service_name "$service")
    wait_for "$name" "$(read_pid "$name")" "${MENTOR_READY_SECONDS:-120}" service_ready "$(service_port "$service")"
    pids+=("$(read_pid "$name")")
  done
  terminate "training starts" "${pids[@]}"
  for service in "${training[@]}"; do
    name=$(service_name "$service")
    rm -f "$(pid_file "$name")"
    jar=$(service_jar "$service")
    if ! archive_usable "$jar"; then
      rm -f "$(trained_archive "$jar")"
      log "$name: no usable trained archive written (log: $LOGS/$name.log); it starts from the build's archive"
    fi
  done
}

# The JVM itself checks the trained archive (-Xshare:on fails on one it cannot map), so that one cut
# short by a SIGKILL while it was written, or made by another JDK, is not used.
archive_usable() {
  [[ -f $(trained_archive "$1") ]] &&
    env -C "$(dirname "$1")" java "${APP_JVM_OPTIONS[@]}" -Xshare:on "-XX:SharedArchiveFile=$TRAINED_ARCHIVE" \
      -cp quarkus-run.jar -version >/dev/null 2>&1
}

service_ready() { http_ok "http://127.0.0.1:$1/q/health/ready"; }

# Instance by instance: every service's first instance, then every second one, ... Only the first
# round migrates the schema; the later ones find it done.
services_start() {
  local service k name
  for ((k = 1; k <= INSTANCES; k++)); do
    for service in "${SERVICES[@]}"; do service_start "$service" "$k"; done
    for service in "${SERVICES[@]}"; do
      name=$(instance_name "$service" "$k")
      wait_for "$name" "$(read_pid "$name")" "${MENTOR_READY_SECONDS:-120}" service_ready "$(instance_port "$service" "$k")"
      log "$name: ready on http://127.0.0.1:$(instance_port "$service" "$k")"
    done
  done
}
