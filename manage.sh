#!/usr/bin/env bash
# manage.sh: set up, run and test the Switchboard stack on one machine.
# `./manage.sh help` lists the commands; README.md explains the configuration.
set -euo pipefail

# ----------------------------------------------------------------------------
# Process table. One line per process; started top to bottom (each must be
# healthy before the next starts, so keep the gateway last), stopped bottom up.
#   name      process name: .run/logs/<name>.log, <NAME>_DATABASE_URL, <NAME>_URL
#   entry     TypeScript entry, run as `node --import tsx <entry>` from the repo root
#   port      its PORT by default; it must answer GET /healthz there with 200 when ready.
#             <NAME>_PORT overrides it (AUTH_PORT, ...; the mail catcher's MAILDEV_WEB_PORT,
#             the gateway's and the embedded process's GATEWAY_PORT)
#   database  its own Postgres database, or - for none. A process with a database
#             must have <entry dir>/bin/migrate.main.ts; <entry dir>/bin/seed.main.ts
#             is run too when it exists.
# The mail catcher (maildev: SMTP on MAILDEV_SMTP_PORT, web on its port) runs only when
# SMTP_URL is not set, so reports have somewhere to go on a development machine.
# `embedded` replaces auth..gateway when Postgres, RabbitMQ or Redis is not reachable: every
# service in one process on embedded stores (docs/operations.md: Embedded mode).
# ----------------------------------------------------------------------------
PROCESSES=(
  # name    entry                        port  database
  "mail     node_modules/maildev/bin/maildev 1080 -"
  "auth     services/auth/src/main.ts    4001  switchboard_auth"
  "tickets  services/tickets/src/main.ts 4002  switchboard_tickets"
  "presence services/presence/src/main.ts 4003 switchboard_presence"
  "reporting services/reporting/src/main.ts 4004 switchboard_reporting"
  "ai-assist services/ai-assist/src/main.ts 4005 switchboard_ai_assist"
  "notifications services/notifications/src/main.ts 4006 switchboard_notifications"
  "audit    services/audit/src/main.ts   4007  switchboard_audit"
  "gateway  gateway/src/main.ts          @GATEWAY_PORT@ -"
  "embedded scripts/embedded.main.ts     @GATEWAY_PORT@ -"
)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="${SWITCHBOARD_RUN_DIR:-$ROOT/.run}" # a test's stack gets one of its own
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"
TEST_LOG_DIR="$RUN_DIR/test"
BIN="$ROOT/node_modules/.bin"
DEMO_PASSWORD="Switchboard1"
DEMO_LOGINS=(
  "admin       admin@demo.switchboard.local"
  "supervisor  supervisor@demo.switchboard.local"
  "agents      agent1@demo.switchboard.local, agent2@demo.switchboard.local, agent3@demo.switchboard.local"
  "viewer      viewer@demo.switchboard.local"
)

export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

# --- output -------------------------------------------------------------------

if [[ -t 1 && -z ${NO_COLOR:-} ]]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi

