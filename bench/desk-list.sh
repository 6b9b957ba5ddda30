#!/usr/bin/env bash
# The desk's column list at scale: the first page of GET /api/v1/columns (the call the desk's list
# makes, through the same EditorialService.list) for several filters and orders, over COLUMNS
# columns (default 100,000) with REVISIONS revisions each (default 10, so 1,000,000 revisions).
# Target (quality.md): first page <= 150 ms server time.
#
#   1. Creates a new PostgreSQL database and starts ./run.sh on it (demo accounts, no demo content).
#   2. Writes the columns, their revisions, 20 magazines and 12 tags straight into the database with
#      INSERT ... SELECT FROM generate_series, then ANALYZE.
#   3. For each case: WARMUP untimed calls, then RUNS timed ones (default 5 and 15); prints the
#      median and the slowest of curl's time to first byte (server time plus loopback), and the
#      list's total. A few cases are also timed as the desk page itself (/desk/columns?...).
#
# Measured here (2-core machine, PostgreSQL 15, 100,000 columns and 1,000,000 revisions; medians
# of 15): the default order 57 ms; by title 43/36 ms (asc/desc), status 48, author 66, last change
# 33, schedule 32/30; status, magazine and author filters 22-48 ms; page 200 44 ms; 100 rows 41 ms;
# the desk page itself 42-63 ms; a writer's list 28-46 ms. Over the target: by magazine 159 ms (the
# outer join sorts every row), and the words filter (LIKE '%…%' over title, subtitle and summary)
# 167-297 ms for staff and about 1.5 s for a writer, whose filter also reads other writers' live
# revisions (PostgreSQL scans all revisions for it): the scale of search is issue 8.
#
# Needs: curl, jq, psql, and PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres).
# Cleans up the instance and the database however it ends. KEEP=true keeps the database.
# Usage: bench/desk-list.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

columns=${COLUMNS:-100000}
revisions=${REVISIONS:-10}
port=${PORT:-18093}
runs=${RUNS:-15}
warmup=${WARMUP:-5}
password=demo-password
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
for tool in curl jq psql; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

database=columndesk_list_$(date +%s)_$$
work=$(mktemp -d)
pid=

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$database" -c "$1"; }

