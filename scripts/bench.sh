#!/usr/bin/env bash
# make bench: the API side by side with its own SQL. For each benchmarked endpoint it captures the statements one
# request runs (PostgreSQL's statement log, with the parameter values), replays exactly them with pgbench -M prepared
# and drives the endpoint with wrk at the same connection count, alternating, ROUNDS times after a JIT warm-up, and
# prints per endpoint: statements per request, API requests/s, pgbench transactions/s, their ratio, p50/p99 — and the
# same at 16 connections; first on the demo data, then on 100 times as much (DataMultiplier: about 3,600 sites,
# 4,500 applications, 21,600 registrations). Also: time to the first answered request (TTFR) and memory (RSS).
# The backend runs from the built jar with backend/jvm.options (as make run and the image start it), in the production
# profile, on both cores.
# Method and results: docs/performance.md. Needs: make build, wrk and pgbench (Debian: wrk, postgresql-client).
# Knobs: ROUNDS (3), SECONDS_PER_RUN (12), WARMUP_MAX_SECONDS (90), FACTOR (100; 1 measures the demo data only),
# STARTS (5: the starts whose medians are the TTFR), JAVA_OPTS (extra JVM options for the backend), BACKEND_JAVA (the
# JVM that runs it, with the AOT cache of make aot-cache if that JVM trained it), ONLY (a regular expression: the
# endpoints to measure; ONLY=none measures start and memory only), JAR (another build, for A/B), DASHBOARD_CACHE_TTL
# and PORTAL_CACHE_TTL (0s measures the dashboard's or the public measures' own statements on every request instead
# of their cache), TOKEN_CACHE_TTL (0s verifies every request's token in full instead of taking a token this replica
# verified before on trust, ADR 0020), RANKING_CACHE (false reads the ranking's statement on every request instead of
# keeping it while the database's snapshot stays the same, ADR 0021), NMT=1 (native memory tracking: where the resident memory goes, per JVM area,
# after each data size's runs; costs a few MiB and a little speed, so not for the figures of record).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pg-common.sh"
WORK=$(mktemp -d /tmp/pakt-bench.XXXXXX)
ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-12}
FACTOR=${FACTOR:-100}
STARTS=${STARTS:-5}
API_PORT=$(free_port 18680)
MGMT_PORT=$(free_port $((API_PORT + 1)))
PG_PORT=$(free_port 55680)
ISSUER_PORT=18490
CPUS=0-$(($(nproc) - 1))
read -r -a JVM <<<"${JAVA_OPTS:-}"
[ "${NMT:-0}" = 1 ] && JVM+=(-XX:NativeMemoryTracking=summary)
say() { printf '[bench] %s\n' "$*" >&2; }
source "$ROOT/scripts/load-common.sh"

for tool in wrk pgbench; do
  command -v "$tool" >/dev/null || { say "$tool is not installed (Debian packages wrk, postgresql-client)"; exit 1; }
done
port_free "$ISSUER_PORT" || { say "port $ISSUER_PORT is in use (the scale-out stage running?)"; exit 1; }

# PostgreSQL logs to a file the capture reads; statements are logged only while a capture runs.
mkdir -p "$WORK/pglog"
PAKT_PG_SETTINGS="logging_collector=on;log_directory=$WORK/pglog;log_filename=postgres.log;log_line_prefix=%u@%d@"
# The capture reads each statement's parameter values from the log (a DETAIL line), which make run's database leaves
# out (personal data, docs/security.md); the benchmark's data are the demo data and copies of them.
PAKT_PG_SETTINGS+=";log_rotation_age=0;log_rotation_size=0;log_parameter_max_length=-1;log_error_verbosity=default"
PAKT_PG_SETTINGS=$PAKT_PG_SETTINGS pg_start "$WORK/postgres" "$PG_PORT" "$WORK/postgres.log"
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/pakt"
start_issuer "$ISSUER_PORT"

start_backend "$PG_PORT" "$API_PORT" "$MGMT_PORT" "$CPUS" "${JVM[@]}"
FIRST_START_MS=$READY_MS
stop_backend