step() { printf '%s==> %s%s\n' "$C_BOLD" "$*" "$C_OFF"; }
info() { printf '    %s\n' "$*"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
fail() { printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2; }
die() {
  fail "$*"
  exit 1
}

# --- configuration ------------------------------------------------------------

# Loads KEY=value lines from .env without overriding variables already set in the
# environment. Values are taken literally (optionally quoted); nothing is executed.
load_dotenv() {
  local file="$ROOT/.env" line key value n=0
  [[ -f $file ]] || return 0
  while IFS= read -r line || [[ -n $line ]]; do
    n=$((n + 1))
    line="${line%$'\r'}"
    [[ $line =~ ^[[:space:]]*(#.*)?$ ]] && continue
    if [[ ! $line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]]; then
      warn ".env line $n is not KEY=value; ignored"
      continue
    fi
    key="${BASH_REMATCH[2]}"
    value="${BASH_REMATCH[3]}"
    if [[ $value =~ ^\"(.*)\"$ || $value =~ ^\'(.*)\'$ ]]; then value="${BASH_REMATCH[1]}"; fi
    [[ -n ${!key+set} ]] || export "$key=$value"
  done <"$file"
}

# Local-development defaults (README: Configuration). Services default the rest.
apply_defaults() {
  export POSTGRES_URL="${POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}"
  export AMQP_URL="${AMQP_URL:-amqp://guest:guest@127.0.0.1:5672}"
  export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
  if [[ -z ${SMTP_URL:-} ]]; then
    MAIL_CATCHER=1 # development only: mail is caught, never delivered
    export MAILDEV_SMTP_PORT="${MAILDEV_SMTP_PORT:-1025}" MAILDEV_IP=127.0.0.1 MAILDEV_WEB_IP=127.0.0.1
    export SMTP_URL="smtp://127.0.0.1:$MAILDEV_SMTP_PORT"
  else
    MAIL_CATCHER=0
  fi
  export HOST="${HOST:-127.0.0.1}"
  export LOG_LEVEL="${LOG_LEVEL:-info}"
  export GATEWAY_PORT="${GATEWAY_PORT:-8080}" EMBEDDED_DATA_DIR="${EMBEDDED_DATA_DIR:-$RUN_DIR/embedded}"
  HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-60}" # seconds start waits for each GET /healthz (x3 embedded)
  STOP_TIMEOUT="${STOP_TIMEOUT:-15}"     # seconds stop waits after TERM before KILL
  local i name entry port db var
  for i in "${!PROCESSES[@]}"; do
    read -r name entry port db <<<"${PROCESSES[i]}"
    var="$(port_variable "$name")" # the table's port unless the environment names another
    [[ -n ${!var:-} ]] || export "$var=$port"
    port="${!var}"
    PROCESSES[i]="$name $entry $port $db"
    var="$(env_prefix "$name")_URL" # AUTH_URL, TICKETS_URL, ...: where the gateway finds each one
    [[ -n ${!var:-} ]] || export "$var=http://$(probe_host):$port"
  done
}

# The variable that overrides a process's port (maildev reads MAILDEV_WEB_PORT itself).
port_variable() {
  case "$1" in
  mail) printf 'MAILDEV_WEB_PORT' ;;
  gateway | embedded) printf 'GATEWAY_PORT' ;;
  *) printf '%s_PORT' "$(env_prefix "$1")" ;;
  esac
}

env_prefix() {
  local name="${1//-/_}"
  printf '%s' "${name^^}"
}

# The address to reach our own processes at (HOST may be a wildcard).
probe_host() {
  case "$HOST" in
  0.0.0.0 | '' | '::' | '[::]') printf '127.0.0.1' ;;
  *:*) printf '[%s]' "$HOST" ;;
  *) printf '%s' "$HOST" ;;
  esac
}

# POSTGRES_URL with a database name put in (any ?query kept).
postgres_url_for() {
  local db="$1" base="${POSTGRES_URL%%\?*}" query=""
  [[ $POSTGRES_URL == *\?* ]] && query="?${POSTGRES_URL#*\?}"
  printf '%s/%s%s' "${base%/}" "$db" "$query"
}

# <NAME>_DATABASE_URL if set, else $POSTGRES_URL/<database>.
database_url() {
  local name="$1" db="$2" override
  override="$(env_prefix "$name")_DATABASE_URL"
  if [[ -n ${!override:-} ]]; then printf '%s' "${!override}"; else postgres_url_for "$db"; fi
}

# --- process table ------------------------------------------------------------

# Sets P_NAME P_ENTRY P_PORT P_DB for one process; fails on an unknown name.
lookup() {
  local row name entry port db
  for row in "${PROCESSES[@]}"; do
    read -r name entry port db <<<"$row"
    if [[ $name == "$1" ]]; then
      P_NAME="$name" P_ENTRY="$entry" P_PORT="$port" P_DB="$db"
      return 0
    fi
  done
  die "unknown process '$1' (known: $(process_names | paste -sd ' '))"
}

# The processes of the current mode: mail (when caught), then the services and the gateway, or
# the one embedded process instead of them.
process_names() {
  local row name _ mode=servers kind
  embedded_mode && mode=embedded
  for row in "${PROCESSES[@]}"; do
    read -r name _ <<<"$row"
    [[ $name == mail && $MAIL_CATCHER == 0 ]] && continue
    kind=servers
    [[ $name != embedded ]] || kind=embedded
    [[ $name == mail || $kind == "$mode" ]] || continue
    printf '%s\n' "$name"
  done
}

