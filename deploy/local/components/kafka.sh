# Kafka: a single KRaft node (broker and controller in one JVM), jars from Maven Central.
# shellcheck shell=bash

KAFKA_DIR="$RUN/kafka"
KAFKA_LOG4J="$LOCAL/kafka/log4j2.properties"

# The jars are copied once, and again only when deploy/local/kafka/pom.xml changes.
kafka_libs() {
  local stamp
  stamp=$(sha256_of "$LOCAL/kafka/pom.xml")
  [[ $(cat "$KAFKA_LIBS/.pom.sha256" 2>/dev/null) == "$stamp" ]] && return 0
  log "Kafka: copying the broker's jars from Maven Central into .run/kafka-libs"
  rm -rf "$KAFKA_LIBS"
  mvn_pom "$LOCAL/kafka/pom.xml" "$DEPENDENCY_PLUGIN:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS"
  echo "$stamp" >"$KAFKA_LIBS/.pom.sha256"
}

kafka_java() { java -Dlog4j2.configurationFile="$KAFKA_LOG4J" -cp "$KAFKA_LIBS/*" "$@"; }

# A cluster id is 16 random bytes in URL-safe base64, and must not start with "-". Made here
# rather than with "StorageTool random-uuid", which costs a JVM start.
kafka_cluster_id() {
  local id="-"
  while [[ $id == -* ]]; do id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '='); done
  echo "$id"
}

kafka_start() {
  if running kafka; then
    log "Kafka: already running (pid $(read_pid kafka))"
    return 0
  fi
  require_free_port "$KAFKA_PORT" "Kafka broker"
  require_free_port "$KAFKA_CONTROLLER_PORT" "Kafka controller"
  kafka_libs
  mkdir -p "$KAFKA_DIR/data"
  sed "s|@LOG_DIRS@|$KAFKA_DIR/data|" "$LOCAL/kafka/server.properties" >"$KAFKA_DIR/server.properties"
  if [[ ! -f $KAFKA_DIR/data/meta.properties ]]; then
    kafka_java kafka.tools.StorageTool format -t "$(kafka_cluster_id)" -c "$KAFKA_DIR/server.properties" \
      >"$LOGS/kafka-format.log" 2>&1 || { show_log_tail "$LOGS/kafka-format.log"; die "formatting Kafka's storage failed"; }
    rm -f "$KAFKA_DIR/topics.sha256"
  fi
  # An explicit heap: without the kafka-server-start script the JVM would take a quarter of RAM.
  launch kafka java -Xms128m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_LOG4J" -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_DIR/server.properties"
  log "Kafka: starting (pid $(read_pid kafka))"
}

kafka_started() { grep -q "Kafka Server started" "$LOGS/kafka.log"; }

kafka_await() {
  wait_for kafka "$(read_pid kafka)" 90 kafka_started
  log "Kafka: ready on 127.0.0.1:$KAFKA_PORT"
  kafka_topics
}

# Topics and their .dlq twins with their retention; skipped while the broker's data, the topic list,
# CreateTopics itself and the partition and replication settings are unchanged.
kafka_topics() {
  local stamp
  stamp=$( { echo "${TOPICS[*]} ${MENTOR_KAFKA_PARTITIONS:-} ${MENTOR_KAFKA_REPLICATION:-}"; cat "$LOCAL/kafka/CreateTopics.java"; } \
    | sha256sum | cut -d' ' -f1)
  [[ $(cat "$KAFKA_DIR/topics.sha256" 2>/dev/null) == "$stamp" ]] && return 0
  java -cp "$KAFKA_LIBS/*" "$LOCAL/kafka/CreateTopics.java" "127.0.0.1:$KAFKA_PORT" "${TOPICS[@]}" \
    >"$LOGS/kafka-topics.log" 2>&1 || { show_log_tail "$LOGS/kafka-topics.log"; die "creating the topics failed"; }
  echo "$stamp" >"$KAFKA_DIR/topics.sha256"
  log "Kafka: $(tail -n 1 "$LOGS/kafka-topics.log") (${TOPICS[*]} and their .dlq)"
}