API="http://127.0.0.1:$API_PORT/api/v1"
uuid_of() { # RoundDemoData.id: a name-based UUID (version 3) of "pakt-demo:<name>"
  node -e 'const h=require("crypto").createHash("md5").update("pakt-demo:"+process.argv[1]).digest();
    h[6]=(h[6]&0x0f)|0x30; h[8]=(h[8]&0x3f)|0x80; const x=h.toString("hex");
    console.log([x.slice(0,8),x.slice(8,12),x.slice(12,16),x.slice(16,20),x.slice(20)].join("-"))' "$1"
}

# warm_up URL TOKEN: load in 5 s slices until the JIT has settled — two slices in a row within 5 % of each other
# after at least 45 s, at most WARMUP_MAX_SECONDS (90). On two cores C2 needs 40–60 s: a single short warm-up
# measured the compiler at work (a site detail rose from 700 to 3,300 req/s over the first 50 s), and a 20 s minimum
# stopped on a plateau half-way up.
warm_up() {
  local previous=0 rps elapsed=0
  while [ "$elapsed" -lt "${WARMUP_MAX_SECONDS:-90}" ]; do
    read -r rps _ < <(run_wrk "$CPUS" 4 5 "$1" "$2")
    elapsed=$((elapsed + 5))
    if [ "$elapsed" -ge 45 ] && awk -v a="$rps" -v b="$previous" 'BEGIN {exit !(a >= b * 0.95 && a <= b * 1.05)}'; then
      break
    fi
    previous=$rps
  done
  say "warmed up in $elapsed s ($rps req/s in the last 5 s)"
}

