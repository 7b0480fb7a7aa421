#!/usr/bin/env bash
# make sizing: what ONE backend replica serves, for the sizing in docs/operations.md. The replica runs as the
# Kubernetes Deployment runs it — production profile, the ConfigMap's JVM options (heap 60 % of a 768 MiB limit),
# one CPU (taskset, like the pod's CPU limit of 1) — against PostgreSQL with the demo data; wrk and PostgreSQL share
# the machine's other core. Per endpoint it prints requests/s, p50/p99 and CPU milliseconds per request (medians
# of ROUNDS runs after a warm-up), then the process's memory and the database's size.
# Needs: make build, wrk (Debian package). Not part of make test (about 4 minutes).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pg-common.sh"
WORK=$(mktemp -d /tmp/pakt-sizing.XXXXXX)
ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-12}
CONNECTIONS=${CONNECTIONS:-8}
API_PORT=$(free_port 18580)
MGMT_PORT=$(free_port $((API_PORT + 1)))
PG_PORT=$(free_port 55580)
ISSUER_PORT=18490
say() { printf '[sizing] %s\n' "$*"; }
source "$ROOT/scripts/load-common.sh"

command -v wrk >/dev/null || { say "wrk is not installed (apt-get install wrk)"; exit 1; }
port_free "$ISSUER_PORT" || { say "port $ISSUER_PORT is in use (the scale-out stage running?)"; exit 1; }

pg_start "$WORK/postgres" "$PG_PORT" "$WORK/postgres.log"
start_issuer "$ISSUER_PORT"
start_backend "$PG_PORT" "$API_PORT" "$MGMT_PORT" 1
cpu_ticks() { awk '{print $14 + $15}' "/proc/$BACKEND/stat"; }
HZ=$(getconf CLK_TCK)
rss_ready=$(rss_mib)
say "replica ready after $READY_MS ms (demo data loaded), RSS $rss_ready MiB"

API="http://127.0.0.1:$API_PORT/api/v1"
OFFICE=$(driver token "$WORK/keys" program-office)
STEERING=$(driver token "$WORK/keys" steering-group)
SITE=$(curl -fsS "$API/public/sites" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].site.siteId))')

# name|url|token (empty: anonymous)
ENDPOINTS=(
  "public site list|$API/public/sites|"
  "public measures, search|$API/public/measures?size=20&q=Sprach|"
  "site detail|$API/sites/$SITE|$OFFICE"
  "dashboard|$API/dashboard|$STEERING"
)
for e in "${ENDPOINTS[@]}"; do IFS='|' read -r name url token <<<"$e"; check_endpoint "$name" "$url" "$token"; done

say "warm-up: ${SECONDS_PER_RUN} s per endpoint (JIT)"
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name url token <<<"$e"
  run_wrk 0 "$CONNECTIONS" "$SECONDS_PER_RUN" "$url" "$token" >/dev/null
done

declare -A RPS P50 P99 CPU
for ((round = 1; round <= ROUNDS; round++)); do
  for e in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name url token <<<"$e"
    before=$(cpu_ticks)
    read -r rps p50 p99 n < <(run_wrk 0 "$CONNECTIONS" "$SECONDS_PER_RUN" "$url" "$token")
    after=$(cpu_ticks)
    RPS[$name]+="$rps "
    P50[$name]+="$p50 "
    P99[$name]+="$p99 "
    CPU[$name]+="$(awk -v t=$((after - before)) -v hz="$HZ" -v n="$n" 'BEGIN {printf "%.2f", t * 1000 / hz / n}') "
  done
  say "round $round of $ROUNDS done"
done

rss_after=$(rss_mib)
heap=$(curl -fsS "http://127.0.0.1:$MGMT_PORT/q/metrics" |
  awk '/^jvm_memory_used_bytes\{area="heap"/ {h += $NF} /^jvm_memory_max_bytes\{area="heap"/ && $NF > 0 {m += $NF}
       END {printf "%d of %d MiB", h / 1048576, m / 1048576}')
echo
echo "One replica: 1 CPU (taskset), heap limit 60 % of 768 MiB; wrk -t2 -c$CONNECTIONS, ${SECONDS_PER_RUN} s runs, medians of $ROUNDS"
printf '%-26s %9s %8s %8s %12s\n' endpoint "req/s" "p50 ms" "p99 ms" "CPU ms/req"
for e in "${ENDPOINTS[@]}"; do
  IFS='|' read -r name _ _ <<<"$e"
  printf '%-26s %9s %8s %8s %12s\n' "$name" "$(median <<<"${RPS[$name]}")" "$(median <<<"${P50[$name]}")" \
    "$(median <<<"${P99[$name]}")" "$(median <<<"${CPU[$name]}")"
done
echo "memory: RSS $rss_ready MiB when ready, $rss_after MiB after the runs; heap used $heap"
echo "start: ready after $READY_MS ms (with Flyway on an empty database and the demo data)"
driver dbsize "jdbc:postgresql://127.0.0.1:$PG_PORT/pakt"
