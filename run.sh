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

pids=()
redis_pid=""
# Stops one process: SIGTERM, up to 20 s for a clean shutdown, then SIGKILL.
stop_process() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  echo "    (pid $pid did not stop in 20 s; killed)"
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "==> Stopping"
  # Newest first: replay, dashboard, silo, and Redis last — a silo leaving the cluster still writes to Redis.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do stop_process "${pids[$i]}"; done
  if [ -n "$redis_pid" ]; then
    redis-cli -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
    stop_process "$redis_pid"
  fi
  echo "==> Stopped (Redis data kept in $RUN_DIR/redis)"
}
trap cleanup INT TERM EXIT

wait_http() {
  local url="$1" name="$2"
  for _ in $(seq 1 120); do
    curl -fsS "$url" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$name did not come up at $url; see $RUN_DIR/*.log" >&2
  exit 1
}

install_missing
mkdir -p "$RUN_DIR/redis"

echo "==> Building (Release)"
dotnet build Philly311.Ops.sln -c Release -nologo -v quiet

echo "==> Redis on 127.0.0.1:$REDIS_PORT (AOF, fsync every second)"
# Its own session: Ctrl-C in the terminal reaches the silo and the dashboard, not Redis, which cleanup stops last.
setsid redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$RUN_DIR/redis" \
  --appendonly yes --appendfsync everysec --save "" >"$RUN_DIR/redis.log" 2>&1 &
redis_pid=$!
# PONG, not just an answer: while Redis loads a large AOF it answers "LOADING" and the silo would fail to start.
for _ in $(seq 1 300); do [ "$(redis-cli -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ] && break; sleep 0.2; done

common=(--ConnectionStrings:redis="127.0.0.1:$REDIS_PORT")
echo "==> Silo on $SILO_URL"
dotnet Silo/bin/Release/net10.0/Philly311.Ops.Silo.dll --urls "$SILO_URL" "${common[@]}" \
  --Ingest:ApiKey="$API_KEY" >"$RUN_DIR/silo.log" 2>&1 &
pids+=($!)
wait_http "$SILO_URL/health/ready" "The silo"

echo "==> Dashboard on $DASHBOARD_URL"
dotnet Dashboard/bin/Release/net10.0/Philly311.Ops.Dashboard.dll --urls "$DASHBOARD_URL" "${common[@]}" \
  >"$RUN_DIR/dashboard.log" 2>&1 &
pids+=($!)
wait_http "$DASHBOARD_URL/health/ready" "The dashboard"

cat <<INFO

  Philly311.Ops is running.
    Board        $DASHBOARD_URL/          (wallboard: $DASHBOARD_URL/wallboard)
    Hub          $DASHBOARD_URL/hubs/ops  (groups: city, dept:{code}, hood:{id}, zip:{zip}, channel:{name}, service:{type})
    Ingest API   $SILO_URL/api/requests   (header X-Api-Key: $API_KEY)
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
  Ctrl-C stops everything.

INFO

dotnet LoadTests/bin/Release/net10.0/Philly311.Ops.LoadTests.dll replay \
  LoadTests/Data/philly311_2025-02-14_eagles_parade_day_sample.csv \
  --today --target "$SILO_URL" --api-key "$API_KEY" --speed "$SPEED" --id-prefix "run$(date +%s)-" &
pids+=($!)

# Keep running (board stays up after the replay ends) until Ctrl-C or a component dies.
wait -n "$redis_pid" "${pids[@]:0:2}" || true
