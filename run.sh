#!/usr/bin/env bash
# Starts the whole board on this machine: Redis, one silo, the dashboard, and a replay of a real
# Philly311 day (the Eagles parade, 14 Feb 2025) laid onto today in city time. Ctrl-C stops all of it.
set -euo pipefail
cd "$(dirname "$0")"

REDIS_PORT="${P311_REDIS_PORT:-6380}"
SILO_URL="${P311_SILO_URL:-http://localhost:5080}"
DASHBOARD_URL="${P311_DASHBOARD_URL:-http://localhost:5000}"
SPEED="${P311_REPLAY_SPEED:-1}"
API_KEY="dev-ingest-key"
RUN_DIR="$PWD/.run"
# A local demo: Development, where the public dev key is allowed (any other environment refuses to start with it).
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"

install_missing() {
  local need=()
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  [ ${#need[@]} -eq 0 ] && return
  echo "==> Installing ${need[*]} (apt)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
}

# Supervision: each component is started by its start_<name> function and, if it dies while run.sh runs, started
# again after a pause that doubles from 1 s to 30 s while it keeps dying quickly. One component dying never stops
# the others: the silo and the dashboard ride out a Redis restart, the dashboard and the replay a silo restart.
declare -A pid=() started_at=() delay=() due=()
components=()
stopping=0

# Stops one process: SIGTERM, up to 20 s for a clean shutdown (the programs end themselves 13 s after a stop signal
# at most), then SIGKILL.
stop_process() {
  local p=$1
  kill "$p" 2>/dev/null || return 0
  for _ in $(seq 1 200); do kill -0 "$p" 2>/dev/null || return 0; sleep 0.1; done
  echo "    (pid $p did not stop in 20 s; killed)"
  kill -9 "$p" 2>/dev/null || true
}
cleanup() {
  local status=$1
  trap - INT TERM EXIT
  stopping=1
  echo
  echo "==> Stopping"
  # Newest first: replay, dashboard, silo, and Redis last — a silo leaving the cluster still writes to Redis.
  for ((i = ${#components[@]} - 1; i >= 0; i--)); do
    local name=${components[$i]}
    [ -n "${pid[$name]:-}" ] || continue
    if [ "$name" = redis ]; then redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true; fi
    stop_process "${pid[$name]}"
  done
  echo "==> Stopped (Redis data kept in $RUN_DIR/redis)"
  exit "$status"
}
trap 'cleanup 0' INT TERM
trap 'cleanup $?' EXIT

wait_http() {
  local url="$1" name="$2"
  for _ in $(seq 1 120); do
    curl -fsS "$url" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$name did not come up at $url; see $RUN_DIR/*.log" >&2
  exit 1
}

# Starts (or starts again) one component in the background; its output is appended to .run/<name>.log (the
# replay's goes to the terminal: it is what run.sh shows).
launch() {
  local name=$1
  if [ "$name" = replay ]; then "start_$name" & else "start_$name" >>"$RUN_DIR/$name.log" 2>&1 & fi
  pid[$name]=$!
  started_at[$name]=$SECONDS
  [[ " ${components[*]} " == *" $name "* ]] || components+=("$name")
}

# One pass over the components: a dead one is reported and, once its pause is over, started again.
supervise_once() {
  local name status ran
  for name in "${components[@]}"; do
    if [ -n "${pid[$name]}" ] && ! kill -0 "${pid[$name]}" 2>/dev/null; then
      wait "${pid[$name]}" 2>/dev/null && status=0 || status=$?
      ran=$((SECONDS - started_at[$name]))
      # Ran a minute or more: a fresh failure, restart soon; died quickly again: wait twice as long (at most 30 s).
      if [ "$ran" -ge 60 ]; then delay[$name]=1; else delay[$name]=$(( ${delay[$name]:-0} * 2 )); fi
      [ "${delay[$name]}" -lt 1 ] && delay[$name]=1
      [ "${delay[$name]}" -gt 30 ] && delay[$name]=30
      due[$name]=$((SECONDS + delay[$name]))
      pid[$name]=""
      echo "==> $name exited (status $status) after ${ran} s; starting it again in ${delay[$name]} s (log: $RUN_DIR/$name.log)"
    fi
    if [ -z "${pid[$name]}" ] && [ "$SECONDS" -ge "${due[$name]:-0}" ] && [ "$stopping" -eq 0 ]; then
      launch "$name"
      echo "==> $name started again (pid ${pid[$name]})"
    fi
  done
}

install_missing
mkdir -p "$RUN_DIR/redis"
for log in redis providers silo dashboard contacts; do : >"$RUN_DIR/$log.log"; done

echo "==> Building (Release)"
dotnet build Philly311.Ops.sln -c Release -nologo -v quiet

# AOF always: every write fsynced before Redis answers, so not even a host crash loses an acknowledged event (costs
# ingest throughput: README, "What each fault costs"). everysec (the default) may lose up to ~1 s of them on a host crash.
APPENDFSYNC="${P311_REDIS_APPENDFSYNC:-everysec}"
case "$APPENDFSYNC" in everysec | always) ;; *) echo "P311_REDIS_APPENDFSYNC must be everysec or always, not '$APPENDFSYNC'" >&2; exit 1 ;; esac
start_redis() {
  # exec: the pid run.sh holds is Redis itself. Its own session: Ctrl-C in the terminal reaches the silo and the
  # dashboard, not Redis, which cleanup stops last.
  exec setsid redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$RUN_DIR/redis" \
    --appendonly yes --appendfsync "$APPENDFSYNC" --save ""
}
echo "==> Redis on 127.0.0.1:$REDIS_PORT (AOF, appendfsync $APPENDFSYNC)"
launch redis
# PONG, not just an answer: while Redis loads a large AOF it answers "LOADING" and the silo would fail to start.
for _ in $(seq 1 300); do [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ] && break; sleep 0.2; done

# The message providers a push goes to (SMS, app push, social, web banner webhooks; an SMTP sink for email): a local
# simulator with 20 % transient failures that calls back with signed statuses. Silo/appsettings.Development.json
# points the channels at these ports.
start_providers() {
  exec dotnet LoadTests/bin/Release/net10.0/Philly311.Ops.LoadTests.dll provider-sim --port 5090 --smtp-port 2525 --failure-rate 0.2
}
echo "==> Provider simulator on 127.0.0.1:5090 (webhooks) and :2525 (SMTP)"
launch providers

common=(--ConnectionStrings:redis="127.0.0.1:$REDIS_PORT")
start_silo() {
  exec dotnet Silo/bin/Release/net10.0/Philly311.Ops.Silo.dll --urls "$SILO_URL" "${common[@]}" --Ingest:ApiKey="$API_KEY"
}
echo "==> Silo on $SILO_URL"
launch silo
wait_http "$SILO_URL/health/ready" "The silo"

start_dashboard() {
  exec dotnet Dashboard/bin/Release/net10.0/Philly311.Ops.Dashboard.dll --urls "$DASHBOARD_URL" "${common[@]}"
}
echo "==> Dashboard on $DASHBOARD_URL"
launch dashboard
wait_http "$DASHBOARD_URL/health/ready" "The dashboard"

cat <<INFO

  Philly311.Ops is running.
    Board        $DASHBOARD_URL/          (wallboard: $DASHBOARD_URL/wallboard)
    Hub          $DASHBOARD_URL/hubs/ops  (groups: city, dept:{code}, hood:{id}, zip:{zip}, channel:{name}, service:{type})
    Ingest API   $SILO_URL/api/requests   (header X-Api-Key: $API_KEY)
    Contacts     $SILO_URL/api/contacts, /api/agents/state   (same key; simulated floor, log: $RUN_DIR/contacts.log)
    Queues       $DASHBOARD_URL/queues/queue:general   and   $SILO_URL/api/queues (same key)
    Emergencies  $DASHBOARD_URL/events (liaison or director: declare, push)   FAQ coverage: $DASHBOARD_URL/faq
                 pushes go to the provider simulator (log: $RUN_DIR/providers.log)
    Snapshot     $SILO_URL/api/snapshot   (header X-Api-Key: $API_KEY)
    Sign in      $DASHBOARD_URL/signin    development users (Dashboard/appsettings.Development.json):
                   director / dev-director    liaison / dev-liaison    streets-supervisor / dev-supervisor (streets only)
    Wallboards   $DASHBOARD_URL/wallboard?token=dev-wallboard-default-token
                   $DASHBOARD_URL/wallboard/floor?token=dev-wallboard-floor-token   (display tokens, read-only)
    Hub key      Authorization: Bearer dev-hub-key-philly311   (services and LoadTests readers on the hub)
    Logs         $RUN_DIR/*.log

  Replaying the Eagles-parade day (510 real requests) onto today, city time of day kept: what
  has already happened today loads at once, the rest plays live at ${SPEED}x (P311_REPLAY_SPEED);
  close times are estimated per request type (LoadTests/Data/close-time-estimates.csv).
  A component that dies is started again; Ctrl-C stops everything.

INFO

# One id prefix for the whole run: a replay started again re-sends today's versions, and the silo answers them
# "duplicate" instead of counting them twice.
ID_PREFIX="run$(date +%s)-"
start_replay() {
  exec dotnet LoadTests/bin/Release/net10.0/Philly311.Ops.LoadTests.dll replay \
    LoadTests/Data/philly311_2025-02-14_eagles_parade_day_sample.csv \
    --today --target "$SILO_URL" --api-key "$API_KEY" --speed "$SPEED" --id-prefix "$ID_PREFIX"
}
launch replay

# The phone system and the digital channels: a seeded contact-center floor (LoadTests/Data/contact-center-profile.yaml)
# from city midnight to now at once, then live. Restarted, it resends the same event ids: answered "duplicate".
CONTACT_SPEED="${P311_CONTACT_SPEED:-1}"
start_contacts() {
  exec dotnet LoadTests/bin/Release/net10.0/Philly311.Ops.LoadTests.dll contact-center \
    --today --target "$SILO_URL" --api-key "$API_KEY" --speed "$CONTACT_SPEED"
}
launch contacts

# Keep everything running (the board stays up after the replay ends) until Ctrl-C.
while true; do
  sleep 1
  supervise_once
done
