#!/usr/bin/env bash
# make aot-cache: trains the AOT cache of the built backend (backend/target/quarkus-app/app.aot) with the JDK in
# BACKEND_JAVA (a java of version 25 or newer), against a throwaway embedded PostgreSQL: backend/aot-train.sh does
# the training, as the image's build does with the image's own JVM. make bench, make sizing and make run then start
# the backend on that JVM with the cache when BACKEND_JAVA names it (scripts/backend-java.sh). docs/adr/0019.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pg-common.sh"
WORK=$(mktemp -d /tmp/pakt-aot.XXXXXX)
say() { printf '[aot-cache] %s\n' "$*" >&2; }
source "$ROOT/scripts/load-common.sh"

[ -x "${BACKEND_JAVA:-}" ] && java_at_least 25 >/dev/null ||
  { say "BACKEND_JAVA must name a java (its bin/java) of version 25 or newer: '${BACKEND_JAVA:-}' is not"; exit 1; }

free_port_pair() { # the first port from $1 on that is free together with the one above it (API, management)
  local port=$1
  until port_free "$port" && port_free $((port + 1)); do port=$((port + 2)); done
  echo "$port"
}
PG_PORT=$(free_port 55690)
pg_start "$WORK/postgres" "$PG_PORT" "$WORK/postgres.log"
start_issuer "$(free_port 18492)"
PAKT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pakt" PAKT_DB_USER=pakt PAKT_DB_PASSWORD=pakt \
  PAKT_OIDC_ISSUER="$PAKT_SCALEOUT_ISSUER" PAKT_AOT_PORT="$(free_port_pair 18089)" \
  "$ROOT/backend/aot-train.sh" "$BACKEND_JAVA" "$ROOT/backend/jvm.options" "$ROOT/$BACKEND_JAR"
