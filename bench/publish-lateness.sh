#!/usr/bin/env bash
# How late scheduled columns go live: starts the desk on a fresh H2 data folder, writes, approves
# and schedules COLUMNS columns (default 60) spread over SPREAD seconds (default 30), several due
# in the same second, waits, and reads each scheduler PUBLISH event from the audit log. Lateness is
# the event's "at" minus its "dueAt". Prints the median, the 95th percentile and the worst, in ms.
# The contract: live at most 2 s after publishAt, every time.
# Usage: bench/publish-lateness.sh   (or BASE=http://host:port to measure a desk already running,
#        with the demo accounts present)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

columns=${COLUMNS:-60}
spread=${SPREAD:-30}
port=${PORT:-18081}
password=${CMS_DEMO_PASSWORD:-demo-password}
work=$(mktemp -d)
pid=
cleanup() {
  [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${BASE:-} ]]; then
  BASE=http://localhost:$port
  PORT=$port CMS_DATA_DIR="$work/data" ./run.sh >"$work/desk.log" 2>&1 &
  pid=$!
  until curl -s --max-time 2 "$BASE/health" | grep -q '"database"'; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/desk.log" >&2; exit 1; }
    sleep 0.5
  done
fi
api=$BASE/api/v1

call() { # user method path [json]
  curl -sf -u "$1:$password" -X "$2" -H 'Content-Type: application/json' "$api$3" ${4:+-d "$4"}
}

start=$(($(date +%s) + 20 + columns / 4)) # time to prepare every column first
ids=()
for ((i = 0; i < columns; i++)); do
  id=$(call writer POST /columns "{\"title\": \"발행 시각 측정 $i\", \"body\": \"<p>측정용 칼럼 $i</p>\"}" | jq .id)
  call writer POST "/columns/$id/submit" >/dev/null
  call editor POST "/columns/$id/approve" >/dev/null
  due=$(date -u -d "@$((start + i * spread / columns))" +%Y-%m-%dT%H:%M:%SZ)
  call publisher POST "/columns/$id/schedule" "{\"publishAt\": \"$due\"}" >/dev/null
  ids+=("$id")
done
prepared=$(date +%s)
((prepared < start)) || { echo "preparing took too long: raise the head start" >&2; exit 1; }

sleep $((start + spread - $(date +%s) + 3))

for id in "${ids[@]}"; do
  call editor GET "/audit?column=$id&action=PUBLISH" |
    jq -r '.items[] | select(.actor == "scheduler") | [.dueAt, .at] | @tsv'
done | while IFS=$'\t' read -r due at; do
  echo $(( $(date -d "$at" +%s%3N) - $(date -d "$due" +%s%3N) ))
done | sort -n >"$work/lateness"

published=$(wc -l <"$work/lateness")
awk -v n="$published" -v want="$columns" '
  { a[NR] = $1 }
  END {
    if (n == 0) { print "nothing was published"; exit 1 }
    median = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    p95 = a[int(0.95 * n + 0.999)]
    printf "scheduler PUBLISH events: %d for %d scheduled columns (one each expected)\n", n, want
    printf "lateness ms: median %d, p95 %d, worst %d, best %d\n", median, p95, a[n], a[1]
    if (n != want) exit 1
  }' "$work/lateness"
