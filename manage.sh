#!/usr/bin/env bash
# manage.sh: set up, run and test the Switchboard stack on one machine.
# `./manage.sh help` lists the commands; README.md explains the configuration.
set -euo pipefail

# ----------------------------------------------------------------------------
# Process table. One line per process; started top to bottom (each must be
# healthy before the next starts, so keep the gateway last), stopped bottom up.
#   name      process name: .run/logs/<name>.log, <NAME>_DATABASE_URL, <NAME>_URL
#   entry     TypeScript entry, run as `node --import tsx <entry>` from the repo root
#   port      its PORT; it must answer GET /healthz there with 200 when ready
#   database  its own Postgres database, or - for none. A process with a database
#             must have <entry dir>/data/migrate.main.ts; <entry dir>/data/seed.main.ts
#             is run too when it exists.
# ----------------------------------------------------------------------------
PROCESSES=(
  # name    entry                        port  database
  "auth     services/auth/src/main.ts    4001  switchboard_auth"
  "tickets  services/tickets/src/main.ts 4002  switchboard_tickets"
  "presence services/presence/src/main.ts 4003 switchboard_presence"
  "gateway  gateway/src/main.ts          8080  -"
)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN_DIR="$ROOT/.run"
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
  export SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:1025}"
  export HOST="${HOST:-127.0.0.1}"
  export LOG_LEVEL="${LOG_LEVEL:-info}"
  HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-60}" # seconds start waits for each GET /healthz
  STOP_TIMEOUT="${STOP_TIMEOUT:-15}"     # seconds stop waits after TERM before KILL
  local row name entry port db var
  for row in "${PROCESSES[@]}"; do
    read -r name entry port db <<<"$row"
    var="$(env_prefix "$name")_URL" # AUTH_URL, TICKETS_URL, ...: where the gateway finds each one
    [[ -n ${!var:-} ]] || export "$var=http://$(probe_host):$port"
  done
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

process_names() {
  local row name _
  for row in "${PROCESSES[@]}"; do
    read -r name _ <<<"$row"
    printf '%s\n' "$name"
  done
}

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

data_entry() { printf '%s/data/%s.main.ts' "$(dirname "$P_ENTRY")" "$1"; }

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

build_all() {
  step "Building (turbo run build)"
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
  local name="$1" pid log deadline
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

  deadline=$((SECONDS + HEALTH_TIMEOUT))
  until healthy "$P_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      fail "$name exited during start-up"
      show_log_tail "$name"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      fail "$name did not answer GET /healthz on port $P_PORT within ${HEALTH_TIMEOUT}s"
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
  local login
  lookup gateway
  printf '\n%sSwitchboard is running:%s http://%s:%s\n' "$C_GREEN" "$C_OFF" "$(probe_host)" "$P_PORT"
  printf 'Demo tenant "Demo Contact Center" (slug demo); every password is %s:\n' "$DEMO_PASSWORD"
  for login in "${DEMO_LOGINS[@]}"; do printf '  %s\n' "$login"; done
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
  check_infra
  create_databases
  migrate_all
  seed_all
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
  print_banner
}

cmd_stop() {
  local name
  while read -r name; do stop_process "$name"; done < <(reverse_process_names)
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
  return "$all_ok"
}

cmd_logs() {
  local files=() name
  if [[ $# -gt 0 ]]; then
    lookup "$1"
    files=("$(log_file "$1")")
  else
    while read -r name; do files+=("$(log_file "$name")"); done < <(process_names)
  fi
  mkdir -p "$LOG_DIR"
  exec tail -n 50 -F "${files[@]}"
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

print_test_summary() {
  local line verdict
  printf '\n%s==> Summary%s\n' "$C_BOLD" "$C_OFF"
  for line in "${TEST_RESULTS[@]}"; do printf '    %s\n' "$line"; done
  if [[ ${#FAILED_STEPS[@]} -eq 0 ]]; then
    verdict="${C_GREEN}PASSED${C_OFF}"
  else
    printf 'Failed steps: %s (logs in .run/test/)\n' "$(printf '%s\n' "${FAILED_STEPS[@]}" | paste -sd ',' | sed 's/,/, /g')"
    verdict="${C_RED}FAILED${C_OFF}"
  fi
  printf '%s: %d passed, %d failed\n' "$verdict" "$TEST_PASSED" "$TEST_FAILED"
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

  local colors=off
  [[ ! -t 1 ]] || colors=force
  run_step lint "$BIN/biome" ci --colors="$colors" .
  run_step typecheck "$BIN/turbo" run typecheck --continue --output-logs=errors-only
  run_step test "$BIN/turbo" run test --concurrency=2 --continue --output-logs=new-only
  local chaos
  chaos="$(cd "$ROOT" && node scripts/workspaces-with-script.mjs test:chaos)"
  if [[ -n $chaos ]]; then
    grep -q '"test:chaos"' "$ROOT/turbo.json" || warn 'turbo.json defines no "test:chaos" task; turbo will refuse to run it'
    run_step chaos "$BIN/turbo" run test:chaos --concurrency=1 --continue --output-logs=new-only
  else
    TEST_RESULTS+=("$(printf '%-10s skipped        no workspace has a test:chaos script yet' chaos)")
  fi
  print_test_summary
  [[ ${#FAILED_STEPS[@]} -eq 0 ]]
}

cmd_help() {
  cat <<EOF
Usage: ./manage.sh <command>

  start        set up everything a fresh clone needs (npm install, infra check, databases,
               migrations, seed, build) and start every process in the background;
               prints the URL and the demo logins. Does nothing if already running.
  stop         stop every process (TERM, then KILL after ${STOP_TIMEOUT}s)
  status       one line per process: state, pid, port, health (exit 3 unless all healthy)
  logs [name]  follow the log of one process, or of all (.run/logs/)
  migrate      install if needed, create missing databases, run every migration
  seed         install if needed, create missing databases, seed the demo tenant
               (idempotent; run migrate first on a new database)
  test         run every check: biome ci, typecheck, unit/integration tests, then the
               chaos suites alone. This is the command CI runs.
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
  start | stop | status | migrate | seed | test) "cmd_$command" "$@" ;;
  logs) cmd_logs "$@" ;;
  help | -h | --help) cmd_help ;;
  *)
    cmd_help >&2
    die "unknown command '$command'"
    ;;
  esac
}

main "$@"
