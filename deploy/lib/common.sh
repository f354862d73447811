# shellcheck shell=bash
# Shared by the scripts of deploy/: where things are, and small helpers.
# Sourced, never run. Callers set SCRIPT_NAME first (for messages).

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(cd "$DEPLOY_DIR/.." && pwd)"
# What the benchmark and fault-suite programs share (org.ohchr.uprfund.deploy.measure), compiled by `./mvnw package`;
# they run as single source files with it on their class path.
MEASURE_CLASSES="$DEPLOY_DIR/target/classes"

# The run directory holds the signing keys, the broker's data and the logs.
# Prints its absolute path. A relative FUND_RUN_DIR is taken from the current directory;
# the default is deploy/.run (git-ignored).
fund_run_dir() {
  local dir="${FUND_RUN_DIR:-$DEPLOY_DIR/.run}"
  [[ "$dir" == /* ]] || dir="$PWD/$dir"
  echo "${dir%/}"
}

FUND_JWT_ISSUER="${FUND_JWT_ISSUER:-https://upr-fund.local/issuer}"

# One line on stderr, then exit (default status 1).
die() {
  echo "${SCRIPT_NAME:-deploy}: $1" >&2
  exit "${2:-1}"
}

# Seconds since the epoch with a fraction when the shell offers one.
now() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then echo "${EPOCHREALTIME/,/.}"; else date +%s; fi
}

# Seconds elapsed since $1 (a value of now), one decimal.
elapsed_since() {
  awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'
}

# The number field $1 of the JSON on standard input (its first occurrence); prints nothing when it is absent.
json_number() {
  { grep -o "\"$1\"[[:space:]]*:[[:space:]]*-\{0,1\}[0-9.]*" || true; } | head -n 1 | sed 's/.*:[[:space:]]*//'
}

# True when something accepts TCP connections at host $1 port $2 (within 3 s where `timeout` exists).
port_answers() {
  if command -v timeout >/dev/null 2>&1; then
    # shellcheck disable=SC2016 # $1 and $2 are the inner shell's arguments
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
  fi
}

# Waits until the command given after the first five arguments succeeds, while process $2 ($1, the name messages
# use) is starting: at most $4 seconds; $3 is its log, $5 what it is waited for ("answer on port 9092"). When the
# process ends or the time runs out: the log's tail and one line, then exit.
await_started() {
  local what="$1" pid="$2" log_file="$3" timeout="$4" until_it="$5" deadline=$((SECONDS + $4))
  shift 5
  until "$@"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$log_file" >&2
      die "$what stopped while starting (log: $log_file)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 20 "$log_file" >&2
      die "$what did not $until_it within $timeout s (log: $log_file)"
    fi
    sleep 0.2
  done
}

# True when a local process listens on TCP port $1 (any address).
port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
  else
    port_answers 127.0.0.1 "$1" || port_answers localhost "$1"
  fi
}

# Stops the processes whose ids are given: TERM, up to FUND_STOP_TIMEOUT seconds (15) for them to end, then KILL.
stop_processes() {
  local pid deadline alive
  for pid in "$@"; do kill -TERM "$pid" 2>/dev/null || true; done
  deadline=$((SECONDS + ${FUND_STOP_TIMEOUT:-15}))
  while ((SECONDS < deadline)); do
    alive=0
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || break
    sleep 0.2
  done
  for pid in "$@"; do
    if kill -0 "$pid" 2>/dev/null; then
      echo "${SCRIPT_NAME:-deploy}: process $pid did not stop within ${FUND_STOP_TIMEOUT:-15} s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
}

# One figure of a benchmark, for deploy/bench/all's table: a tab-separated line appended to the file BENCH_SUMMARY
# names (nothing when it is unset). Arguments: figure, value, unit, baseline value ("-" when none), what the baseline
# is, goal ("ratio >= 0.5" holds value / baseline to it, "<= 10" the value, "-" none).
bench_figure() {
  [[ -n "${BENCH_SUMMARY:-}" ]] || return 0
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" >>"$BENCH_SUMMARY"
}

# Passes a Java benchmark's output through, filing the lines it marks "bench-figure<TAB>" (the same six fields as
# bench_figure's) as figures instead of printing them.
bench_output() {
  local line
  while IFS= read -r line; do
    if [[ "$line" == bench-figure$'\t'* ]]; then
      if [[ -n "${BENCH_SUMMARY:-}" ]]; then
        printf '%s\n' "${line#bench-figure$'\t'}" >>"$BENCH_SUMMARY"
      fi
    else
      printf '%s\n' "$line"
    fi
  done
}

# The id of the process listening on local TCP port $1; nothing when none does (or ss is missing).
listening_pid() {
  { ss -Hltnp "sport = :$1" 2>/dev/null || true; } | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2
}

# Resident memory (VmRSS) of process $1 in MB; "?" when there is no such process.
resident_mb() {
  [[ -n "$1" && -r "/proc/$1/status" ]] || { echo "?"; return; }
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}