# Embedded mode lasts from a start that found the infrastructure missing until stop.
embedded_mode() { [[ -f $RUN_DIR/mode && "$(<"$RUN_DIR/mode")" == embedded ]]; }
set_mode() { printf '%s\n' "$1" >"$RUN_DIR/mode"; }

reverse_process_names() { process_names | tac; }

names_with_database() {
  local name
  while read -r name; do
    lookup "$name"
    [[ $P_DB == - ]] || printf '%s\n' "$name"
  done < <(process_names)
}

# Environment for one process (after lookup), as NAME=value words for `env`.
process_env() {
  PROC_ENV=("PORT=$P_PORT" "SERVICE_NAME=$P_NAME")
  if [[ $P_DB != - ]]; then PROC_ENV+=("DATABASE_URL=$(database_url "$P_NAME" "$P_DB")"); fi
}

# Runs a TypeScript entry in the foreground with the process's environment (after lookup).
run_entry() {
  process_env
  local unset_db=()
  [[ $P_DB != - ]] || unset_db=(-u DATABASE_URL)
  (cd "$ROOT" && env "${unset_db[@]}" "${PROC_ENV[@]}" node --import tsx "$1" </dev/null)
}

# --- set-up steps ---------------------------------------------------------------

ensure_deps() {
  cd "$ROOT"
  if [[ -d node_modules && -f node_modules/.package-lock.json && ! package-lock.json -nt node_modules/.package-lock.json ]]; then
    return 0
  fi
  if [[ ${SKIP_INSTALL:-} == 1 ]]; then
    warn "node_modules is missing or older than package-lock.json, but SKIP_INSTALL=1"
    return 0
  fi
  # `npm install`, not `npm ci`: the lockfile cannot list the other platforms' builds of
  # biome and turbo where the registry lacks them, and `npm ci` refuses such a lockfile.
  # With a lockfile present, `npm install` still installs exactly the locked versions.
  step "Installing dependencies (npm install, locked versions)"
  npm install --no-audit --no-fund
}

check_infra() {
  step "Checking PostgreSQL, RabbitMQ and Redis"
  node "$ROOT/scripts/check-infra.mjs" || die "infrastructure is not reachable (see above)"
}

