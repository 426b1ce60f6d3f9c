# The admin dashboard, java -jar admin-dashboard/target/quarkus-app/quarkus-run.jar (prod profile),
# on the port the realm's mentor-dashboard client redirects to. It reads the four services with
# the user's token, so it starts after them; it needs no database or broker.
# shellcheck shell=bash

DASHBOARD=admin-dashboard
DASHBOARD_PORT=8080
DASHBOARD_URL="http://127.0.0.1:$DASHBOARD_PORT"
DASHBOARD_JAR="$ROOT/$DASHBOARD/target/quarkus-app/quarkus-run.jar"

dashboard_env() {
  local -n vars=$1
  local service name
  vars=("MENTOR_OIDC_URL=$KC_URL/realms/mentor" "QUARKUS_HTTP_HOST=127.0.0.1" "QUARKUS_HTTP_PORT=$DASHBOARD_PORT")
  for service in "${SERVICES[@]}"; do
    name=$(service_name "$service")
    name=${name%-service}
    vars+=("MENTOR_${name^^}_URL=http://127.0.0.1:$(service_port "$service")")
  done
}

dashboard_ready() { http_ok "$DASHBOARD_URL/q/health/ready"; }

dashboard_start() {
  local env
  if running "$DASHBOARD"; then
    log "$DASHBOARD: already running (pid $(read_pid "$DASHBOARD"))"
    return 0
  fi
  require_free_port "$DASHBOARD_PORT" "$DASHBOARD"
  dashboard_env env
  local cmd
  app_command cmd "$DASHBOARD_JAR" "${env[@]}"
  launch "$DASHBOARD" "${cmd[@]}"
  wait_for "$DASHBOARD" "$(read_pid "$DASHBOARD")" 60 dashboard_ready
  log "$DASHBOARD: ready on $DASHBOARD_URL"
}
