#!/usr/bin/env bash
# Proof that scheduled publishing is exactly once, on time, with a two-instance cluster on one
# PostgreSQL database, and that it catches up after downtime. CI runs it (.ci/run).
#
#   1. Creates a new PostgreSQL database and starts two clustered ./run.sh instances on it
#      (ports PORT_A and PORT_B, default 18081 and 18082; data grid ports 16901 and 16902).
#   2. Kill test: writes, approves and schedules COLUMNS columns (default 100), all due at one
#      instant, kills instance A with SIGKILL KILL_BEFORE seconds (default 3) before that instant,
#      and checks through the API, the audit log and the database that every column went live
#      exactly once (one scheduler PUBLISH event each); prints the lateness (publishedAt − publishAt).
#   3. Catch-up test: schedules CATCHUP_COLUMNS more (default 50), stops every instance before they
#      fall due, waits past their time, starts one instance and checks that each was published once
#      by the first polls after the start; prints how late, and how long after start-up.
#
# Exits non-zero on any failure. Cleans up its processes and the database however it ends.
# Needs: curl, jq, psql, and PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres).
# Usage: bench/exactly-once.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

columns=${COLUMNS:-100}
catchup_columns=${CATCHUP_COLUMNS:-50}
port_a=${PORT_A:-18081}
port_b=${PORT_B:-18082}
grid_a=${GRID_PORT_A:-16901}
grid_b=${GRID_PORT_B:-16902}
kill_before=${KILL_BEFORE:-3}
lateness_limit_ms=${LATENESS_LIMIT_MS:-2000}
password=demo-password
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

database=columndesk_once_$(date +%s)_$$
work=$(mktemp -d)
declare -A pid=()
failures=0

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  failures=$((failures + 1))
}
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$database" -c "$1"; }

# SIGKILL of whatever an instance left running: run.sh and its Payara Micro child.
kill_instance() {
  local run=${pid[$1]:-}
  [[ -n $run ]] || return 0
  pkill -KILL -P "$run" 2>/dev/null || true
  kill -KILL "$run" 2>/dev/null || true
  wait "$run" 2>/dev/null || true
  unset "pid[$1]"
}

