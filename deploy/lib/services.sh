# shellcheck shell=bash
# The local stack's four services, run from the jars that `./mvnw package` builds, and what they need from the run
# directory (the token signing keys). Shared by run-local and faults, so that a service restarted under a fault runs as
# it ran at the start. Sourced after common.sh.

# module:port, in start order (the gateway last).
SERVICES=(contributions-service:8081 projects-service:8082 recommendations-service:8083 gateway:8080)
SERVICE_DATABASES=(contributions projects recommendations gateway)

# The services' JVM options; FUND_SERVICE_JAVA_OPTS (words) replaces them, to compare others with deploy/bench/startup.
# Four services start at once on the machine's few CPUs, so their start is bound by CPU (deploy/README.md, Benchmarks):
#   -XX:+UseSerialGC        no concurrent collector threads, and none of G1's structures (about 45 MB per service);
#   -Xms32m, heap free ratios 10-20 (those of the container image's run-java.sh)   the heap grows, and gives back, as the
#                           live set needs: without -Xms the initial heap is a 64th of the machine's memory, all of -Xmx.
# C1 alone (-XX:TieredStopAtLevel=1) would halve the CPU of the start, but it cost the gateway a third of its fund
# status throughput (deploy/README.md, Benchmarks).
# shellcheck disable=SC2206 # the variable's words are options
SERVICE_JAVA_OPTS=(${FUND_SERVICE_JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20})

service_jar() {
  echo "$REPO_ROOT/$1/target/quarkus-app/quarkus-run.jar"
}

# The port of module $1.
service_port() {
  local entry
  for entry in "${SERVICES[@]}"; do
    [[ "${entry%%:*}" == "$1" ]] && { echo "${entry##*:}"; return 0; }
  done
  return 1
}

# The RSA key pair in <run dir $1>/keys that signs development tokens (deploy/dev-token) and that the services trust;
# made once.
ensure_jwt_keys() {
  local keys="$1/keys"
  mkdir -p "$keys"
  if [[ ! -f "$keys/jwt-private.pem" || ! -f "$keys/jwt-public.pem" ]]; then
    (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/jwt-private.pem" 2>/dev/null) ||
      die "openssl could not make the signing key in $keys"
    openssl pkey -in "$keys/jwt-private.pem" -pubout -out "$keys/jwt-public.pem" 2>/dev/null ||
      die "openssl could not write the public key in $keys"
    echo "Made the token signing key pair in $keys"
  fi
}

# Starts module $1 on port $2 in the background, in run directory $3, its output appended to <run dir>/logs/<name>.log
# (name $4, the module's by default: another instance of it has a name of its own); sets SERVICE_PID to the JVM's
# process id (the subshell execs java, so stopping SERVICE_PID stops the service). The database, broker and issuer come
# from the environment (FUND_DB_*, KAFKA_BOOTSTRAP_SERVERS, FUND_JWT_ISSUER).
# The benchmarks and the fault suite read the gateway from one address (127.0.0.1) far faster than anyone would: the
# local stack raises the gateway's limit on reads without a token so far that it never refuses them
# (FUND_ANONYMOUS_READS_PER_WINDOW, set it to try the limit; the limit stays on, so its cost is measured).
service_start() {
  local module="$1" port="$2" run_dir="$3" name="${4:-$1}"
  (
    cd "$run_dir"
    FUND_JWT_PUBLIC_KEY="$run_dir/keys/jwt-public.pem" QUARKUS_HTTP_PORT="$port" \
      FUND_ANONYMOUS_READS_PER_WINDOW="${FUND_ANONYMOUS_READS_PER_WINDOW:-100000000}" \
      exec java "${SERVICE_JAVA_OPTS[@]}" -jar "$(service_jar "$module")"
  ) >>"$run_dir/logs/$name.log" 2>&1 &
  SERVICE_PID=$!
}

# True when the service on port $1 answers 200 on /q/health/ready.
service_ready() {
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$1/q/health/ready" || true)" == 200 ]]
}

# Dies naming the first of the stack's ports (services, broker, controller) already in use.
check_stack_ports() {
  local entry port
  for entry in "${SERVICES[@]}" "kafka:$KAFKA_PORT" "kafka-controller:$KAFKA_CONTROLLER_PORT"; do
    port="${entry##*:}"
    if port_in_use "$port"; then
      die "port $port (${entry%%:*}) is already in use; stop what holds it (a previous run-local?) and retry"
    fi
  done
}
