#!/usr/bin/env bash
# Column Desk at scale: every list a person opens, timed over COLUMNS columns (default 100,000)
# with about REVISIONS revisions each (default 10, so 1,000,000), then a 10-minute load on the
# public site with a 512 MiB heap. Run it twice, with COLUMNS=1000 and with the default, to see how
# the cost grows with size. Targets (quality.md): every first page <= 150 ms server time; the heap
# stays within 512 MiB and flat over the load, with 0 errors.
#
#   1. A new PostgreSQL database (or DB=h2: a new H2 folder); ./run.sh starts once on it to make the
#      schema and the demo accounts, and stops.
#   2. bench/ColumnData.java fills it: 316 accounts, 60 magazines, 300 tags, the columns in every
#      state (7 in 10 published, over six years), their revisions, reviews with comments, and the
#      audit log of it all. Then ANALYZE.
#   3. ./run.sh starts again with -Xmx512m, a GC log and the public pages' cache turned off
#      (CMS_SITE_CACHE_MIB=0), so that the public site is timed rendering from the database.
#      Start-up time is reported: the search index is rebuilt from the live columns.
#   4. Each case: WARMUP untimed calls, then RUNS timed ones (default 5 and 15); the median and the
#      slowest of curl's time to first byte (server time plus loopback), and the size of the
#      answer. The API as Basic authentication, desk pages in a signed-in session, the public site
#      without. The SQL of every case that took more than EXPLAIN_MS (default 30) is logged with
#      its plan by PostgreSQL's auto_explain and printed at the end.
#   5. ./run.sh starts a third time with -Xmx512m and the cache on, as in production; wrk loads the
#      public site (column pages, lists, feeds, search) for LOAD seconds (default 600) at 32
#      connections; the GC log gives the heap after each collection, compared between the first and
#      the last minute. LOAD=0 skips it.
#
# Needs: java 17, curl, jq, psql, wrk; PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user
# postgres, which may create databases and, for the plans, set auto_explain). Results go to
# OUT (default bench/results/scale-COLUMNS): cases.txt, plans.txt, load.txt, gc-*.log.
# KEEP=true keeps the database. Usage: COLUMNS=1000 bench/scale.sh; bench/scale.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

columns=${COLUMNS:-100000}
revisions=${REVISIONS:-10}
db_kind=${DB:-postgresql}
port=${PORT:-18093}
runs=${RUNS:-15}
warmup=${WARMUP:-5}
load_seconds=${LOAD:-600}
explain_ms=${EXPLAIN_MS:-30}
password=demo-password
out=${OUT:-bench/results/scale-$columns}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
for tool in java curl jq psql wrk; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

database=columndesk_scale_$(date +%s)_$$
work=$(mktemp -d)
pid=
base=http://localhost:$port

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" | tee -a "$out/run.log"; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$database" -c "$1"; }