cleanup() {
  local status=$?
  for name in "${!pid[@]}"; do kill_instance "$name"; done
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  if ((status != 0)) && [[ -d $work ]]; then
    for file in "$work"/*.log; do
      [[ -f $file ]] || continue
      echo "--- last lines of $(basename "$file")" >&2
      tail -n 30 "$file" >&2
    done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- instances -----------------------------------------------------------------------------------

start_instance() { # name http-port grid-port
  local name=$1 port=$2 grid=$3
  PORT=$port CMS_DATA_DIR="$work/$name" \
    CMS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" CMS_DB_USER="$PGUSER" \
    CMS_DB_PASSWORD="${PGPASSWORD:-}" CMS_DEMO=true CMS_DEMO_CONTENT=false \
    CMS_CLUSTER=true CMS_CLUSTER_NAME="$database" CMS_CLUSTER_PORT="$grid" \
    CMS_CLUSTER_MEMBERS="127.0.0.1:$grid_a,127.0.0.1:$grid_b" CMS_INSTANCE_NAME="$name" \
    ./run.sh >"$work/$name.log" 2>&1 &
  pid[$name]=$!
}

await_ready() { # name port
  local name=$1 port=$2 deadline=$(($(date +%s) + 240))
  until curl -s --max-time 2 "http://localhost:$port/health/ready" | grep -q '"database"'; do
    kill -0 "${pid[$name]}" 2>/dev/null || { echo "instance $name ended" >&2; exit 1; }
    (($(date +%s) < deadline)) || { echo "instance $name not ready in 240 s" >&2; exit 1; }
    sleep 0.5
  done
}

stop_instance() { # name: SIGTERM, as a process manager stops it
  local name=$1
  kill -TERM "${pid[$name]}"
  wait "${pid[$name]}" || fail "instance $name did not stop cleanly"
  unset "pid[$name]"
}

# --- the API -------------------------------------------------------------------------------------

call() { # port user method path [json]
  curl -sS -f --max-time 30 -u "$2:$password" -X "$3" -H 'Content-Type: application/json' \
    "http://localhost:$1/api/v1$4" ${5:+-d "$5"}
}

# Writes and approves n columns, alternating between the instances; prints their ids.
approved_columns() { # n label ports...
  local n=$1 label=$2
  shift 2
  local ports=("$@") i port id
  for ((i = 0; i < n; i++)); do
    port=${ports[$((i % ${#ports[@]}))]}
    id=$(call "$port" writer POST /columns \
      "{\"title\": \"정시 발행 $label $i\", \"body\": \"<p>한 번만 발행되어야 하는 칼럼 $i</p>\"}" | jq -r .id)
    call "$port" writer POST "/columns/$id/submit" >/dev/null
    call "$port" editor POST "/columns/$id/approve" >/dev/null
    echo "$id"
  done
}

schedule_all() { # due-iso ids-file ports...
  local due=$1 file=$2
  shift 2
  local ports=("$@") i=0 id
  while read -r id; do
    call "${ports[$((i % ${#ports[@]}))]}" publisher POST "/columns/$id/schedule" \
      "{\"publishAt\": \"$due\"}" >/dev/null
    i=$((i + 1))
  done <"$file"
}

# Every PUBLISH audit event as "column<TAB>actor<TAB>dueAt<TAB>at", read page by page.
publish_events() { # port
  local page=0 body
  while :; do
    body=$(call "$1" editor GET "/audit?action=PUBLISH&size=100&page=$page")
    jq -r '.items[] | [.column, .actor, (.dueAt // ""), .at] | @tsv' <<<"$body"
    (((page + 1) * 100 < $(jq .total <<<"$body"))) || break
    page=$((page + 1))
  done
}

ms() { date -d "$1" +%s%3N; }

# Checks one batch: each column live, exactly one PUBLISH event by the scheduler, in the audit log
# and in the database; writes each lateness in ms to the file named by $3.
check_batch() { # port ids-file lateness-file
  local port=$1 ids=$2 out=$3
  publish_events "$port" >"$work/events"
  : >"$out"
  local id events column state actor due at
  while read -r id; do
    events=$(awk -F'\t' -v id="$id" '$1 == id' "$work/events")
    if [[ $(grep -c . <<<"$events") -ne 1 ]]; then
      fail "column $id has $(grep -c . <<<"$events") PUBLISH events in the audit log"
      continue
    fi
    IFS=$'\t' read -r _ actor due at <<<"$events"
    [[ $actor == scheduler ]] || fail "column $id was published by $actor, not the scheduler"
    [[ -n $due ]] || fail "column $id: the PUBLISH event has no dueAt"
    echo $(($(ms "$at") - $(ms "$due"))) >>"$out"
    column=$(call "$port" editor GET "/columns/$id")
    state=$(jq -r '[.status, (.live != null)] | @tsv' <<<"$column")
    [[ $state == $'PUBLISHED\ttrue' ]] || fail "column $id is not live: $state"
  done <"$ids"
  # The database itself, as a second witness.
  local list
  list=$(paste -sd, "$ids")
  local wrong
  wrong=$(sql "SELECT count(*) FROM (SELECT c.id FROM editorial_column c
      LEFT JOIN audit_event a ON a.column_id = c.id AND a.action = 'PUBLISH'
      WHERE c.id IN ($list) GROUP BY c.id HAVING count(a.id) <> 1) AS odd")
  [[ $wrong == 0 ]] || fail "$wrong columns do not have exactly one PUBLISH row in audit_event"
}

summary() { # lateness-file → "n median max min" in ms
  sort -n "$1" | awk '{a[NR] = $1} END {
    if (NR == 0) { print "0 - - -"; exit }
    median = (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)
    print NR, median, a[NR], a[1] }'
}

iso_in() { date -u -d "@$(($(date +%s) + $1))" +%Y-%m-%dT%H:%M:%SZ; }
sleep_until() { # epoch seconds
  local left=$(($1 - $(date +%s)))
  ((left <= 0)) || sleep "$left"
}

# --- 1. two instances, one killed ----------------------------------------------------------------

psql -X -q -d postgres -c "CREATE DATABASE $database" >/dev/null
log "database $database on $PGHOST:$PGPORT"
started=$(date +%s)
start_instance a "$port_a" "$grid_a"
start_instance b "$port_b" "$grid_b"
await_ready a "$port_a"
await_ready b "$port_b"
log "both instances ready in $(($(date +%s) - started)) s"
# Payara Micro logs the data grid's state whenever a member joins: "... DG Size: 2".
if grep -aq "DG Name: $database DG Size: 2" "$work/a.log" "$work/b.log"; then
  log "cluster: both instances joined one data grid ($database, DG Size: 2)"
else
  fail "the instances did not form one cluster (no 'DG Size: 2' in their logs)"
fi

log "writing and approving $columns columns through both instances ..."
approved_columns "$columns" "A" "$port_a" "$port_b" >"$work/batch1"
due_epoch=$(($(date +%s) + 15 + columns / 10))
due=$(date -u -d "@$due_epoch" +%Y-%m-%dT%H:%M:%SZ)
schedule_all "$due" "$work/batch1" "$port_a" "$port_b"
(($(date +%s) < due_epoch - kill_before)) || { echo "scheduling took too long" >&2; exit 1; }
log "$columns columns scheduled for $due; instance A dies ${kill_before} s before"

sleep_until $((due_epoch - kill_before))
payara_a=$(pgrep -P "${pid[a]}" || true)
[[ -n $payara_a ]] || { echo "no Payara Micro process under instance A" >&2; exit 1; }
kill -KILL "$payara_a"
wait "${pid[a]}" 2>/dev/null || true
unset "pid[a]"
log "instance A (pid $payara_a) killed with SIGKILL"

sleep_until $((due_epoch + 2 + columns / 50))
check_batch "$port_b" "$work/batch1" "$work/lateness1"
read -r n1 median1 max1 min1 < <(summary "$work/lateness1")
published1=$(sql "SELECT count(*) FROM editorial_column WHERE status = 'PUBLISHED'")

# --- 2. everything down when the next batch falls due --------------------------------------------

log "writing and approving $catchup_columns columns for the catch-up ..."
approved_columns "$catchup_columns" "B" "$port_b" >"$work/batch2"
down_due_epoch=$(($(date +%s) + 10))
schedule_all "$(date -u -d "@$down_due_epoch" +%Y-%m-%dT%H:%M:%SZ)" "$work/batch2" "$port_b"
stop_instance b
stopped=$(date +%s)
((stopped < down_due_epoch)) || fail "instance B stopped only after the batch fell due"
log "every instance stopped; $catchup_columns columns fall due at $(date -u -d "@$down_due_epoch" +%H:%M:%SZ) with none running"
sleep_until $((down_due_epoch + 5))
unpublished=$(sql "SELECT count(*) FROM editorial_column WHERE status = 'SCHEDULED'")
[[ $unpublished == "$catchup_columns" ]] || fail "$unpublished columns scheduled while down, expected $catchup_columns"

restart=$(date +%s%3N)
start_instance a "$port_a" "$grid_a"
await_ready a "$port_a"
ready=$(date +%s%3N)
log "instance A ready $(((ready - restart) / 1000)) s after its start"
sleep 3
check_batch "$port_a" "$work/batch2" "$work/lateness2"
read -r n2 median2 max2 _ < <(summary "$work/lateness2")
# How long after the start-up (run.sh launched) the last catch-up publication happened.
last_at=$(awk -F'\t' 'NR == FNR { want[$1] = 1; next } ($1 in want) { print $4 }' \
  "$work/batch2" "$work/events" | while read -r at; do ms "$at"; done | sort -n | tail -1)
after_start=$((${last_at:-$ready} - restart))
after_ready=$((${last_at:-$ready} - ready))
stop_instance a

# --- report ---------------------------------------------------------------------------------------

cat <<REPORT

Exactly-once publishing, two clustered instances on PostgreSQL ($database)
  kill test   : $columns columns due at $due, instance A killed with SIGKILL ${kill_before} s before
                scheduler PUBLISH events: $n1 for $columns columns (one each expected)
                columns PUBLISHED in the database: $published1
                lateness ms: median ${median1}, max ${max1}, min ${min1} (limit ${lateness_limit_ms})
  catch-up    : $catchup_columns columns fell due while every instance was down
                scheduler PUBLISH events: $n2 for $catchup_columns columns (one each expected)
                lateness ms (includes the downtime): median ${median2}, max ${max2}
                restarted instance ready $(((ready - restart) / 1000)) s after ./run.sh began;
                last catch-up publication $after_start ms after ./run.sh began
                ($after_ready ms relative to /health/ready; negative: before it)
REPORT

[[ $n1 == "$columns" ]] || fail "kill test: $n1 publications for $columns columns"
[[ $n2 == "$catchup_columns" ]] || fail "catch-up: $n2 publications for $catchup_columns columns"
[[ $max1 != - ]] && ((max1 <= lateness_limit_ms)) || fail "kill test: worst lateness ${max1} ms"
((after_ready <= 5000)) || fail "catch-up finished only $after_ready ms after the instance was ready"

if ((failures)); then
  echo "exactly-once: FAILED ($failures problems)"
  exit 1
fi
echo "exactly-once: PASSED"
