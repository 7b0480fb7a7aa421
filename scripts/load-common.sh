# Shared by scripts/sizing.sh and scripts/bench.sh (sourced after pg-common.sh): a token issuer, one backend replica
# in the production profile, wrk with its figures parsed, medians; on exit every process started here and PostgreSQL
# stop and WORK is removed. Expects WORK and say().
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  pg_stop
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
source "$ROOT/scripts/backend-java.sh"

driver() { java -cp "$PG_CP" de.pakt.scaleout.ScaleOutCheck "$@"; }

# start_issuer PORT: signing keys in $WORK/keys and an OpenID discovery document and key set on 127.0.0.1:PORT.
start_issuer() {
  driver keys "$WORK/keys"
  export PAKT_SCALEOUT_ISSUER="http://127.0.0.1:$1/realms/pakt"
  java -cp "$PG_CP" de.pakt.scaleout.ScaleOutCheck issuer 127.0.0.1 "$1" "$WORK/keys" >"$WORK/issuer.log" 2>&1 &
  pids+=($!)
}

# start_backend PG_PORT API_PORT MGMT_PORT CPUS [JVM options…]: sets BACKEND (pid), READY_MS (launch to ready) and
# FIRST_MS (launch to the first answered request). The JVM runs with backend/jvm.options as in production; options
# given here come after them and win. BACKEND_DEMO_DATA=false starts it without the demo data check, as in production.
start_backend() {
  local pg=$1 api=$2 mgmt=$3 cpus=$4
  shift 4
  local t0 jar=${JAR:-$ROOT/$BACKEND_JAR}
  backend_java "$jar"
  t0=$(date +%s%N)
  env PAKT_DB_URL="jdbc:postgresql://127.0.0.1:$pg/pakt" PAKT_DB_USER=pakt PAKT_DB_PASSWORD=pakt \
    PAKT_OIDC_ISSUER="$PAKT_SCALEOUT_ISSUER" PAKT_SPA_ORIGIN=http://localhost:5173 \
    PAKT_PUBLIC_BASE_URL="http://127.0.0.1:$api" PAKT_RATE_LIMIT_ENABLED=false PAKT_DEMO_DATA_ENABLED=${BACKEND_DEMO_DATA:-true} \
    PAKT_WEBHOOKS_ENABLED=false PAKT_NOTIFICATIONS_ENABLED=false PAKT_RETENTION_ENABLED=false \
    PAKT_MANAGEMENT_PORT="$mgmt" \
    ${DASHBOARD_CACHE_TTL:+"PAKT_DASHBOARD_CACHE_TTL=$DASHBOARD_CACHE_TTL"} \
    ${PORTAL_CACHE_TTL:+"PAKT_PORTAL_CACHE_TTL=$PORTAL_CACHE_TTL"} \
    ${TOKEN_CACHE_TTL:+"PAKT_TOKEN_CACHE_TTL=$TOKEN_CACHE_TTL"} \
    ${RANKING_CACHE:+"PAKT_RANKING_CACHE_ENABLED=$RANKING_CACHE"} \
    MALLOC_ARENA_MAX=2 taskset -c "$cpus" "${BACKEND_JAVA_CMD[@]}" @"$ROOT/backend/jvm.options" "$@" -Dquarkus.http.port="$api" -jar "$jar" \
    >>"$WORK/backend.log" 2>&1 &
  BACKEND=$!
  pids+=("$BACKEND")
  local ready=
  for _ in $(seq 1 2400); do
    curl -fsS -o /dev/null "http://127.0.0.1:$mgmt/q/health/ready" 2>/dev/null && { ready=1; break; }
    kill -0 "$BACKEND" 2>/dev/null || { tail -20 "$WORK/backend.log"; exit 1; }
    sleep 0.05
  done
  [ -n "$ready" ] || { say "the backend was not ready within 2 minutes; its log:"; tail -20 "$WORK/backend.log" >&2; exit 1; }
  READY_MS=$((($(date +%s%N) - t0) / 1000000))
  curl -fsS -o /dev/null "http://127.0.0.1:$api/api/v1/public/sites"
  FIRST_MS=$((($(date +%s%N) - t0) / 1000000))
}

stop_backend() {
  kill -TERM "$BACKEND" 2>/dev/null || true
  wait "$BACKEND" 2>/dev/null || true
}

rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$BACKEND/status"; }
# "323 MiB (anonymous 290, files 33)": the files are mapped ones, such as an AOT cache (clean pages the kernel can
# drop and read again, shared by processes that map the same file).
rss_detail() {
  awk '/VmRSS/ {r = $2} /RssAnon/ {a = $2} /RssFile/ {f = $2}
    END {printf "%d MiB (anonymous %d, files %d)", r / 1024, a / 1024, f / 1024}' "/proc/$BACKEND/status"
}

# run_wrk CPUS CONNECTIONS SECONDS URL TOKEN -> "requests/s p50_ms p99_ms requests"; fails on any non-2xx answer.
run_wrk() {
  local cpus=$1 connections=$2 secs=$3 url=$4 token=$5 args=()
  [ -n "$token" ] && args=(-H "Authorization: Bearer $token")
  taskset -c "$cpus" wrk -t2 -c"$connections" -d"${secs}s" --latency "${args[@]}" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /requests in/ { n = $1 } /Requests\/sec/ { r = $2 }
    /Non-2xx/ { bad = $NF }
    END { if (bad > 0) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } printf "%.0f %.1f %.1f %d\n", r, p50, p99, n }'
}

# check_endpoint NAME URL TOKEN: answers 200, or the script ends with what it answered.
check_endpoint() {
  local auth=() status
  [ -n "$3" ] && auth=(-H "Authorization: Bearer $3")
  status=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' "${auth[@]}" "$2")
  [ "$status" = 200 ] || { say "$1: $2 answers $status: $(head -c 300 "$WORK/answer.json")"; exit 1; }
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