cleanup() {
  local status=$?
  if [[ -n $pid ]]; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [[ ${KEEP:-false} != true ]]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  ((status != 0)) && [[ -f $work/desk.log ]] && tail -n 40 "$work/desk.log" >&2
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the instance --------------------------------------------------------------------------------

psql -X -q -d postgres -c "CREATE DATABASE $database ENCODING 'UTF8' TEMPLATE template0"
log "starting the desk on database $database (port $port)"
PORT=$port CMS_DATA_DIR="$work/data" \
  CMS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" CMS_DB_USER="$PGUSER" \
  CMS_DB_PASSWORD="${PGPASSWORD:-}" CMS_DEMO=true CMS_DEMO_CONTENT=false \
  ./run.sh >"$work/desk.log" 2>&1 &
pid=$!
base=http://localhost:$port
until curl -s --max-time 2 "$base/health" | grep -q '"database"'; do
  kill -0 "$pid" 2>/dev/null || { echo "the desk did not start" >&2; exit 1; }
  sleep 0.5
done
# The demo accounts are made at start-up; wait until the writer can sign in.
until curl -sf -u "writer:$password" "$base/api/v1/me" >/dev/null; do sleep 0.5; done

# --- the data ------------------------------------------------------------------------------------

account() { sql "SELECT id FROM account WHERE username = '$1'"; }
writer=$(account writer)
writer2=$(account writer2)
editor=$(account editor)

log "writing $columns columns with $revisions revisions each"
started=$(date +%s)
sql "
INSERT INTO magazine (id, slug, title, description, created_at, version)
SELECT 9000000 + m, 'bench-' || m, '매거진 ' || m, NULL, now(), 1 FROM generate_series(1, 20) m;

INSERT INTO tag (id, name)
SELECT 9000000 + t, (ARRAY['경제','정치','기술','문화','서울','여행','음식','책','영화','과학','교육','환경'])[t]
FROM generate_series(1, 12) t;

-- Statuses: 40 % draft, then 10 % each of the others. A quarter has no magazine.
INSERT INTO editorial_column (id, slug, author_id, status, title, subtitle, summary, body,
    magazine_id, current_revision, approved_revision, live_revision, live_published_at,
    first_published_at, unpublished_at, publish_at, unpublish_at, created_at, updated_at,
    updated_by, version)
SELECT 10000000 + g,
       'bench-column-' || g,
       CASE g % 3 WHEN 0 THEN $writer WHEN 1 THEN $writer2 ELSE $editor END,
       s.status,
       (ARRAY['서울의','바다의','기술과','정치의','경제와','문화의','인공지능과','오픈소스의',
              'Notes on','The city'])[1 + g % 10]
         || ' ' || (ARRAY['겨울','아침','사람들','미래','기억','질문','노동','언어','shadows',
              'weather'])[1 + (g / 10) % 10] || ' ' || g,
       '부제 ' || g,
       '요약: 칼럼 ' || g || '에 대하여',
       '<p>본문 ' || g || '. 서울의 겨울 아침은 조금 늦게 밝아 온다.</p>',
       CASE WHEN g % 4 = 0 THEN NULL ELSE 9000000 + 1 + g % 20 END,
       $revisions,
       CASE WHEN s.status IN ('APPROVED', 'SCHEDULED', 'PUBLISHED') THEN $revisions END,
       CASE WHEN s.status = 'PUBLISHED' THEN $revisions END,
       CASE WHEN s.status = 'PUBLISHED' THEN t.at END,
       CASE WHEN s.status IN ('PUBLISHED', 'UNPUBLISHED') THEN t.at END,
       CASE WHEN s.status = 'UNPUBLISHED' THEN t.at END,
       CASE WHEN s.status = 'SCHEDULED' THEN now() + g * interval '1 minute' END,
       NULL,
       t.at - interval '30 days',
       t.at,
       CASE g % 3 WHEN 0 THEN $writer WHEN 1 THEN $writer2 ELSE $editor END,
       1
FROM generate_series(1, $columns) g
CROSS JOIN LATERAL (SELECT (ARRAY['DRAFT','DRAFT','DRAFT','DRAFT','IN_REVIEW','CHANGES_REQUESTED',
    'APPROVED','SCHEDULED','PUBLISHED','UNPUBLISHED'])[1 + g % 10] AS status) s
CROSS JOIN LATERAL (SELECT now() - ((g * 7919) % 5000000) * interval '1 second' AS at) t;

INSERT INTO column_tag (column_id, tag_id, position)
SELECT 10000000 + g, 9000000 + 1 + g % 12, 0 FROM generate_series(1, $columns) g
UNION ALL
SELECT 10000000 + g, 9000000 + 1 + (g + 5) % 12, 1 FROM generate_series(1, $columns) g
WHERE g % 2 = 0;

INSERT INTO revision (id, column_id, number, kind, title, subtitle, summary, body, tags,
    magazine_id, restored_from, created_by, created_at)
SELECT 100000000 + c.id * 100 + n, c.id, n,
       CASE WHEN n = 1 THEN 'CREATE' WHEN n % 3 = 0 THEN 'EDIT' ELSE 'AUTOSAVE' END,
       c.title, c.subtitle, c.summary, c.body, NULL, c.magazine_id, NULL, c.author_id,
       c.created_at + n * interval '1 minute'
FROM editorial_column c CROSS JOIN generate_series(1, $revisions) n
WHERE c.id > 10000000;

SELECT setval('column_seq', 200000000);
SELECT setval('revision_seq', 20000000000);
SELECT setval('magazine_seq', 10000000);
SELECT setval('tag_seq', 10000000);
" >/dev/null
sql "ANALYZE" >/dev/null
log "data written in $(($(date +%s) - started)) s: $(sql 'SELECT count(*) FROM editorial_column') columns," \
  "$(sql 'SELECT count(*) FROM revision') revisions"

# --- timing --------------------------------------------------------------------------------------

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Milliseconds to first byte of GET $2 as user $1 (an API call with Basic authentication).
api_ms() {
  curl -s -o /dev/null -u "$1:$password" -w '%{time_starttransfer}' "$base/api/v1/columns?$2" |
    awk '{printf "%.1f\n", $1 * 1000}'
}

# The same for a desk page, in the session in $work/$1.cookies.
page_ms() {
  curl -s -o /dev/null -b "$work/$1.cookies" -w '%{time_starttransfer}' "$base/desk/columns?$2" |
    awk '{printf "%.1f\n", $1 * 1000}'
}

desk_sign_in() {
  local jar=$work/$1.cookies state
  state=$(curl -s -c "$jar" "$base/login" |
    grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" "$base/login" \
    --data-urlencode login=login --data-urlencode "username=$1" \
    --data-urlencode "password=$password" --data-urlencode signIn= \
    --data-urlencode "jakarta.faces.ViewState=$state"
  local page
  page=$(curl -s -b "$jar" "$base/desk/columns")
  [[ $page == *'id="list:columns"'* ]] || { echo "could not sign in to the desk as $1" >&2; exit 1; }
}

measure() { # kind user query
  local kind=$1 user=$2 query=$3 times total
  for ((i = 0; i < warmup; i++)); do "${kind}_ms" "$user" "$query" >/dev/null; done
  times=$(for ((i = 0; i < runs; i++)); do "${kind}_ms" "$user" "$query"; done)
  if [[ $kind == api ]]; then
    total=$(curl -s -u "$user:$password" "$base/api/v1/columns?$query" | jq -r '.total // .detail')
  else
    total=-
  fi
  printf '%-5s %-8s %-52s %8s %8s %8s\n' "$kind" "$user" "${query:-(none)}" \
    "$(median <<<"$times")" "$(sort -n <<<"$times" | tail -1)" "$total"
}

q_common=$(jq -rn --arg q '서울의 겨울' '$q|@uri')
q_rare=$(jq -rn --arg q '칼럼 77777에' '$q|@uri')
echo
echo "first page (size 20) over $columns columns, $runs runs after $warmup warm-up calls; ms to first byte"
printf '%-5s %-8s %-52s %8s %8s %8s\n' what user query median max total
for query in "" "sort=title" "sort=-title" "sort=status" "sort=author" "sort=-magazine" \
  "sort=-updated" "sort=publishAt" "sort=-publishAt" "status=IN_REVIEW" \
  "status=DRAFT,IN_REVIEW&sort=title" "magazine=bench-7" "magazine=bench-7&sort=-title" \
  "author=writer2" "author=writer2&status=PUBLISHED&sort=title" "q=$q_common" "q=$q_rare" \
  "q=$q_common&sort=title" "page=200" "size=100"; do
  measure api editor "$query"
done
for query in "" "sort=title" "status=DRAFT" "q=$q_common" "author=writer2"; do
  measure api writer "$query"
done
desk_sign_in editor
desk_sign_in writer
for query in "" "sort=-title" "status=IN_REVIEW&magazine=bench-7" "q=$q_common"; do
  measure page editor "$query"
done
for query in "" "q=$q_common"; do
  measure page writer "$query"
done