create_databases() {
  local name urls=()
  while read -r name; do
    lookup "$name"
    urls+=("$(database_url "$P_NAME" "$P_DB")")
  done < <(names_with_database)
  [[ ${#urls[@]} -gt 0 ]] || return 0
  step "Creating databases if missing"
  node "$ROOT/scripts/create-databases.mjs" "${urls[@]}" || die "could not create the databases"
}

# A service's one-shot entries (migrate, seed, rebuild) sit in src/bin/ beside its main.ts.
data_entry() { printf '%s/bin/%s.main.ts' "$(dirname "$P_ENTRY")" "$1"; }

migrate_all() {
  local name file
  while read -r name; do
    lookup "$name"
    file="$(data_entry migrate)"
    [[ -f $ROOT/$file ]] || die "$name has database $P_DB but no migrate entry $file"
    step "Migrating $name ($P_DB)"
    run_entry "$file" || die "migrations failed for $name"
  done < <(names_with_database)
}

seed_all() {
  local name file
  while read -r name; do
    lookup "$name"
    file="$(data_entry seed)"
    [[ -f $ROOT/$file ]] || continue
    step "Seeding $name"
    run_entry "$file" || die "seeding failed for $name"
  done < <(names_with_database)
}

# The demo tenant's two weeks of history, replayed by each service's seed-history entry through
# its own actions once the stack runs: the ticket service must have learned the demo agents
# from auth's events first (docs/decisions.md: The demo history). A second start adds nothing.
seed_history_all() {
  local name file started
  while read -r name; do
    lookup "$name"
    file="$(data_entry seed-history)"
    [[ -f $ROOT/$file ]] || continue
    step "Replaying the demo history of $name"
    started=$SECONDS
    run_entry "$file" || die "the demo history failed for $name"
    info "$((SECONDS - started)) s"
  done < <(names_with_database)
}

build_all() {
  if [[ ${SKIP_BUILD:-} == 1 ]]; then
    warn "SKIP_BUILD=1: not building; the gateway serves whatever web/dist holds"
    return 0
  fi
  step "Building (turbo run build: the web app into web/dist, as npm run build -w web)"
  (cd "$ROOT" && "$BIN/turbo" run build --output-logs=errors-only) || die "build failed"
}

# --- processes ----------------------------------------------------------------

pid_file() { printf '%s/%s.pid' "$PID_DIR" "$1"; }
log_file() { printf '%s/%s.log' "$LOG_DIR" "$1"; }

# Prints the pid of a running process started by manage.sh; removes a stale pid file.
running_pid() {
  local name="$1" file pid cmdline
  file="$(pid_file "$name")"
  [[ -f $file ]] || return 1
  pid="$(<"$file")"
  lookup "$name"
  if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || ps -o args= -p "$pid" 2>/dev/null || true)"
    if [[ $cmdline == *"$P_ENTRY"* ]]; then
      printf '%s' "$pid"
      return 0
    fi
  fi
  rm -f "$file"
  return 1
}

healthy() {
  local url
  url="http://$(probe_host):$1/healthz"
  if command -v curl >/dev/null; then
    curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null
  else
    node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$url"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/$(probe_host | tr -d '[]')/$1") 2>/dev/null; }

show_log_tail() {
  local log
  log="$(log_file "$1")"
  [[ -f $log ]] || return 0
  printf '%s--- last 40 lines of %s ---%s\n' "$C_BOLD" "${log#"$ROOT"/}" "$C_OFF" >&2
  tail -n 40 "$log" >&2
  printf '%s--- end of log ---%s\n' "$C_BOLD" "$C_OFF" >&2
}

# Starts one process in its own session and waits until it is healthy.
start_process() {
  local name="$1" pid log deadline timeout="$HEALTH_TIMEOUT"
  lookup "$name"
  if pid="$(running_pid "$name")"; then
    info "$name is already running (pid $pid)"
    return 0
  fi
  lookup "$name"
  if port_in_use "$P_PORT"; then
    fail "port $P_PORT for $name is already in use by a process manage.sh did not start"
    return 1
  fi
  log="$(log_file "$name")"
  [[ -f $log ]] && mv -f "$log" "$log.1"
  process_env
  local unset_db=()
  [[ $P_DB != - ]] || unset_db=(-u DATABASE_URL)
  step "Starting $name on port $P_PORT"
  (cd "$ROOT" && exec setsid nohup env "${unset_db[@]}" "${PROC_ENV[@]}" node --import tsx "$P_ENTRY" >>"$log" 2>&1 </dev/null) &
  pid=$!
  printf '%s\n' "$pid" >"$(pid_file "$name")"
  STARTED+=("$name")

  # The embedded process migrates and seeds four databases before it answers; a loaded machine
  # takes well over a minute for that.
  [[ $name != embedded ]] || timeout=$((HEALTH_TIMEOUT * 3))
  deadline=$((SECONDS + timeout))
  until healthy "$P_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      fail "$name exited during start-up"
      show_log_tail "$name"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      fail "$name did not answer GET /healthz on port $P_PORT within ${timeout}s"
      show_log_tail "$name"
      return 1
    fi
    sleep 0.5
  done
  info "$name is healthy (pid $pid, log ${log#"$ROOT"/})"
}

# TERM to the process's group, KILL after STOP_TIMEOUT seconds.
stop_process() {
  local name="$1" pid target waited=0
  if ! pid="$(running_pid "$name")"; then
    rm -f "$(pid_file "$name")"
    info "$name is not running"
    return 0
  fi
  target="$pid"
  [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]] && target="-$pid"
  kill -TERM -- "$target" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (pid $pid) did not stop within ${STOP_TIMEOUT}s; killing it"
    kill -KILL -- "$target" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
  info "stopped $name (pid $pid)"
}

all_running() {
  local name
  while read -r name; do
    running_pid "$name" >/dev/null || return 1
  done < <(process_names)
}

