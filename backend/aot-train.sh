#!/bin/sh
# backend/aot-train.sh JAVA JVM_OPTIONS JAR: a training run of the packaged backend that leaves an AOT cache
# (JDK 25+, JEP 483/514/515) beside the jar, as app.aot: the classes a start loads, already parsed and linked, and
# the profiles of the methods it runs. A later start with -XX:AOTCache=app.aot takes them from there instead of
# loading, verifying and profiling them again (docs/adr/0019). The cache is only valid for the JVM that made it
# and the same JVM options, so the image trains with its own JVM (backend/Dockerfile) and scripts/aot-cache.sh
# with the JDK make bench runs.
#
# The backend starts in the production profile against the database in PAKT_DB_URL / PAKT_DB_USER /
# PAKT_DB_PASSWORD (migrated and given the demo data if empty, so that the requests below read real rows), answers
# the public pages, the contract and a refused call, and is stopped; the JVM writes the cache as it exits.
# Needs curl. PAKT_AOT_PORT (18089) and the one above it must be free.
set -eu
JAVA=$1
JVM_OPTIONS=$2
JAR=$3
CACHE=$(dirname "$JAR")/app.aot
PORT=${PAKT_AOT_PORT:-18089}
MGMT=$((PORT + 1))
LOG=$(mktemp)
# No call adapters in the cache: JDK 25 keys them by a hash of their signature that can collide (JDK-8364929, fixed in
# later JDKs), and each collision printed two plain-text warnings at every start of the image, whose log is JSON
# lines only (docs/operations.md). The JVM makes those few adapters at start instead (no measurable difference).
NO_ADAPTERS="-XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching"

rm -f "$CACHE"
PAKT_DEMO_DATA_ENABLED=true PAKT_WEBHOOKS_ENABLED=false PAKT_NOTIFICATIONS_ENABLED=false PAKT_RETENTION_ENABLED=false \
  PAKT_RATE_LIMIT_ENABLED=false PAKT_MANAGEMENT_PORT="$MGMT" \
  PAKT_OIDC_ISSUER=${PAKT_OIDC_ISSUER:-http://127.0.0.1:9/realms/pakt} \
  PAKT_SPA_ORIGIN=${PAKT_SPA_ORIGIN:-http://localhost:5173} PAKT_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" \
  MALLOC_ARENA_MAX=2 "$JAVA" @"$JVM_OPTIONS" -XX:AOTCacheOutput="$CACHE" $NO_ADAPTERS -Dquarkus.http.port="$PORT" -jar "$JAR" \
  >"$LOG" 2>&1 &
PID=$!
# Whatever ends this script, the training JVM does not outlive it.
trap 'kill $PID 2>/dev/null || true' EXIT

ready=
i=0
while [ $i -lt 1200 ]; do
  if curl -fsS -o /dev/null "http://127.0.0.1:$MGMT/q/health/ready" 2>/dev/null; then ready=1; break; fi
  kill -0 $PID 2>/dev/null || break
  sleep 0.1
  i=$((i + 1))
done
if [ -z "$ready" ]; then
  echo "aot-train: the backend did not get ready; its log:" >&2
  tail -n 30 "$LOG" >&2
  exit 1
fi

# What a start is followed by: the portal's reads, the contract, an anonymous call refused.
API="http://127.0.0.1:$PORT/api/v1"
for round in 1 2 3; do
  for path in public/sites public/measures public/events public/good-practices "administrative-areas?q=stadt" \
    dashboard rounds no-such-page; do
    curl -s --max-time 30 -o /dev/null "$API/$path" || true
  done
  curl -s --max-time 30 -o /dev/null "http://127.0.0.1:$PORT/q/openapi" || true
done

# On SIGTERM the JVM stops the application, then writes the cache (a few seconds to a minute on two cores); a
# watchdog ends it if that takes more than five minutes.
kill -TERM $PID
(sleep 300; kill -KILL $PID 2>/dev/null) &
WATCHDOG=$!
wait $PID || true
kill $WATCHDOG 2>/dev/null || true
trap - EXIT
if [ ! -s "$CACHE" ]; then
  echo "aot-train: no cache was written; the backend's log:" >&2
  tail -n 30 "$LOG" >&2
  exit 1
fi
"$JAVA" -version 2>&1 | head -n 2 >"$CACHE.jvm"
rm -f "$LOG"
echo "aot-train: $(du -h "$CACHE" | cut -f1) cache at $CACHE"
