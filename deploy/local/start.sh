#!/usr/bin/env bash
# Starts the whole suite on this machine: PostgreSQL, Kafka, Keycloak, the four services and the admin dashboard.
# Needs a JDK 17+, bash, curl, tar and coreutils; everything else comes from Maven Central through
# the repo's Maven wrapper, or from the system where PostgreSQL is installed.
#
#   deploy/local/start.sh [--no-services] [--no-demo] [--rebuild] [--instances N]
#
#   --no-services  only the infrastructure (PostgreSQL, Kafka, Keycloak), no services and no dashboard
#   --no-demo      do not load the demo data (otherwise loaded once, into a suite without plans)
#   --rebuild      run ./mvnw package even when the service jars exist
#   --instances N  N instances (1 to 9, default 1) of each of the four services, on the same database
#                  and broker: instance k listens 100 ports above instance k-1 (catalog 8081, 8181,
#                  8281, ...; matching 8082, 8182, ...) and logs to .run/logs/<service>-k.log. The
#                  dashboard and the demo loader use the first instance of each.
#
# Environment:
#   MENTOR_DB_URL, MENTOR_DB_USER, MENTOR_DB_PASSWORD  use this database; no local PostgreSQL
#   MENTOR_INTEGRATION_SECRET  secret of the mentor-integration client (default dev-integration-secret)
#   MENTOR_CASE_SYSTEM_<PLACE>_SECRET  secret of case-system-<place>, PLACE = AARHUS, SKANDERBORG, KOBENHAVN
#                              (default dev-case-system-<place>-secret)
#   MENTOR_CPR_ENCRYPTION_KEY, MENTOR_CPR_HASH_KEY  base64 32-byte keys for CPR numbers in followup-service
#                              (default: made once and kept in .run/cpr-keys.env)
#   MENTOR_CPR_PREVIOUS_ENCRYPTION_KEY, MENTOR_CPR_PREVIOUS_HASH_KEY  the retired keys while rotating them
#   MENTOR_IDEMPOTENCY_KEY     base64 key (32+ bytes) every service fingerprints Idempotency-Key requests with
#                              (default: made once and kept in .run/idempotency-key.env)
#   MENTOR_PG_BINARIES         auto (default), system or central: where the PostgreSQL binaries come from
#   MENTOR_DB_ACQUISITION_TIMEOUT, MENTOR_DB_LOGIN_TIMEOUT  how long a service waits for a database connection
#                              (default 10S here, for a busy start; the services' own default is 1S)
#   MENTOR_READY_SECONDS       how long start.sh waits for each service to be ready (default 120; more on a busy machine)
#
# Running it again starts only what is not running. deploy/local/stop.sh stops what it started.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WITH_SERVICES=true
WITH_DEMO=true
REBUILD=false
DEMO_PLAN_LINE=""

parse_args() {
  while (($# > 0)); do
    case $1 in
      --no-services) WITH_SERVICES=false ;;
      --no-demo) WITH_DEMO=false ;;
      --rebuild) REBUILD=true ;;
      --instances) (($# > 1)) || die "--instances needs a number"; INSTANCES=$2; shift ;;
      --instances=*) INSTANCES=${1#--instances=} ;;
      -h | --help) sed -n '2,/^set -euo/{/^#/p}' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
      *) die "unknown option $1 (try --help)" ;;
    esac
    shift
  done
  [[ $INSTANCES =~ ^[1-9]$ ]] || die "--instances takes a number from 1 to $MAX_INSTANCES, not '$INSTANCES'"
}

on_interrupt() {
  echo >&2
  die "interrupted; what has started keeps running: deploy/local/status.sh shows it, deploy/local/stop.sh stops it"
}

# Keycloak is the slow one (15 s warm, about a minute on a new dist), so it boots while
# PostgreSQL and Kafka start; the services need all three.
start_infrastructure() {
  keycloak_start
  pg_start
  kafka_start
  kafka_await
  keycloak_await
}

print_summary() {
  local service k
  cat <<EOF

The suite is up ($(seconds_since "$START_MS") s to all healthy). Logs: .run/logs/, stop: deploy/local/stop.sh

EOF
  if [[ $WITH_SERVICES == true ]]; then
    printf '  %-17s %s   log in as any demo user below\n' "$DASHBOARD" "$DASHBOARD_URL"
    for service in "${SERVICES[@]}"; do
      for ((k = 1; k <= INSTANCES; k++)); do
        printf '  %-17s http://127.0.0.1:%s   Swagger UI: http://127.0.0.1:%s/q/swagger-ui\n' \
          "$(instance_name "$service" "$k")" "$(instance_port "$service" "$k")" "$(instance_port "$service" "$k")"
      done
    done
  fi
  cat <<EOF
  Keycloak          $KC_URL   admin console: $KC_URL/admin/ ($KC_ADMIN_USER / $KC_ADMIN_PASSWORD)
  Kafka             127.0.0.1:$KAFKA_PORT
  PostgreSQL        ${MENTOR_DB_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/mentor (user = password = catalog, matching, followup, refusion)}

Demo logins (realm mentor, password "$DEMO_PASSWORD" for all): <role>-aarhus (0751), <role>-skanderborg (0746)
and <role>-kobenhavn (0101) for the roles coordinator, caseworker, social-worker, mentor, finance, auditor, admin,
e.g. caseworker-aarhus;  caseworker-both acts for 0751 and 0746
  System client: mentor-integration / \${MENTOR_INTEGRATION_SECRET:-dev-integration-secret} (client credentials)
  Case systems:  case-system-<place> / dev-case-system-<place>-secret, one municipality each (client credentials)

Try it:
  TOKEN=\$(curl -s $KC_URL/realms/mentor/protocol/openid-connect/token \\
      -d grant_type=password -d client_id=mentor-dev-cli -d username=coordinator-aarhus -d password=$DEMO_PASSWORD \\
      | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
  curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8081/api/v1/me
EOF
  if [[ -n $DEMO_PLAN_LINE ]]; then
    printf '\nDemo data (see the README): %s\n' "$DEMO_PLAN_LINE"
  fi
}

main() {
  START_MS=$(now_ms)
  parse_args "$@"
  trap on_interrupt INT
  require_java
  cd "$ROOT"
  if [[ $WITH_SERVICES == true ]]; then services_build; fi # before anything starts: a broken build fails fast
  start_infrastructure
  if [[ $WITH_SERVICES == true ]]; then services_train; services_start; dashboard_start; fi
  if [[ $WITH_SERVICES == true && $WITH_DEMO == true ]]; then demo_load; fi
  print_summary
}

main "$@"
