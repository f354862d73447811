# shellcheck shell=bash
# The local stack's PostgreSQL: the server at FUND_DB_HOST:FUND_DB_PORT when one answers there, else, on this
# machine, an embedded PostgreSQL run from the jars that `./mvnw package` copies into deploy/target/postgres/libs.
# And the suite's databases, made and dropped by the platform's LocalDatabases. Sourced after common.sh, kafka.sh and
# services.sh.

POSTGRES_LIBS="$DEPLOY_DIR/target/postgres/libs"
POSTGRES_EMBEDDED=0
# The line the embedded PostgreSQL's launcher prints once the server accepts connections.
POSTGRES_READY_LINE="accepting connections on 127.0.0.1:"

postgres_host_is_loopback() {
  case "$FUND_DB_HOST" in
    localhost | 127.* | ::1 | '[::1]') return 0 ;;
    *) return 1 ;;
  esac
}

# Uses the PostgreSQL that answers at FUND_DB_HOST:FUND_DB_PORT; where nothing answers on this machine, sets
# POSTGRES_EMBEDDED=1 (run-local then starts its own there); where nothing answers elsewhere, stops.
postgres_check() {
  port_answers "$FUND_DB_HOST" "$FUND_DB_PORT" && return 0
  postgres_host_is_loopback ||
    die "nothing answers at $FUND_DB_HOST:$FUND_DB_PORT where PostgreSQL should be (start it, or set FUND_DB_HOST/FUND_DB_PORT)"
  POSTGRES_EMBEDDED=1
}

# Starts the embedded PostgreSQL in the background on 127.0.0.1:FUND_DB_PORT, its data in <run dir>/postgres (kept
# across runs, like the broker's); sets POSTGRES_PID to the launcher's JVM, which stops the server when it is stopped.
postgres_start_embedded() {
  local run_dir="$1" log_file="$2"
  java -Xmx64m -cp "$POSTGRES_LIBS/*" org.ohchr.uprfund.testing.EmbeddedPostgres "$run_dir/postgres" "$FUND_DB_PORT" >>"$log_file" 2>&1 &
  POSTGRES_PID=$!
}

# Waits (up to $2 seconds) until the embedded PostgreSQL accepts connections; one line and the log's tail if it does not.
postgres_wait() {
  await_started "the embedded PostgreSQL" "$POSTGRES_PID" "$1" "$2" "accept connections on port $FUND_DB_PORT" \
    grep -q "$POSTGRES_READY_LINE$FUND_DB_PORT" "$1"
}

# `prepare NAME...` makes the missing databases and marks them as the local stack's; `reset NAME...` drops those
# bearing the mark, and only on this machine (on another host it drops nothing). One line per database.
# Run with a built service's classpath, which holds the platform and the PostgreSQL driver.
local_databases() {
  java -Xmx64m -cp "$REPO_ROOT/contributions-service/target/quarkus-app/lib/main/*" \
    org.ohchr.uprfund.platform.database.LocalDatabases "$@" | sed 's/^/  /'
}

# The services' databases and the broker's topics belong together: the events of what the databases hold were
# published to the broker they were written with. Before a new broker data directory of run directory $1 is formatted,
# the databases run-local made are dropped (a database it did not make, or one on another host, is left alone, and said
# so). Then the missing ones are made, marked as run-local's, before any service starts.
prepare_databases() {
  if ! kafka_is_formatted "$1"; then
    echo "New Kafka data directory: the databases run-local made start afresh (${SERVICE_DATABASES[*]} on $FUND_DB_HOST:$FUND_DB_PORT)"
    local_databases reset "${SERVICE_DATABASES[@]}" ||
      die "could not reset the databases before formatting the new Kafka data directory (see above)"
  fi
  echo "Databases on $FUND_DB_HOST:$FUND_DB_PORT:"
  local_databases prepare "${SERVICE_DATABASES[@]}" ||
    die "could not make the services' databases on $FUND_DB_HOST:$FUND_DB_PORT (see above)"
}
