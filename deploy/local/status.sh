#!/usr/bin/env bash
# Shows what of the local suite runs: PID, address, memory (PSS) and readiness.
#
#   deploy/local/status.sh
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

row() { printf '  %-19s %-9s %-24s %8s  %s\n' "$@"; }

mib() { [[ -n $1 ]] && echo "$(($1 / 1024)) MiB" || echo "-"; }

readiness() { if "$@"; then echo ready; else echo "not ready"; fi; }

show_postgres() {
  local pid
  if pg_external; then
    row PostgreSQL - "$MENTOR_DB_URL" - external
  elif pg_running; then
    pid=$(pg_postmaster_pid)
    row PostgreSQL "$pid" "127.0.0.1:$PG_PORT" "$(mib "$(pg_pss_kib)")" "$(readiness port_open "$PG_PORT") (postmaster + backends)"
  else
    row PostgreSQL - "127.0.0.1:$PG_PORT" - stopped
  fi
}

show_kafka() {
  if running kafka; then
    row Kafka "$(read_pid kafka)" "127.0.0.1:$KAFKA_PORT" "$(mib "$(pss_kib "$(read_pid kafka)")")" "$(readiness port_open "$KAFKA_PORT")"
  else
    row Kafka - "127.0.0.1:$KAFKA_PORT" - stopped
  fi
}

show_keycloak() {
  local pid
  if running keycloak; then
    pid=$(keycloak_java_pid)
    row Keycloak "$pid" "$KC_URL" "$(mib "$(pss_kib "$pid")")" "$(readiness keycloak_ready)"
  else
    row Keycloak - "$KC_URL" - stopped
  fi
}

# Every instance with a recorded PID (start.sh --instances N); the first instance also when stopped.
show_services() {
  local service k name port pid instances
  for service in "${SERVICES[@]}"; do
    mapfile -t instances < <(recorded_instances "$service")
    ((${#instances[@]} > 0)) || instances=(1)
    for k in "${instances[@]}"; do
      name=$(instance_name "$service" "$k")
      port=$(instance_port "$service" "$k")
      if running "$name"; then
        pid=$(read_pid "$name")
        row "$name" "$pid" "http://127.0.0.1:$port" "$(mib "$(pss_kib "$pid")")" "$(readiness service_ready "$port")"
      else
        row "$name" - "http://127.0.0.1:$port" - stopped
      fi
    done
  done
}

show_dashboard() {
  local pid
  if running "$DASHBOARD"; then
    pid=$(read_pid "$DASHBOARD")
    row "$DASHBOARD" "$pid" "$DASHBOARD_URL" "$(mib "$(pss_kib "$pid")")" "$(readiness dashboard_ready)"
  else
    row "$DASHBOARD" - "$DASHBOARD_URL" - stopped
  fi
}

main() {
  row component pid address memory state
  show_postgres
  show_kafka
  show_keycloak
  show_services
  show_dashboard
}

main "$@"
