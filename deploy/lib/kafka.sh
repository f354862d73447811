# shellcheck shell=bash
# The local stack's Apache Kafka broker (KRaft, one node), run from the jars that
# `./mvnw package` copies into deploy/target/kafka/libs. Sourced after common.sh.

KAFKA_LIBS="$DEPLOY_DIR/target/kafka/libs"
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093

KAFKA_LOGGING="-Dlog4j2.configurationFile=$DEPLOY_DIR/kafka/log4j2.properties"

# True once the run directory's broker data directory is formatted (kafka_prepare formats it the first time).
kafka_is_formatted() {
  [[ -f "$1/kafka/data/meta.properties" ]]
}

# Writes <run dir>/kafka/server.properties from the template and, the first time only,
# formats the data directory (later runs keep it, so the events persist).
kafka_prepare() {
  local run_dir="$1" log_file="$2"
  local kafka_dir="$run_dir/kafka" template cluster_id
  mkdir -p "$kafka_dir/data"
  template="$(<"$DEPLOY_DIR/kafka/server.properties")"
  printf '%s\n' "${template//@KAFKA_DATA_DIR@/$kafka_dir/data}" >"$kafka_dir/server.properties"
  if ! kafka_is_formatted "$run_dir"; then
    cluster_id="$(java -Xmx128m "$KAFKA_LOGGING" -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool random-uuid 2>>"$log_file")" ||
      die "could not make a Kafka cluster id (see $log_file)"
    java -Xmx256m "$KAFKA_LOGGING" -cp "$KAFKA_LIBS/*" kafka.tools.StorageTool format --standalone -t "$cluster_id" \
      -c "$kafka_dir/server.properties" >>"$log_file" 2>&1 ||
      die "could not format the Kafka data directory $kafka_dir/data (see $log_file)"
    echo "$cluster_id" >"$kafka_dir/cluster.id"
  fi
}

# Starts the broker in the background; sets KAFKA_PID to the JVM's process id
# (java itself is the background job, not a subshell, so that stopping KAFKA_PID stops the broker).
# C1 only and the serial collector: on a small machine the broker answers in about half the time, and a
# development broker needs no peak throughput.
kafka_start() {
  local run_dir="$1" log_file="$2"
  java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "$KAFKA_LOGGING" -cp "$KAFKA_LIBS/*" kafka.Kafka "$run_dir/kafka/server.properties" >>"$log_file" 2>&1 &
  KAFKA_PID=$!
}

# Waits (up to $2 seconds) until the broker's client port answers; one line and the log's tail if it does not.
kafka_wait() {
  await_started "the Kafka broker" "$KAFKA_PID" "$1" "$2" "answer on port $KAFKA_PORT" port_answers localhost "$KAFKA_PORT"
}
