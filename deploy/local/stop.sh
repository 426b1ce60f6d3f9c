#!/usr/bin/env bash
# Stops what deploy/local/start.sh started, and nothing else: the PIDs recorded in .run/pids/
# (checked to be processes of this checkout), then PostgreSQL with pg_ctl. Data stays in .run/.
#
#   deploy/local/stop.sh
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The dashboard with the services: it only calls them. Every instance with a recorded PID, whatever
# --instances the start had.
stop_services() {
  local service k names=("$DASHBOARD") name pids=()
  for service in "${SERVICES[@]}"; do
    for k in $(recorded_instances "$service"); do names+=("$(instance_name "$service" "$k")"); done
  done
  for name in "${names[@]}"; do pids+=("$(read_pid "$name")"); done
  terminate services "${pids[@]}"
  for name in "${names[@]}"; do rm -f "$(pid_file "$name")"; done
}

# Keycloak's JVM and its kc.sh parent; Kafka alongside, as nothing depends on either any more.
stop_keycloak_and_kafka() {
  local keycloak
  mapfile -t keycloak < <(keycloak_stop_pids)
  terminate "Keycloak and Kafka" "${keycloak[@]}" "$(read_pid kafka)"
  rm -f "$(pid_file keycloak)" "$(pid_file keycloak-java)" "$(pid_file kafka)"
}

# Lists any process still running that start.sh could have started (there should be none).
leftovers() {
  local markers=("$KC_HOME/" "$KAFKA_LIBS/" "$PGDATA " "$SERVICE_MARKER ") args cmdline proc marker
  for proc in /proc/[0-9]*; do
    { mapfile -d '' args <"$proc/cmdline"; } 2>/dev/null || continue
    cmdline="${args[*]}"
    for marker in "${markers[@]}"; do
      if [[ $cmdline == *"$marker"* ]]; then echo "  pid ${proc#/proc/}: ${cmdline:0:150}"; break; fi
    done
  done
}

main() {
  START_MS=$(now_ms)
  stop_services
  stop_keycloak_and_kafka
  pg_stop
  local left
  left=$(leftovers)
  if [[ -n $left ]]; then
    echo "Still running from this checkout (not stopped by this script):"
    echo "$left"
    exit 1
  fi
  log "Nothing of the suite is running."
}

main "$@"
