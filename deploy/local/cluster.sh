#!/usr/bin/env bash
# A whole cluster on one machine: Redis (AOF) + N silos + M dashboards, each its own process on free ports, started
# like production (ASPNETCORE_ENVIRONMENT=Production, a fresh ingest key per run), logs and pid files in a run folder.
#
#   deploy/local/cluster.sh up [--silos 3] [--dashboards 2] [--run-dir DIR]   start, wait until every process is ready
#   deploy/local/cluster.sh status [--run-dir DIR]                            each process: pid, alive, /health/ready
#   deploy/local/cluster.sh down [--run-dir DIR]                              SIGTERM in reverse order, wait, then SIGKILL
#
# Run folder: --run-dir, else $P311_CLUSTER_DIR, else .run/cluster. In it: <name>.pid, <name>.log, <name>.url, the
# ingest key (ingest-key, mode 600) and Redis's data (redis/). Kill one silo with kill -9 "$(cat DIR/silo-2.pid)" to
# watch the others take over. Needs redis-server, curl and a Release build (built here when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STOP_WAIT_SECONDS=30
READY_WAIT_SECONDS=120

usage() {
  sed -n '4,6p' "$0" | sed 's/^# //' >&2
  exit 2
}

command="${1:-}"
[ -n "$command" ] || usage
shift
silos=3
dashboards=2
run_dir="${P311_CLUSTER_DIR:-$ROOT/.run/cluster}"
while [ $# -gt 0 ]; do
  case "$1" in
    --silos) silos="${2:?--silos needs a number}"; shift 2 ;;
    --dashboards) dashboards="${2:?--dashboards needs a number}"; shift 2 ;;
    --run-dir) run_dir="${2:?--run-dir needs a folder}"; shift 2 ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done
[[ "$silos" =~ ^[1-9][0-9]*$ ]] || { echo "--silos must be 1 or more" >&2; exit 2; }
[[ "$dashboards" =~ ^[0-9]+$ ]] || { echo "--dashboards must be 0 or more" >&2; exit 2; }

# "up" runs inside "||" (to stop what it started on a failure), where set -e does not apply: every step checks itself.

# Processes in start order; down stops them in reverse (dashboards, silos, then Redis: a leaving silo still writes to it).
names() {
  [ -f "$run_dir/order" ] && cat "$run_dir/order"
  return 0
}

alive() {
  local pid_file="$run_dir/$1.pid"
  [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

# A port nobody listens on, and not handed out earlier in this run.
taken=" "
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    [[ "$taken" == *" $port "* ]] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      taken+="$port "
      echo "$port"
      return
    fi
  done
}

# Started in a session of its own, so a Ctrl-C in the terminal that ran "up" does not reach it: only "down" stops it.
start() {
  local name=$1
  shift
  setsid "$@" </dev/null >"$run_dir/$name.log" 2>&1 &
  echo $! >"$run_dir/$name.pid"
  echo "$name" >>"$run_dir/order"
}

ready_code() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1/health/ready" 2>/dev/null || true
}

wait_ready() {
  local name=$1 url
  url="$(cat "$run_dir/$name.url")"
  for _ in $(seq 1 $((READY_WAIT_SECONDS * 4))); do
    [ "$(ready_code "$url")" = "200" ] && return 0
    alive "$name" || { echo "$name exited; last lines of $run_dir/$name.log:" >&2; tail -n 20 "$run_dir/$name.log" >&2; return 1; }
    sleep 0.25
  done
  echo "$name not ready at $url/health/ready within $READY_WAIT_SECONDS s; see $run_dir/$name.log" >&2
  return 1
}

stop_one() {
  local name=$1 pid
  [ -f "$run_dir/$name.pid" ] || return 0
  pid="$(cat "$run_dir/$name.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$pid" 2>/dev/null && [ $waited -lt $((STOP_WAIT_SECONDS * 10)) ]; do sleep 0.1; waited=$((waited + 1)); done
    if kill -0 "$pid" 2>/dev/null; then
      echo "  $name (pid $pid) still running after ${STOP_WAIT_SECONDS} s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    else
      echo "  $name (pid $pid) stopped after $((waited / 10)).$((waited % 10)) s"
    fi
  else
    echo "  $name (pid $pid) was not running"
  fi
  rm -f "$run_dir/$name.pid"
}

