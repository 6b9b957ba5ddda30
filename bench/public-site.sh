#!/usr/bin/env bash
# The public column page against nginx serving the same bytes as a static file, in one run:
# requests/s and p99 latency for a full page (200) and for a conditional GET (304), with wrk at
# 32 connections. The targets (docs: quality.md): at least 0.5x nginx for both, p99 <= 20 ms.
#
# Starts the desk on a fresh H2 data folder (or measures BASE=http://host:port, with the demo
# accounts present), publishes a Korean column of about 15 KB, saves its bytes for nginx, warms
# both up, then measures each for DURATION seconds (default 10). For scale it also measures Payara
# Micro serving a static file of its own against nginx serving the same file: no application code
# runs there, so that ratio is the ceiling for anything the desk answers.
# Usage: bench/public-site.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port=${PORT:-18091}
nginx_port=${NGINX_PORT:-18092}
duration=${DURATION:-10}
warmup=${WARMUP:-20}
connections=${CONNECTIONS:-32}
password=${CMS_DEMO_PASSWORD:-demo-password}
for tool in wrk nginx jq curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk nginx jq curl)" >&2; exit 1; }
done

work=$(mktemp -d)
pid=
cleanup() {
  [[ -n $pid ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${BASE:-} ]]; then
  BASE=http://localhost:$port
  PORT=$port CMS_DATA_DIR="$work/data" CMS_SITE_URL=$BASE ./run.sh >"$work/desk.log" 2>&1 &
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

# A real column: about 15 KB of Korean paragraphs with headings, a quote and a list.
paragraph="서울의 겨울 아침은 언제나 조금 늦게 밝아 온다. 지하철 2호선의 첫차가 한강을 건널 때, 창밖으로 보이는 물빛은 아직 어둡고, 사람들은 저마다의 화면을 들여다보며 하루를 시작한다. 우리는 이 도시에서 무엇을 읽고, 무엇을 믿으며, 무엇을 나누는가. 오픈 소스와 인공지능, 그리고 오래된 신문의 칼럼이 한 화면 안에서 나란히 놓이는 시대다."
body="<h2>들어가며</h2>"
for i in $(seq 1 18); do
  body+="<p>$paragraph</p>"
  ((i % 4 == 0)) && body+="<h2>${i}번째 생각</h2><blockquote>읽는 사람이 있어야 글이 완성된다.</blockquote><ul><li>첫째, 천천히 읽을 것</li><li>둘째, 다시 읽을 것</li></ul>"
done
draft=$(jq -n --arg body "$body" '{title: "겨울 아침의 칼럼 읽기", subtitle: "성능 측정용 칼럼", summary: "서울의 겨울 아침과 읽기에 대하여", body: $body, tags: ["측정", "읽기"]}')
id=$(call writer POST /columns "$draft" | jq .id)
call writer POST "/columns/$id/submit" >/dev/null
call editor POST "/columns/$id/approve" >/dev/null
path=$(call publisher POST "/columns/$id/publish" | jq -r .live.url)

mkdir -p "$work/www"
curl -sf "$BASE$path" -o "$work/www/column.html"
curl -sf "$BASE/static/site.css" -o "$work/www/site.css"
size=$(stat -c %s "$work/www/column.html")
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work;
  uwsgi_temp_path $work; scgi_temp_path $work;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    charset utf-8;
  }
}
CONF
nginx -c "$work/nginx.conf"
nginx_url=http://127.0.0.1:$nginx_port/column.html
desk_url=$BASE$path
desk_etag=$(curl -sfI "$desk_url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
nginx_etag=$(curl -sfI "$nginx_url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
[[ $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $desk_etag" "$desk_url") == 304 ]] ||
  { echo "the desk does not answer 304 to its own ETag" >&2; exit 1; }

measure() { # label url [header] -> "requests/s p99-ms errors"
  local out
  out=$(wrk -t1 -c"$connections" -d"${duration}s" --latency ${3:+-H "$3"} "$2")
  awk -v label="$1" '
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { p99 = $2; if (p99 ~ /us$/) p99 = p99 / 1000; else if (p99 ~ /ms$/) p99 = p99 + 0; else if (p99 ~ /s$/) p99 = p99 * 1000 }
    /Non-2xx|Socket errors/ { errors = errors " " $0 }
    END { printf "%s %.0f %.2f%s\n", label, rps, p99, errors }' <<<"$out"
}

echo "column page: $size bytes ($desk_url)"
echo "warming up for ${warmup}s each ..."
wrk -t1 -c"$connections" -d"${warmup}s" "$desk_url" >/dev/null
wrk -t1 -c"$connections" -d"${warmup}s" -H "If-None-Match: $desk_etag" "$desk_url" >/dev/null
wrk -t1 -c"$connections" -d5s "$nginx_url" >/dev/null

{
  measure desk-200 "$desk_url"
  measure nginx-200 "$nginx_url"
  measure desk-304 "$desk_url" "If-None-Match: $desk_etag"
  measure nginx-304 "$nginx_url" "If-None-Match: $nginx_etag"
  measure payara-static "$BASE/static/site.css"
  measure nginx-static "http://127.0.0.1:$nginx_port/site.css"
} | tee "$work/results"

awk '
  { rps[$1] = $2; p99[$1] = $3 }
  END {
    printf "\n%-22s %10s %10s %8s\n", "", "desk", "nginx", "ratio"
    printf "%-22s %10.0f %10.0f %7.3fx  (target >= 0.5x)\n", "page 200, requests/s", rps["desk-200"], rps["nginx-200"], rps["desk-200"] / rps["nginx-200"]
    printf "%-22s %10.0f %10.0f %7.3fx  (target >= 0.5x)\n", "304, requests/s", rps["desk-304"], rps["nginx-304"], rps["desk-304"] / rps["nginx-304"]
    printf "%-22s %10.2f %10.2f          (target <= 20 ms)\n", "page 200, p99 ms", p99["desk-200"], p99["nginx-200"]
    printf "%-22s %10.0f %10.0f %7.3fx  (Payara Micro'"'"'s own static file: the ceiling)\n", "static file, req/s", rps["payara-static"], rps["nginx-static"], rps["payara-static"] / rps["nginx-static"]
  }' "$work/results"