print_banner() {
  local login mode=""
  lookup gateway
  embedded_mode && mode=" (EMBEDDED MODE: one process, not for production)"
  printf '\n%sSwitchboard is running%s:%s http://%s:%s\n' "$C_GREEN" "$mode" "$C_OFF" "$(probe_host)" "$P_PORT"
  printf 'Demo tenant "Demo Contact Center" (slug demo); every password is %s:\n' "$DEMO_PASSWORD"
  for login in "${DEMO_LOGINS[@]}"; do printf '  %s\n' "$login"; done
  if [[ $MAIL_CATCHER == 1 ]]; then
    lookup mail
    printf 'Mail catcher (SMTP_URL is not set, so mail is caught here): http://%s:%s\n' "$(probe_host)" "$P_PORT"
  fi
  printf 'Logs: ./manage.sh logs [name]   Status: ./manage.sh status   Stop: ./manage.sh stop\n'
}

# --- commands -------------------------------------------------------------------

cmd_start() {
  mkdir -p "$LOG_DIR" "$PID_DIR"
  if all_running; then
    info "Switchboard is already running; nothing started (./manage.sh status)"
    print_banner
    return 0
  fi
  ensure_deps
  step "Checking PostgreSQL, RabbitMQ and Redis"
  if node "$ROOT/scripts/check-infra.mjs" >"$RUN_DIR/infra-check.txt" 2>&1; then
    cat "$RUN_DIR/infra-check.txt"
    set_mode servers
    create_databases
    migrate_all
    seed_all
  else
    set_mode embedded
    print_embedded_banner
  fi
  build_all
  STARTED=()
  local name
  while read -r name; do
    if ! start_process "$name"; then
      if [[ ${#STARTED[@]} -gt 0 ]]; then
        warn "stopping what this start launched: ${STARTED[*]}"
        local started
        for started in $(printf '%s\n' "${STARTED[@]}" | tac); do stop_process "$started"; done
      fi
      die "start failed at $name"
    fi
  done < <(process_names)
  [[ $(cat "$RUN_DIR/mode" 2>/dev/null) == embedded ]] || seed_history_all
  print_banner
}

# Said loudly: what is missing, where the data lives, and that this is not for production.
print_embedded_banner() {
  local rule="================================================================================"
  printf '%s%s\n  EMBEDDED MODE%s\n' "$C_YELLOW$C_BOLD" "$rule" "$C_OFF"
  grep -E '^  (ok|FAIL) ' "$RUN_DIR/infra-check.txt" || true
  printf '%s\n' \
    "  Not every server above is reachable, so Switchboard runs WITHOUT them: all services and" \
    "  the gateway in ONE process (log: ${LOG_DIR#"$ROOT"/}/embedded.log), each service's database" \
    "  in embedded Postgres (PGlite) under ${EMBEDDED_DATA_DIR#"$ROOT"/}/<service>, the event bus" \
    "  and Redis in that process's memory (queued events and resume streams go when it stops)." \
    "  For trying the product on one machine, NOT for production. To run on the servers: start" \
    "  them (README.md), then ./manage.sh stop and ./manage.sh start."
  printf '%s%s%s\n' "$C_YELLOW$C_BOLD" "$rule" "$C_OFF"
}

cmd_stop() {
  local name
  while read -r name; do stop_process "$name"; done < <(reverse_process_names)
  rm -f "$RUN_DIR/mode"
}

# One line per process. Exit 0 when every process runs and is healthy, else 3.
cmd_status() {
  local name pid state health all_ok=0
  while read -r name; do
    lookup "$name"
    if pid="$(running_pid "$name")"; then
      state=running
      if healthy "$P_PORT"; then health=healthy; else health=unhealthy all_ok=3; fi
    else
      pid=- state=stopped all_ok=3
      if port_in_use "$P_PORT"; then health="port in use by another process"; else health=-; fi
    fi
    printf '%-10s %-8s pid %-8s port %-5s %s\n' "$name" "$state" "$pid" "$P_PORT" "$health"
  done < <(process_names)
  if embedded_mode; then
    info "embedded mode: its queues live in the embedded process (/metrics: switchboard_queue_messages)"
  elif [[ -d node_modules ]]; then
    print_queue_depths
  fi
  return "$all_ok"
}

cmd_logs() {
  local files=() name id=""
  if [[ ${1:-} == --id ]]; then
    [[ -n ${2:-} ]] || die "usage: ./manage.sh logs --id <correlation id>"
    id="$2"
    shift 2
  fi
  if [[ $# -gt 0 ]]; then
    lookup "$1"
    files=("$(log_file "$1")")
  else
    while read -r name; do files+=("$(log_file "$name")"); done < <(process_names)
  fi
  mkdir -p "$LOG_DIR"
  touch "${files[@]}"
  if [[ -z $id ]]; then exec tail -n 50 -F "${files[@]}"; fi
  # One request across every process: its past lines in time order, then new ones as they come.
  grep -h -F -- "\"$id" "${files[@]}" | sed -E 's/^(.*"time":"([^"]+)".*)$/\2 \1/' | sort -s -k1,1 | cut -d' ' -f2-
  exec tail -n 0 -F "${files[@]}" | grep --line-buffered -F -- "\"$id"
}

# Queue depths and dead letters of every consuming process (its <name>.events and .dlq), and of
# the side queues some have: reporting-jobs, tickets-csat (the CSAT survey links).
print_queue_depths() {
  local names=() name
  while read -r name; do names+=("$name" "$name-jobs" "$name-csat"); done < <(process_names)
  printf '\n%-32s %s\n' "dead-letter queue" "messages"
  node --import tsx shared/event-bus/src/dead-letters.main.ts list "${names[@]}" 2>/dev/null ||
    warn "RabbitMQ not reachable at $AMQP_URL: queue depths unknown"
}

cmd_dlq() {
  ensure_deps
  if [[ ${1:-list} == list ]]; then
    print_queue_depths
    return 0
  fi
  node --import tsx shared/event-bus/src/dead-letters.main.ts "$@"
}

cmd_migrate() {
  ensure_deps
  check_infra
  create_databases
  migrate_all
}

cmd_seed() {
  ensure_deps
  check_infra
  create_databases
  seed_all
}

# Replays reporting's stored events into fresh read models (docs/reporting.md).
cmd_rebuild_reports() {
  ensure_deps
  check_infra
  lookup reporting
  step "Rebuilding the reporting read models from their stored events"
  run_entry "$(data_entry rebuild)" || die "rebuild failed"
}

# --- test -----------------------------------------------------------------------

TEST_RESULTS=() TEST_PASSED=0 TEST_FAILED=0

# Adds up vitest's "Tests  N failed | N passed (N)" summary lines in a log.
count_tests() {
  local counts
  counts="$(sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1" |
    grep -E '(^|[[:space:]])Tests[[:space:]]+.*\([0-9]+\)[[:space:]]*$' |
    grep -oE '[0-9]+ (passed|failed)' || true)"
  STEP_PASSED="$(awk '$2 == "passed" { n += $1 } END { print n + 0 }' <<<"$counts")"
  STEP_FAILED="$(awk '$2 == "failed" { n += $1 } END { print n + 0 }' <<<"$counts")"
}

# run_step <label> <command...>: runs it, keeps its output in .run/test/<label>.log.
run_step() {
  local label="$1" log started rc=0
  shift
  log="$TEST_LOG_DIR/$label.log"
  step "$label: $*"
  started=$SECONDS
  (cd "$ROOT" && "$@") 2>&1 | tee "$log" || rc=$?
  count_tests "$log"
  TEST_PASSED=$((TEST_PASSED + STEP_PASSED))
  TEST_FAILED=$((TEST_FAILED + STEP_FAILED))
  local detail=""
  ((STEP_PASSED + STEP_FAILED == 0)) || detail="  $STEP_PASSED passed, $STEP_FAILED failed"
  if ((rc == 0)); then
    TEST_RESULTS+=("$(printf '%-10s ok      %4ss%s' "$label" $((SECONDS - started)) "$detail")")
  else
    TEST_RESULTS+=("$(printf '%-10s FAILED  %4ss%s' "$label" $((SECONDS - started)) "$detail")")
    FAILED_STEPS+=("$label")
  fi
}

# Names the failed tests (vitest's "FAIL  file > test" lines), so a log's tail says what broke.
print_failed_tests() {
  local failed
  failed="$(cat "$TEST_LOG_DIR"/*.log 2>/dev/null | sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' |
    grep -E '^(@?[^[:space:]]*:test(:chaos|:embedded)?:)?[[:space:]]*FAIL[[:space:]]+[^[:space:]]+\.(test|spec)\.' |
    sed -E 's/^(@?[^[:space:]]*:test(:chaos|:embedded)?:)?[[:space:]]*FAIL[[:space:]]+/\1 /' | sort -u | head -30 || true)"
  [[ -z $failed ]] || printf 'Failed tests:\n%s\n' "$(sed 's/^/    /' <<<"$failed")"
}

print_test_summary() {
  local line verdict
  printf '\n%s==> Summary%s\n' "$C_BOLD" "$C_OFF"
  for line in "${TEST_RESULTS[@]}"; do printf '    %s\n' "$line"; done
  if [[ ${#FAILED_STEPS[@]} -eq 0 ]]; then
    verdict="${C_GREEN}PASSED${C_OFF}"
  else
    printf 'Failed steps: %s (logs in .run/test/)\n' "$(printf '%s\n' "${FAILED_STEPS[@]}" | paste -sd ',' | sed 's/,/, /g')"
    print_failed_tests
    verdict="${C_RED}FAILED${C_OFF}"
  fi
  printf '%s: %d passed, %d failed\n' "$verdict" "$TEST_PASSED" "$TEST_FAILED"
}

# biome ci, then the import rules (.dependency-cruiser.mjs: no file cycles, the service layers);
# both run, so one report shows every problem.
lint_all() {
  local rc=0
  "$BIN/biome" ci --colors="$1" . || rc=1
  npm run --silent lint:imports || rc=1
  return "$rc"
}

# What a fresh clone's start needs first: workspaces that do not depend on each other in a cycle
# (turbo refuses to order those), and a build that succeeds.
workspace_graph_and_build() {
  node scripts/check-workspace-graph.mjs &&
    "$BIN/turbo" run build --output-logs=errors-only
}

cmd_test() {
  FAILED_STEPS=()
  mkdir -p "$TEST_LOG_DIR"
  if ! ensure_deps; then
    TEST_RESULTS+=("$(printf '%-10s FAILED' install)")
    FAILED_STEPS+=(install)
  elif ! node "$ROOT/scripts/check-infra.mjs"; then
    TEST_RESULTS+=("$(printf '%-10s FAILED' infra)")
    FAILED_STEPS+=(infra)
  fi
  if [[ ${#FAILED_STEPS[@]} -gt 0 ]]; then
    print_test_summary
    return 1
  fi
  # Tests make their own databases and vhosts from these (turbo passes TEST_* through).
  export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-$(postgres_url_for postgres)}"

  local colors=off # run_step pipes the output: decide here whether it ends on a terminal
  [[ ! -t 1 ]] || colors=force
  run_step lint lint_all "$colors"
  run_step build workspace_graph_and_build
  run_step typecheck "$BIN/turbo" run typecheck --continue --output-logs=errors-only
  run_step test "$BIN/turbo" run test --concurrency=2 --continue --output-logs=new-only
  # The same integration suites again on embedded stores (PGlite, in-process bus and Redis).
  if [[ -n "$(cd "$ROOT" && node scripts/workspaces-with-script.mjs test:embedded)" ]]; then
    run_step embedded "$BIN/turbo" run test:embedded --concurrency=2 --continue --output-logs=new-only
  fi
  local chaos
  chaos="$(cd "$ROOT" && node scripts/workspaces-with-script.mjs test:chaos)"
  if [[ -n $chaos ]]; then
    grep -q '"test:chaos"' "$ROOT/turbo.json" || warn 'turbo.json defines no "test:chaos" task; turbo will refuse to run it'
    run_step chaos "$BIN/turbo" run test:chaos --concurrency=1 --continue --output-logs=new-only
  else
    TEST_RESULTS+=("$(printf '%-10s skipped        no workspace has a test:chaos script yet' chaos)")
  fi
  # Last and alone: a fresh clone started as the README says, on servers and embedded (test/newcomer).
  run_step newcomer npm run --silent test:newcomer -w @switchboard/newcomer-tests
  print_test_summary
  [[ ${#FAILED_STEPS[@]} -eq 0 ]]
}

# The fault matrix's longer variant (test/chaos, docs/reliability.md): more tenants and events,
# two rounds of every fault, on private Postgres/Redis/RabbitMQ servers of its own (never the
# shared ones); rewrites the table in docs/reliability.md. CHAOS_LEVEL=ci runs the test's size,
# CHAOS_SEED replays a run, CHAOS_ONLY=gateway,Redis runs only those rows. Not part of test.
cmd_chaos() {
  ensure_deps
  local level="${CHAOS_LEVEL:-long}" write_doc=1
  [[ -z ${CHAOS_ONLY:-} ]] || write_doc=0 # a partial matrix must not replace the documented one
  step "Fault matrix, level $level${CHAOS_SEED:+, seed $CHAOS_SEED} (table in .run/chaos/fault-matrix.md)"
  local rc=0
  CHAOS_LEVEL="$level" CHAOS_WRITE_DOC="$write_doc" npm run test:chaos -w test/chaos || rc=$?
  # The table is written as the run saw it; biome ci checks markdown layout too.
  ((write_doc == 0)) || "$BIN/biome" format --write docs/reliability.md >/dev/null
  return "$rc"
}

# Benchmarks (bench/, docs/performance.md): their own stack on free ports, never the running one.
# Not part of `test`. Many sockets need many file descriptors: raise the soft limit to the hard one.
cmd_bench() {
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || warn "could not raise the open-file limit ($(ulimit -n))"
  [[ -d node_modules/autocannon ]] || npm install --no-audit --no-fund
  npm run bench -w bench -- "$@"
}

cmd_help() {
  cat <<EOF
Usage: ./manage.sh <command>

  start        set up everything a fresh clone needs (npm install, infra check, databases,
               migrations, seed, build) and start every process in the background;
               prints the URL and the demo logins. Does nothing if already running.
  stop         stop every process (TERM, then KILL after ${STOP_TIMEOUT}s)
  status       one line per process: state, pid, port, health (exit 3 unless all healthy)
  logs [--id ID] [name]
               follow the log of one process, or of all (.run/logs/); with --id, only the
               lines of one correlation id across processes, past ones first in time order
  dlq [list]   depth of every dead-letter queue
  dlq show <queue owner> [n]
               the first n dead-lettered messages (type, reason, correlation id), left in place
  dlq replay <queue owner>
               send them back to their queue once the cause is fixed (e.g. tickets,
               reporting-jobs)
  migrate      install if needed, create missing databases, run every migration
  seed         install if needed, create missing databases, seed the demo tenant
               (idempotent; run migrate first on a new database)
  rebuild-reports
               empty the reporting read models and replay every stored event into them
               (safe while running: each tenant is swapped in one transaction)
  bench [--quick] [--only=baselines|switchboard]
               benchmarks against baselines measured in the same run, on a stack of their own
               on free ports (~10 min; --quick ~3 min); JSON in bench/results/, see
               docs/performance.md. Not part of test.
  test         run every check: biome ci and the import rules (dependency-cruiser), the
               workspace cycle check and build, typecheck, unit/integration tests (among them
               the newcomer suite: a fresh clone's start and stop, on the servers and
               embedded), the same suites in embedded mode, then the chaos suites alone.
               This is the command CI runs.
  chaos        the fault matrix's long variant (~30 min on 2 cores): every component killed or
               restarted twice during a heavier load, every acknowledged write accounted
               for; rewrites the table in docs/reliability.md. CHAOS_LEVEL=ci for the test's
               size, CHAOS_SEED=n to replay a run, CHAOS_ONLY=gateway,Redis for some rows.
  help         this text

Processes: $(process_names | paste -sd ' ')
Configuration: environment variables, or KEY=value lines in .env (the environment wins).
Defaults are for local development only; see README.md.
EOF
}

main() {
  local command="${1:-help}"
  [[ $# -eq 0 ]] || shift
  cd "$ROOT"
  load_dotenv
  apply_defaults
  case "$command" in
  start | stop | status | migrate | seed | test | dlq) "cmd_$command" "$@" ;;
  logs) cmd_logs "$@" ;;
  bench) cmd_bench "$@" ;;
  chaos) cmd_chaos ;;
  rebuild-reports) cmd_rebuild_reports ;;
  help | -h | --help) cmd_help ;;
  *)
    cmd_help >&2
    die "unknown command '$command'"
    ;;
  esac
}

main "$@"