down() {
  local all=()
  mapfile -t all < <(names)
  if [ ${#all[@]} -eq 0 ]; then
    echo "nothing to stop in $run_dir"
    return 0
  fi
  echo "==> Stopping (SIGTERM, up to ${STOP_WAIT_SECONDS} s each)"
  for ((i = ${#all[@]} - 1; i >= 0; i--)); do stop_one "${all[$i]}"; done
  rm -f "$run_dir/order" "$run_dir"/*.url
  echo "==> Stopped; logs and Redis data kept in $run_dir"
}

status() {
  local all=() failing=0
  mapfile -t all < <(names)
  if [ ${#all[@]} -eq 0 ]; then
    echo "no cluster in $run_dir"
    return 1
  fi
  printf '%-13s %-8s %-8s %-32s %s\n' NAME PID STATE URL READY
  for name in "${all[@]}"; do
    local pid="-" state="stopped" url="-" ready="-"
    [ -f "$run_dir/$name.pid" ] && pid="$(cat "$run_dir/$name.pid")"
    alive "$name" && state="running"
    [ -f "$run_dir/$name.url" ] && url="$(cat "$run_dir/$name.url")"
    if [ "$name" = redis ]; then
      [ "$state" = running ] && [ "$(redis-cli -p "${url##*:}" ping 2>/dev/null)" = PONG ] && ready="PONG" || ready="no answer"
      [ "$ready" = PONG ] || failing=1
    else
      ready="$(ready_code "$url")"
      [ "$ready" = "200" ] || failing=1
      [ "$ready" = "000" ] && ready="no answer"
    fi
    [ "$state" = running ] || failing=1
    printf '%-13s %-8s %-8s %-32s %s\n' "$name" "$pid" "$state" "$url" "$ready"
  done
  return $failing
}

up() {
  for tool in redis-server redis-cli curl setsid; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (./run.sh and ./test.sh install redis-server)" >&2; exit 1; }
  done
  mkdir -p "$run_dir/redis"
  if [ -n "$(names)" ]; then
    local running=0
    for name in $(names); do alive "$name" && running=1; done
    [ $running -eq 1 ] && { echo "a cluster is already running in $run_dir: 'down' it first" >&2; status || true; exit 1; }
    rm -f "$run_dir/order"
  fi
  local silo_dll="$ROOT/Silo/bin/Release/net10.0/Philly311.Ops.Silo.dll"
  local dashboard_dll="$ROOT/Dashboard/bin/Release/net10.0/Philly311.Ops.Dashboard.dll"
  if [ ! -f "$silo_dll" ] || [ ! -f "$dashboard_dll" ]; then
    echo "==> Building (Release)"
    dotnet build "$ROOT/Philly311.Ops.sln" -c Release -nologo -v quiet
  fi

  # A key of this run only; Production refuses the public development key.
  local key
  key="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  (umask 077 && echo "$key" >"$run_dir/ingest-key")
  local cluster_id="local-$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  # Production refuses a dashboard nobody can sign in to: a director with a password of this run only (stored as a
  # PBKDF2 hash, as Dashboard/Access expects; made with Node, which every machine here has) and a hub key for services.
  local director_password hub_key director_hash
  director_password="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  hub_key="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  director_hash="$(node -e 'const c=require("crypto");const s=c.randomBytes(16);console.log("pbkdf2-sha256$100000$"+s.toString("base64")+"$"+c.pbkdf2Sync(process.argv[1],s,100000,32,"sha256").toString("base64"))' "$director_password")"
  (umask 077 && echo "$director_password" >"$run_dir/director-password" && echo "$hub_key" >"$run_dir/hub-key")
  local appendfsync="${P311_REDIS_APPENDFSYNC:-everysec}"
  case "$appendfsync" in everysec | always) ;; *) echo "P311_REDIS_APPENDFSYNC must be everysec or always" >&2; return 1 ;; esac

  local redis_port
  redis_port="$(free_port)"
  echo "==> Redis on 127.0.0.1:$redis_port (AOF, appendfsync $appendfsync; data in $run_dir/redis)"
  start redis redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$run_dir/redis" \
    --appendonly yes --appendfsync "$appendfsync" --save "" --protected-mode yes
  echo "redis://127.0.0.1:$redis_port" >"$run_dir/redis.url"
  for _ in $(seq 1 300); do [ "$(redis-cli -p "$redis_port" ping 2>/dev/null)" = "PONG" ] && break; sleep 0.2; done

  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" DOTNET_NOLOGO=1
  local common=(--ConnectionStrings:redis="127.0.0.1:$redis_port" --Orleans:ClusterId="$cluster_id" --Orleans:ServiceId=philly311-ops)
  for i in $(seq 1 "$silos"); do
    local http silo gateway
    http="$(free_port)"; silo="$(free_port)"; gateway="$(free_port)"
    start "silo-$i" dotnet "$silo_dll" --urls "http://127.0.0.1:$http" "${common[@]}" \
      --Ingest:ApiKey="$key" --Orleans:SiloPort="$silo" --Orleans:GatewayPort="$gateway"
    echo "http://127.0.0.1:$http" >"$run_dir/silo-$i.url"
    echo "==> silo-$i on http://127.0.0.1:$http (silo port $silo, gateway $gateway)"
    # The first silo alone: it creates the cluster the others then join.
    if [ "$i" -eq 1 ]; then wait_ready silo-1 || return 1; fi
  done
  for i in $(seq 2 "$silos"); do wait_ready "silo-$i" || return 1; done
  for i in $(seq 1 "$dashboards"); do
    local http
    http="$(free_port)"
    start "dashboard-$i" dotnet "$dashboard_dll" --urls "http://127.0.0.1:$http" "${common[@]}" \
      --Access:Users:director:Role=director --Access:Users:director:PasswordHash="$director_hash" --Access:HubKeys:local="$hub_key"
    echo "http://127.0.0.1:$http" >"$run_dir/dashboard-$i.url"
    echo "==> dashboard-$i on http://127.0.0.1:$http"
  done
  for i in $(seq 1 "$dashboards"); do wait_ready "dashboard-$i" || return 1; done
  echo "==> Ready. Ingest key in $run_dir/ingest-key (header X-Api-Key); sign in as director with the password in"
  echo "    $run_dir/director-password; hub key in $run_dir/hub-key. Stop with: $0 down --run-dir $run_dir"
  status || true
}

case "$command" in
  up) up || { echo "==> Start failed; stopping what was started" >&2; down >&2; exit 1; } ;;
  down) down ;;
  status) status ;;
  *) usage ;;
esac