# native_memory: the backend's memory by JVM area, committed MiB, largest first (NMT=1; jcmd of the JVM that runs it).
declare -a MEMORY
native_memory() {
  local java jcmd
  java=$(command -v "${BACKEND_JAVA_CMD[0]}")
  jcmd=$(dirname "$(readlink -f "$java")")/jcmd
  [ -x "$jcmd" ] || { echo "no jcmd beside $java"; return; }
  "$jcmd" "$BACKEND" VM.native_memory summary scale=KB >"$WORK/nmt.txt" 2>&1 ||
    { echo "jcmd failed: $(head -c 200 "$WORK/nmt.txt")"; return 0; }
  awk 'function committed(line) { match(line, /committed=[0-9]+KB/); return substr(line, RSTART + 10, RLENGTH - 12) + 0 }
    /^-/ && /committed=/ && committed($0) >= 1024 {
      name = $0; sub(/^- */, "", name); sub(/ *\(reserved.*/, "", name); printf "%d\t%s\n", committed($0) / 1024, name }
    /^Total:/ { total = committed($0) } END { printf "%d\ttotal\n", total / 1024 }' "$WORK/nmt.txt" |
    sort -rn | awk -F'\t' '$2 == "total" {total = $1; next}
      {printf "%s%s %d", (n++ ? ", " : ""), $2, $1} END {printf " (total %d MiB)\n", total}'
}

# measure LABEL: the table's rows for the data in the database now (the backend is started afresh for it).
declare -a TABLE
measure() {
  local label=$1 office steering site name url token statements rps p50 p99 tps n
  local firsts="" readies="" start
  for ((start = 1; start <= STARTS; start++)); do
    [ "$start" -gt 1 ] && stop_backend # the last start stays up for the runs
    # As in production: the demo data, loaded by the first start, is not checked again.
    BACKEND_DEMO_DATA=false start_backend "$PG_PORT" "$API_PORT" "$MGMT_PORT" "$CPUS" "${JVM[@]}"
    firsts+="$FIRST_MS " readies+="$READY_MS "
  done
  local ttfr ready rss_ready
  ttfr=$(median <<<"$firsts") ready=$(median <<<"$readies")
  rss_ready=$(rss_detail)
  say "$label: ready after $readies ms, first answer after $firsts ms (medians $ready / $ttfr), RSS $rss_ready"
  office=$(driver token "$WORK/keys" program-office)
  steering=$(driver token "$WORK/keys" steering-group)
  site=$(curl -fsS "$API/public/sites" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].site.siteId))')
  local endpoints=(
    "GET /sites/{id}|$API/sites/$site|$office"
    "GET /public/measures?size=20|$API/public/measures?size=20|"
    "GET /administrative-areas?size=20&q=stadt|$API/administrative-areas?size=20&q=stadt|$office"
    "GET /dashboard|$API/dashboard|$steering"
    "GET /rounds/{id}/ranking|$API/rounds/$(uuid_of round-2)/ranking|$steering"
  )
  local i=0
  for e in "${endpoints[@]}"; do
    IFS='|' read -r name url token <<<"$e"
    [[ "$name" =~ ${ONLY:-.} ]] || continue
    check_endpoint "$name" "$url" "$token"
    statements=$(java -cp "$PG_CP" de.pakt.devsupport.StatementCapture "$PG_PORT" "$WORK/pglog/postgres.log" \
      "$url" "${token:--}" "$WORK/replay-$i.sql")
    warm_up "$url" "$token"
    local rpss="" p50s="" p99s="" tpss=""
    for ((round = 1; round <= ROUNDS; round++)); do
      read -r rps p50 p99 n < <(run_wrk "$CPUS" 4 "$SECONDS_PER_RUN" "$url" "$token")
      if [ "$statements" -eq 0 ]; then
        tps=0 # served from a cache (the dashboard's): no SQL to replay
      else
        tps=$(PGPASSWORD=pakt pgbench -n -M prepared -c4 -j2 -T"$SECONDS_PER_RUN" -f "$WORK/replay-$i.sql" \
          -h 127.0.0.1 -p "$PG_PORT" -U pakt pakt 2>"$WORK/pgbench.err" | awk '/^tps = / {printf "%.0f", $3}' || true)
        [ -n "$tps" ] || { say "pgbench failed on $name:"; cat "$WORK/pgbench.err" >&2; exit 1; }
      fi
      rpss+="$rps " p50s+="$p50 " p99s+="$p99 " tpss+="$tps "
    done
    read -r rps16 _ p99_16 _ < <(run_wrk "$CPUS" 16 "$SECONDS_PER_RUN" "$url" "$token")
    rps=$(median <<<"$rpss")
    tps=$(median <<<"$tpss")
    TABLE+=("$(printf '| %s | `%s` | %s | %s | %s | %s | %s ms | %s ms | %s | %s ms |' "$label" "$name" "$statements" \
      "$rps" "$tps" "$(awk -v a="$rps" -v b="$tps" 'BEGIN {if (b > 0) printf "%.2f", a / b; else printf "–"}')" \
      "$(median <<<"$p50s")" "$(median <<<"$p99s")" "$rps16" "$p99_16")")
    say "$label $name: $statements statements, $rps req/s vs $tps tps"
    i=$((i + 1))
  done
  TABLE+=("| $label | ready $ready ms, first answer (TTFR) $ttfr ms (medians of $STARTS starts) | RSS $rss_ready at ready, $(rss_detail) after | | | | | | | |")
  [ "${NMT:-0}" = 1 ] && MEMORY+=("$label, after the runs: $(native_memory)")
  stop_backend
}

measure "1×"
if [ "$FACTOR" -gt 1 ]; then
  say "multiplying the data by $FACTOR"
  java -cp "$PG_CP" de.pakt.devsupport.DataMultiplier "$JDBC" "$FACTOR" >&2
  measure "${FACTOR}×"
fi

echo
echo "make bench — $(date -u +%Y-%m-%d), $(nproc) cores; wrk -t2 and pgbench -M prepared -j2 at 4 connections, ${SECONDS_PER_RUN} s"
echo "runs alternated, medians of $ROUNDS after a warm-up until the throughput settled; the last two columns at 16"
echo "connections."
echo "First start on an empty database (migrations, demo data): $FIRST_START_MS ms."
backend_java "${JAR:-$ROOT/$BACKEND_JAR}"
echo "Backend JVM: $(backend_java_label)."
echo
echo "| data | endpoint | statements | API req/s | pgbench tps | API ÷ pgbench | p50 | p99 | req/s at 16 | p99 at 16 |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${TABLE[@]}"
if [ "${NMT:-0}" = 1 ]; then
  echo
  echo "Native memory tracking (committed MiB; the shared class space is the AOT cache or CDS archive, mapped from its file):"
  printf -- '- %s\n' "${MEMORY[@]}"
fi
driver dbsize "$JDBC"
