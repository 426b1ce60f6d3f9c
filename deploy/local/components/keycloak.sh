# Keycloak in dev mode (H2 file database) with the mentor realm, on 127.0.0.1:8180.
# shellcheck shell=bash

KC_DIST="$DIST/keycloak-$KEYCLOAK_VERSION"
REALM_FILE="$ROOT/deploy/keycloak/mentor-realm.json"
KC_ADMIN_USER="admin"
KC_ADMIN_PASSWORD="admin"

# Unpacked into a temporary dir and renamed when complete: the tests use the same dist and may
# be unpacking it at this moment.
keycloak_dist() {
  [[ -x $KC_DIST/bin/kc.sh ]] && return 0
  log "Keycloak: fetching keycloak-quarkus-dist $KEYCLOAK_VERSION (168 MB) from Maven Central"
  local tmp
  tmp=$(mktemp -d "$DIST/.keycloak.XXXXXX")
  unpack_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" "$tmp"
  mv -T "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_DIST" 2>/dev/null || true
  rm -rf "$tmp"
  [[ -x $KC_DIST/bin/kc.sh ]] || die "unpacking Keycloak into $KC_DIST failed"
}

# The suite's Keycloak home: a copy of kc.sh (it takes its home from its own location), links to
# the dist's lib/, conf/, themes/ and providers/, and its own data/ (H2 database, realm import).
# The dist itself stays clean, so tests can start their own Keycloak from it at the same time.
keycloak_home() {
  mkdir -p "$KC_HOME/bin" "$KC_HOME/data/import"
  cp "$KC_DIST/bin/kc.sh" "$KC_HOME/bin/kc.sh"
  local dir
  for dir in lib conf themes providers; do ln -sfn "$KC_DIST/$dir" "$KC_HOME/$dir"; done
  keycloak_realm
}

# Keycloak imports a realm only into an empty database (it skips a realm that exists). When the
# realm file or a client secret (MENTOR_INTEGRATION_SECRET, MENTOR_CASE_SYSTEM_*_SECRET) changed since
# the last import, start from a new database.
keycloak_realm() {
  local stamp
  stamp=$( (cat "$REALM_FILE"; echo "${MENTOR_INTEGRATION_SECRET:-}"; env | grep '^MENTOR_CASE_SYSTEM_' | sort) | sha256sum | cut -d' ' -f1)
  if [[ $(cat "$KC_HOME/realm.sha256" 2>/dev/null) != "$stamp" ]]; then
    [[ -d $KC_HOME/data/h2 ]] && log "Keycloak: realm file or a client secret changed since the import; new dev database"
    rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/transaction-logs"
    cp "$REALM_FILE" "$KC_HOME/data/import/"
    echo "$stamp" >"$KC_HOME/realm.sha256"
  fi
}

keycloak_start() {
  if running keycloak; then
    log "Keycloak: already running (pid $(read_pid keycloak))"
    return 0
  fi
  require_free_port "$KC_PORT" Keycloak
  require_free_port "$KC_MANAGEMENT_PORT" "Keycloak management"
  keycloak_dist
  keycloak_home
  rm -f "$(pid_file keycloak-java)"
  local first=""
  # Quarkus leaves this file after augmenting; the dist's first start augments it (+25 s or more).
  [[ -f $KC_DIST/quarkus-artifact.properties ]] || first="; first start of this dist, about a minute"
  # --hostname fixes the issuer: without it a token fetched via "localhost" has another "iss"
  # than one fetched via 127.0.0.1, and the services reject it. Health lives on the management port.
  launch keycloak env KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
    "$KC_HOME/bin/kc.sh" start-dev --hostname "$KC_URL" \
    --http-host 127.0.0.1 --http-port "$KC_PORT" \
    --http-management-host 127.0.0.1 --http-management-port "$KC_MANAGEMENT_PORT" \
    --health-enabled true --import-realm
  log "Keycloak: starting (pid $(read_pid keycloak))$first"
}

keycloak_ready() { http_ok "http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready"; }

keycloak_await() {
  wait_for keycloak "$(read_pid keycloak)" 300 keycloak_ready
  keycloak_java_pid >"$(pid_file keycloak-java)"
  log "Keycloak: ready on $KC_URL (java pid $(read_pid keycloak-java))"
}

# kc.sh runs java as its child and forwards SIGTERM to it; after a re-augmentation it execs java
# instead. Either way this is the PID of the server JVM.
keycloak_java_pid() {
  local script
  script=$(read_pid keycloak)
  if [[ $(cat "/proc/$script/comm" 2>/dev/null) == java ]]; then echo "$script"; else children_of "$script"; fi
}

keycloak_stop_pids() {
  local script
  script=$(read_pid keycloak)
  { read_pid keycloak-java; [[ -n $script ]] && children_of "$script"; echo "$script"; } | sort -u | grep . || true
}
