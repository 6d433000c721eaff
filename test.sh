#!/usr/bin/env bash
# Builds everything in Release (warnings are errors) and runs every test project against real parts:
# redis-server started by the fixtures, Orleans silos, Debian's Chromium for the browser tests.
# Ends with one line of totals: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

install_missing() {
  local need=()
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ ${#need[@]} -eq 0 ] && return 0
  echo "==> Installing ${need[*]} (apt)"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq || return 1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null || return 1
}

if ! install_missing; then
  echo "Could not install redis-server/chromium with apt."
  echo "0 passed, 1 failed"
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo "==> Building (Release)"
if ! dotnet build Philly311.Ops.sln -c Release -nologo -v quiet; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; skipped=0; broken=0
log=$(mktemp)
# One project at a time: each starts real Redis servers, silos and browsers, and two cores are all we have.
for project in tests/Silo.Tests tests/Dashboard.Tests tests/LoadTests.Tests tests/Faults.Tests tests/EndToEnd.Tests; do
  echo "==> $project"
  dotnet test "$project" -c Release --no-build -nologo --blame-hang-timeout 5m 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  summary=$(grep -E '(Passed|Failed)!\s+- Failed:' "$log" | tail -n 1)
  if [ -z "$summary" ]; then
    echo "!! $project produced no test summary (exit $status)"
    broken=$((broken + 1))
    continue
  fi
  f=$(sed -E 's/.*Failed:\s+([0-9]+).*/\1/' <<<"$summary")
  p=$(sed -E 's/.*Passed:\s+([0-9]+).*/\1/' <<<"$summary")
  s=$(sed -E 's/.*Skipped:\s+([0-9]+).*/\1/' <<<"$summary")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  [ "$status" -ne 0 ] && [ "$f" -eq 0 ] && broken=$((broken + 1))
done
rm -f "$log"

failed=$((failed + broken))
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
