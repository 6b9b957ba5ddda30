#!/usr/bin/env bash
# Column Desk: builds what is missing (tests skipped), then runs the desk on Payara Micro in the
# foreground. Ctrl-C or SIGTERM stops it cleanly. Settings: see "Configuration" in README.md.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(pwd)

port="${PORT:-8080}"
# Canonical links, feeds and the sitemap need the site's public address; by default, this one.
export CMS_SITE_URL="${CMS_SITE_URL:-http://localhost:$port}"
mkdir -p "${CMS_DATA_DIR:-$root/data}"
CMS_DATA_DIR=$(cd "${CMS_DATA_DIR:-$root/data}" && pwd -P)
export CMS_DATA_DIR
war=cms-web/target/cms-web.war
micro=cms-web/target/payara-micro.jar
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
startup_limit=${CMS_STARTUP_TIMEOUT:-180}

needs_build() {
  [[ ! -f $war || ! -f $micro ]] && return 0
  # Any source or POM changed since the war was built?
  [[ -n $(find pom.xml cms-domain cms-service cms-web -type f -newer "$war" \
            -not -path '*/target/*' -print -quit) ]]
}

build() {
  echo "Building Column Desk (tests skipped) ..."
  mvn -B -q -DskipTests -Dspotless.check.skip=true package
}

if needs_build; then
  if command -v flock >/dev/null; then
    # Two instances started together build once; the second finds the war fresh.
    exec 9>"$root/.run.sh.lock"
    flock 9
    if needs_build; then build; fi
    flock -u 9
  else
    build
  fi
fi

# MicroProfile Config's true: true, 1, yes, y, on (any case).
demo_mode() {
  if [[ -n ${CMS_DEMO:-} ]]; then
    is_true "$CMS_DEMO"
  else
    [[ ${CMS_DB_URL:-jdbc:h2:file:} == jdbc:h2:* && ${CMS_DB_URL:-} != jdbc:h2:tcp:* ]]
  fi
}

payara=""
stop() {
  trap - INT TERM
  echo "Stopping Column Desk ..."
  if [[ -n $payara ]] && kill -TERM "$payara" 2>/dev/null; then
    # Payara finishes what is in flight; after 60 s it is ended regardless.
    for _ in $(seq 1 120); do kill -0 "$payara" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$payara" 2>/dev/null || true
    wait "$payara" 2>/dev/null || true
  fi
  echo "Column Desk stopped."
  exit "${1:-0}"
}
trap stop INT TERM

is_true() { [[ ${1,,} =~ ^(true|1|yes|y|on)$ ]]; }

# One instance alone (the default), or a member of a Payara Micro cluster: Hazelcast's data grid
# holds the desk sessions, so any member serves any signed-in browser. Discovery is TCP/IP to a
# fixed list of members (multicast is unreliable and leaks between neighbours); on one machine
# everything stays on the loopback interface. See "Running in production" in README.md.
cluster=(--nocluster)
if is_true "${CMS_CLUSTER:-false}"; then
  grid_port=${CMS_CLUSTER_PORT:-6900}
  cluster=(--clustername "${CMS_CLUSTER_NAME:-column-desk}"
    --clustermode "tcpip:${CMS_CLUSTER_MEMBERS:-127.0.0.1:6900,127.0.0.1:6901}"
    --startport "$grid_port" --interfaces "${CMS_CLUSTER_INTERFACES:-127.0.0.1}")
fi
[[ -z ${CMS_INSTANCE_NAME:-} ]] || cluster+=(--name "$CMS_INSTANCE_NAME")

# Logs as plain text (default) or one JSON object a line (CMS_LOG_FORMAT=json).
logging=()
case ${CMS_LOG_FORMAT:-text} in
  json) logging=(--logproperties "$root/payara/logging-json.properties") ;;
  text) ;;
  *) echo "CMS_LOG_FORMAT is '$CMS_LOG_FORMAT'; use text or json" >&2; exit 2 ;;
esac

started=$(date +%s)
# shellcheck disable=SC2086 # JAVA_OPTS and PAYARA_OPTS are lists of options
"$java" ${JAVA_OPTS:--Xmx768m} -jar "$micro" \
  --deploy "$war" --contextroot / --port "$port" "${cluster[@]}" "${logging[@]}" \
  ${PAYARA_OPTS:-} &
payara=$!

base="http://localhost:$port"
if command -v curl >/dev/null; then
  until curl -fs "$base/health" 2>/dev/null | grep -q '"database"'; do
    if ! kill -0 "$payara" 2>/dev/null; then
      wait "$payara" || true
      echo "Column Desk did not start; see the log above." >&2
      exit 1
    fi
    if (($(date +%s) - started > startup_limit)); then
      echo "Column Desk was not ready after ${startup_limit} s; see the log above." >&2
      stop 1
    fi
    sleep 0.5
  done
fi

cat <<BANNER

  Column Desk is running at $base/   (ready in $(($(date +%s) - started)) s)
    desk    $base/desk/
    API     $base/api/v1/me
    health  $base/health
    data    $CMS_DATA_DIR
BANNER
if is_true "${CMS_CLUSTER:-false}"; then
  echo "    cluster ${CMS_CLUSTER_NAME:-column-desk}: data grid port $grid_port, members ${CMS_CLUSTER_MEMBERS:-127.0.0.1:6900,127.0.0.1:6901}"
fi
if demo_mode; then
  cat <<BANNER
  Demo accounts, created with the password '${CMS_DEMO_PASSWORD:-demo-password}':
    admin (ADMIN), editor and editor2 (EDITOR), publisher (PUBLISHER), writer and writer2 (WRITER)
BANNER
fi
echo "  Press Ctrl-C to stop."
echo

wait "$payara"