stop_desk() {
  if [[ -n $pid ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
  fi
}

cleanup() {
  local status=$?
  stop_desk
  if [[ $db_kind == postgresql && ${KEEP:-false} != true ]]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  ((status != 0)) && [[ -f $work/desk.log ]] && tail -n 40 "$work/desk.log" >&2
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The JDBC drivers the application ships, for the generator.
m2=${MAVEN_REPO:-$HOME/.m2/repository}
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
drivers=$m2/com/h2database/h2/$(version h2.version)/h2-$(version h2.version).jar
drivers+=:$m2/org/postgresql/postgresql/$(version postgresql.version)/postgresql-$(version postgresql.version).jar

if [[ $db_kind == postgresql ]]; then
  psql -X -q -d postgres -c "CREATE DATABASE $database ENCODING 'UTF8' TEMPLATE template0"
  db_url="jdbc:postgresql://$PGHOST:$PGPORT/$database"
  db_env=(CMS_DB_URL="$db_url" CMS_DB_USER="$PGUSER" CMS_DB_PASSWORD="${PGPASSWORD:-}")
  generator_db=("$db_url" "$PGUSER" "${PGPASSWORD:-}")
else
  db_env=()
  generator_db=("jdbc:h2:file:$work/data/columndesk" sa "")
fi

# start_desk NAME JAVA_OPTS [VAR=value ...]: starts ./run.sh and waits until the search is ready.
start_desk() {
  local name=$1 opts=$2 started
  shift 2
  started=$(date +%s.%N)
  env PORT="$port" CMS_DATA_DIR="$work/data" CMS_DEMO=true CMS_DEMO_CONTENT=false \
    CMS_STARTUP_TIMEOUT=900 JAVA_OPTS="$opts" "${db_env[@]}" "$@" \
    ./run.sh >"$work/desk.log" 2>&1 &
  pid=$!
  # Payara answers /health before the application is deployed: wait for its checks and a signed-in
  # call too.
  until curl -s --max-time 2 "$base/health" |
    jq -e '.status == "UP" and any(.checks[]; .name == "search")' >/dev/null 2>&1 &&
    curl -sf --max-time 5 -u "editor:$password" "$base/api/v1/me" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "the desk did not start" >&2; exit 1; }
    sleep 0.5
  done
  log "$name: up (health UP, search index built) in $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $started}") s"
  cp "$work/desk.log" "$out/desk-$name.log"
}

# --- the data ------------------------------------------------------------------------------------

start_desk schema "-Xmx512m"
stop_desk

log "writing $columns columns with about $revisions revisions each ($db_kind)"
java -cp "$drivers" bench/ColumnData.java "${generator_db[@]}" "$columns" "$revisions" |
  tee -a "$out/run.log"
if [[ $db_kind == postgresql ]]; then
  sql "VACUUM ANALYZE" >/dev/null
  log "database size: $(sql "SELECT pg_size_pretty(pg_database_size(current_database()))")"
  # The plans of slow statements, logged by PostgreSQL while the cases run.
  sql "ALTER DATABASE $database SET session_preload_libraries = 'auto_explain'"
  sql "ALTER DATABASE $database SET auto_explain.log_min_duration = '${explain_ms}ms'"
  sql "ALTER DATABASE $database SET auto_explain.log_analyze = on"
  sql "ALTER DATABASE $database SET auto_explain.log_buffers = on"
  pg_log=$(psql -X -At -d postgres -c "SELECT pg_current_logfile()" 2>/dev/null || true)
  [[ -z $pg_log ]] && pg_log=$(ls -t /var/log/postgresql/postgresql-*.log 2>/dev/null | head -1 || true)
  pg_log_start=$( [[ -r $pg_log ]] && stat -c %s "$pg_log" || echo 0)
fi

# --- the cases -----------------------------------------------------------------------------------

start_desk measured "-Xmx512m -Xlog:gc:file=$out/gc-measured.log:uptime" CMS_SITE_CACHE_MIB=0

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

desk_sign_in() {
  local jar=$work/$1.cookies state
  state=$(curl -s -c "$jar" "$base/login" |
    grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" "$base/login" \
    --data-urlencode login=login --data-urlencode "username=$1" \
    --data-urlencode "password=$password" --data-urlencode signIn= \
    --data-urlencode "jakarta.faces.ViewState=$state"
  [[ $(curl -s -b "$jar" "$base/desk/columns") == *'id="list:columns"'* ]] ||
    { echo "could not sign in to the desk as $1" >&2; exit 1; }
}

# fetch WHO PATH: one request; prints "ms status bytes". WHO is -, a username (API, Basic) or
# desk:username (a desk page in that user's session).
fetch() {
  local who=$1 path=$2 auth=()
  case $who in
    -) ;;
    desk:*) auth=(-b "$work/${who#desk:}.cookies") ;;
    *) auth=(-u "$who:$password") ;;
  esac
  curl -s -o /dev/null "${auth[@]}" -w '%{time_starttransfer} %{http_code} %{size_download}\n' \
    "$base$path" | awk '{printf "%.1f %s %s\n", $1 * 1000, $2, $3}'
}

# calendar USER FROM TO: the events the publisher's calendar asks for when it shows a range (the
# schedule's Ajax request, in a fresh view of the page); prints "ms status bytes".
calendar() {
  local jar=$work/$1.cookies page state nonce
  page=$(curl -s -b "$jar" "$base/desk/calendar")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 |
    sed 's/.*value="//; s/"$//')
  nonce=$(grep -o '<script[^>]*nonce="[^"]*"' <<<"$page" | head -1 | sed 's/.*nonce="//; s/"$//')
  curl -s -o "$work/calendar.xml" -b "$jar" "$base/desk/calendar" -H 'Faces-Request: partial/ajax' \
    -w '%{time_starttransfer} %{http_code} %{size_download}\n' \
    --data-urlencode jakarta.faces.partial.ajax=true \
    --data-urlencode jakarta.faces.source=calendar:schedule \
    --data-urlencode jakarta.faces.partial.execute=calendar:schedule \
    --data-urlencode jakarta.faces.partial.render=calendar:schedule \
    --data-urlencode calendar:schedule=calendar:schedule \
    --data-urlencode calendar:schedule_event=true \
    --data-urlencode "calendar:schedule_start=$2" --data-urlencode "calendar:schedule_end=$3" \
    --data-urlencode calendar=calendar --data-urlencode "jakarta.faces.ViewState=$state" \
    --data-urlencode "primefaces.nonce=$nonce" | awk '{printf "%.1f %s %s\n", $1 * 1000, $2, $3}'
}

