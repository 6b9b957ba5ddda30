#!/usr/bin/env bash
# Start-up time of Column Desk against its floor, in one run on this machine:
#   bare  - Payara Micro with nothing deployed, until it answers HTTP
#   fresh - ./run.sh on an empty data folder (migrations, seeding), until /health is UP
#   warm  - ./run.sh again on the same data folder, until /health is UP
# Each is measured RUNS times (default 3); the medians and the ratios to "bare" are printed.
# Usage: bench/startup.sh            (builds first if the war is missing)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=${RUNS:-3}
port=${PORT:-18080}
micro=cms-web/target/payara-micro.jar
[[ -f cms-web/target/cms-web.war && -f $micro ]] ||
  mvn -B -q -DskipTests -Dspotless.check.skip=true package

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

# Milliseconds from launching "$@" until the URL answers with a body matching the pattern.
time_start() {
  local url=$1 pattern=$2
  shift 2
  local started pid elapsed
  started=$(now_ms)
  "$@" >"$work/last.log" 2>&1 &
  pid=$!
  until curl -s --max-time 2 "$url" 2>/dev/null | grep -q "$pattern"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/last.log" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(($(now_ms) - started))
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$elapsed"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

declare -A results
for ((i = 1; i <= runs; i++)); do
  bare=$(time_start "http://localhost:$port/" "" java -jar "$micro" --nocluster --port "$port")
  rm -rf "$work/data"
  fresh=$(time_start "http://localhost:$port/health" '"database"' \
    env PORT="$port" CMS_DATA_DIR="$work/data" ./run.sh)
  warm=$(time_start "http://localhost:$port/health" '"database"' \
    env PORT="$port" CMS_DATA_DIR="$work/data" ./run.sh)
  echo "run $i: bare ${bare} ms, fresh ${fresh} ms, warm ${warm} ms"
  results[bare]+="$bare "
  results[fresh]+="$fresh "
  results[warm]+="$warm "
done

bare=$(tr ' ' '\n' <<<"${results[bare]}" | grep . | median)
fresh=$(tr ' ' '\n' <<<"${results[fresh]}" | grep . | median)
warm=$(tr ' ' '\n' <<<"${results[warm]}" | grep . | median)
echo
echo "median of $runs: bare Payara Micro ${bare} ms; Column Desk fresh ${fresh} ms, warm ${warm} ms"
awk -v b="$bare" -v f="$fresh" -v w="$warm" \
  'BEGIN {printf "ratio to bare: fresh %.2fx, warm %.2fx (target: under 30 s to /health UP)\n", f/b, w/b}'
