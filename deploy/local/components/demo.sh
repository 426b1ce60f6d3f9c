# The demo data: loaded through the services' public APIs by demo-data's LoadDemoData, once per
# database (the loader checks whether Aarhus has plans already and then does nothing).
# shellcheck shell=bash

DEMO_JAR="$ROOT/demo-data/target/demo-data.jar"

demo_load() {
  local log_file="$LOGS/demo-data.log" began
  began=$(now_ms)
  log "Demo data: loading through the public APIs (log: .run/logs/demo-data.log)"
  if ! java -cp "$DEMO_JAR:$ROOT/demo-data/target/lib/*" dk.mentor.demo.LoadDemoData >"$log_file" 2>&1; then
    tail -n 20 "$log_file" >&2
    die "loading the demo data failed; the suite runs without it (fix and run deploy/local/start.sh again)"
  fi
  log "Demo data: $(tail -n 2 "$log_file" | head -n 1) ($(seconds_since "$began") s)"
  DEMO_PLAN_LINE=$(tail -n 1 "$log_file")
}