printf '%-8s %-16s %-58s %7s %7s %6s %9s\n' area who case median max status bytes |
  tee "$out/cases.txt"
case_() { # AREA WHO PATH [COMMAND...]: times COMMAND (default: fetch WHO PATH)
  local area=$1 who=$2 path=$3 times last
  shift 3
  (($#)) || set -- fetch "$who" "$path"
  for ((i = 0; i < warmup; i++)); do "$@" >/dev/null; done
  times=$(for ((i = 0; i < runs; i++)); do "$@"; done)
  last=$(tail -1 <<<"$times")
  printf '%-8s %-16s %-58s %7s %7s %6s %9s\n' "$area" "$who" "$path" \
    "$(cut -d' ' -f1 <<<"$times" | median)" "$(cut -d' ' -f1 <<<"$times" | sort -n | tail -1)" \
    "$(cut -d' ' -f2 <<<"$last")" "$(cut -d' ' -f3 <<<"$last")" | tee -a "$out/cases.txt"
}

uri() { jq -rn --arg q "$1" '$q|@uri'; }
# The busiest writer, a magazine and a tag with many columns, a column with many revisions, and a
# live column's address: what people open most.
writer=writer-1
magazine=magazine-1
tag=$(uri "경제")
q_common=$(uri "서울의 겨울")
q_rare=$(uri "대하여 $((columns / 2 + 1))")
q_english=$(uri "open source")
busy=$(curl -s -u "editor:$password" "$base/api/v1/columns?author=$writer&sort=-updated&size=1" | jq '.items[0].id')
live_path=$(curl -s -u "editor:$password" "$base/api/v1/columns?status=PUBLISHED&size=1" | jq -r '.items[0].live.url')
audit_column=$(curl -s -u "editor:$password" "$base/api/v1/columns?status=PUBLISHED&sort=title&size=1" | jq '.items[0].id')
desk_sign_in editor
desk_sign_in "$writer"
desk_sign_in publisher
desk_sign_in admin

log "cases: $runs runs after $warmup warm-up calls each; ms to first byte"
for query in "" "sort=title" "sort=-title" "sort=status" "sort=author" "sort=magazine" \
  "sort=-magazine" "sort=-updated" "sort=publishAt" "sort=-publishAt" "status=IN_REVIEW" \
  "status=DRAFT,IN_REVIEW&sort=title" "magazine=$magazine" "magazine=$magazine&sort=-title" \
  "author=$writer" "author=$writer&status=PUBLISHED&sort=title" "tag=$tag" "q=$q_common" \
  "q=$q_rare" "q=$q_english" "q=$q_common&sort=title" "page=200" "size=100"; do
  case_ api editor "/api/v1/columns${query:+?$query}"
done
for query in "" "sort=title" "status=DRAFT" "q=$q_common" "q=$q_rare" "author=writer-2" \
  "magazine=$magazine" "tag=$tag"; do
  case_ api "$writer" "/api/v1/columns${query:+?$query}"
done
case_ api editor "/api/v1/columns/$busy/revisions"
case_ api editor "/api/v1/columns/$busy/comments"
case_ api editor "/api/v1/audit"
case_ api editor "/api/v1/audit?column=$audit_column"
case_ api editor "/api/v1/audit?actor=editor-1"
case_ api editor "/api/v1/audit?action=PUBLISH"
case_ api editor "/api/v1/me/notifications"
case_ api editor "/api/v1/magazines"

case_ desk desk:editor "/desk/"
case_ desk "desk:$writer" "/desk/"
case_ desk desk:publisher "/desk/"
case_ desk desk:editor "/desk/columns"
case_ desk desk:editor "/desk/columns?status=IN_REVIEW"
case_ desk desk:editor "/desk/columns?sort=-title"
case_ desk desk:editor "/desk/columns?sort=-magazine"
case_ desk desk:editor "/desk/columns?status=IN_REVIEW&magazine=$magazine"
case_ desk desk:editor "/desk/columns?q=$q_common"
case_ desk "desk:$writer" "/desk/columns"
case_ desk "desk:$writer" "/desk/columns?q=$q_common"
case_ desk desk:editor "/desk/review?id=$busy"
case_ desk desk:editor "/desk/revisions?id=$busy"
case_ desk desk:publisher "/desk/calendar"
# A month and a week of a busy past (about 1,000 publications a month at 100,000 columns; the
# calendar shows at most 500 of each kind) and the weeks to come with the scheduled columns.
month_from=$(date -u -d "$(date -u +%Y-%m-01) -6 months" +%Y-%m-%dT00:00:00.000Z)
month_to=$(date -u -d "${month_from%%T*} +35 days" +%Y-%m-%dT00:00:00.000Z)
week_to=$(date -u -d "${month_from%%T*} +7 days" +%Y-%m-%dT00:00:00.000Z)
ahead_from=$(date -u +%Y-%m-%dT00:00:00.000Z)
ahead_to=$(date -u -d "+35 days" +%Y-%m-%dT00:00:00.000Z)
case_ desk desk:publisher "calendar events, a past month" calendar publisher "$month_from" "$month_to"
case_ desk desk:publisher "calendar events, a past week" calendar publisher "$month_from" "$week_to"
case_ desk desk:publisher "calendar events, the coming weeks" calendar publisher "$ahead_from" "$ahead_to"
case_ desk desk:admin "/desk/admin/"
case_ desk desk:admin "/desk/admin/audit"
case_ desk desk:admin "/desk/admin/accounts"
case_ desk desk:admin "/desk/admin/magazines"
case_ desk desk:admin "/desk/admin/tags"
case_ desk desk:editor "/desk/notifications"

case_ site - "/"
case_ site - "/?page=$((columns * 7 / 10 / 20 / 2))"
case_ site - "$live_path"
case_ site - "/magazines/$magazine"
case_ site - "/authors/$writer"
case_ site - "/tags/$tag"
case_ site - "/feed.atom"
case_ site - "/magazines/$magazine/feed.atom"
case_ site - "/sitemap.xml"
case_ site - "/sitemaps/1.xml"
case_ site - "/sitemaps/2.xml"
case_ site - "/search?q=$q_common"
case_ site - "/search?q=$q_rare"
case_ site - "/search?q=$q_english"

if [[ $db_kind == postgresql && -r ${pg_log:-} ]]; then
  # Each logged plan: from its "duration:" line to the next log line of another kind.
  tail -c +"$((pg_log_start + 1))" "$pg_log" |
    awk -v db="$database" '/ LOG: / {show = ($0 ~ /duration: .* plan:/)} show' >"$out/plans.txt" || true
  log "plans of statements over $explain_ms ms: $(grep -c 'plan:' "$out/plans.txt" || true) (plans.txt)"
fi
stop_desk

# --- the load ------------------------------------------------------------------------------------

if ((load_seconds > 0)); then
  start_desk load "-Xmx512m -Xlog:gc:file=$out/gc-load.log:uptime"
  # What readers open: column pages, the lists, feeds and a few searches, in a random order.
  curl -s -u "editor:$password" "$base/api/v1/columns?status=PUBLISHED&size=100&sort=-updated" |
    jq -r '.items[].live.url' >"$work/paths"
  for m in 1 2 3 4 5 6 7 8 9 10; do echo "/magazines/magazine-$m"; done >>"$work/paths"
  printf '%s\n' / /feed.atom /sitemap.xml "/authors/$writer" "/tags/$tag" "/?page=2" \
    "/search?q=$q_common" "/search?q=$q_english" >>"$work/paths"
  cat >"$work/paths.lua" <<LUA
local paths = {}
for line in io.lines("$work/paths") do paths[#paths + 1] = line end
math.randomseed(42)
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
LUA
  wrk -t2 -c8 -d20s -s "$work/paths.lua" "$base" >/dev/null
  jvm=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)
  load_from=$(jcmd "$jvm" VM.uptime | awk '/ s$/ {print $1}')
  log "load: wrk -t2 -c32 -d${load_seconds}s over $(wc -l <"$work/paths") addresses"
  wrk -t2 -c32 -d"${load_seconds}s" --latency -s "$work/paths.lua" "$base" | tee "$out/load.txt"
  # Heap after each collection (the number after "->"), first minute against last minute.
  awk -v start="$load_from" -v end="$load_seconds" '
    /Pause (Young|Full)/ && match($0, /->[0-9]+M/) {
      t = substr($1, 2) + 0; after = substr($0, RSTART + 2, RLENGTH - 3) + 0
      if (t < start) next
      if (t - start < 60) { first += after; nf++ } else if (t - start > end - 60) { last += after; nl++ }
      if (after > peak) peak = after
    }
    END {
      if (nf && nl) printf "heap after GC: first minute %.0f MiB (mean of %d), last minute %.0f MiB (mean of %d), highest %d MiB\n", first / nf, nf, last / nl, nl, peak
    }' "$out/gc-load.log" | tee -a "$out/load.txt"
  stop_desk
fi
log "done: $out"
