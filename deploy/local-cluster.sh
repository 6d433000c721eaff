#!/usr/bin/env bash
# Several silos on one Redis form one Orleans cluster: start N of them (default 3) on this machine,
# each with its own HTTP, silo and gateway ports. Kill one with kill -9 to watch the others take over.
# Expects Redis on 127.0.0.1:${P311_REDIS_PORT:-6380} (./run.sh starts one) and a Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-3}"
REDIS_PORT="${P311_REDIS_PORT:-6380}"
mkdir -p .run
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait' INT TERM EXIT
for i in $(seq 1 "$N"); do
  http=$((5080 + i)); silo=$((11111 + i)); gateway=$((30000 + i))
  dotnet Silo/bin/Release/net10.0/Philly311.Ops.Silo.dll --urls "http://localhost:$http" \
    --ConnectionStrings:redis="127.0.0.1:$REDIS_PORT" --Orleans:SiloPort=$silo --Orleans:GatewayPort=$gateway \
    >".run/silo-$i.log" 2>&1 &
  pids+=($!)
  echo "silo $i: pid $! http://localhost:$http (silo port $silo, gateway $gateway; ready: curl http://localhost:$http/health/ready)"
done
wait
