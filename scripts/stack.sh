#!/usr/bin/env bash
# Brings up the whole product on embedded defaults: PostgreSQL (zonky binaries, data in $PAKT_DATA_DIR),
# Keycloak with the pakt realm, the backend and the built SPA. Ctrl-C (or SIGTERM) stops everything it started,
# in reverse order, and waits for each part to shut down cleanly, so no data is lost.
#
#   scripts/stack.sh            used by `make run`
#   PAKT_DATA_DIR=... PAKT_DEMO_DATA=false scripts/stack.sh   used by the browser tests (throwaway database)
#
# Set PAKT_DB_URL (+ PAKT_DB_USER, PAKT_DB_PASSWORD) to use an external PostgreSQL, and PAKT_OIDC_ISSUER to use
# an external identity provider; the embedded one is then not started. BACKEND_JAVA names another JVM for the
# backend (with the AOT cache of make aot-cache if that JVM trained it; BACKEND_AOT_REQUIRED=1: not without it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/backend-java.sh"
LOCAL="$ROOT/.local"
DATA_DIR=${PAKT_DATA_DIR:-$LOCAL/data}
LOG_DIR="$DATA_DIR/logs"
KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HOME="$LOCAL/keycloak/keycloak-$KEYCLOAK_VERSION"
PG_PORT=${PAKT_PG_PORT:-54320}
KC_PORT=8180
KC_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin}
MANAGEMENT_PORT=${PAKT_MANAGEMENT_PORT:-9000}
# Keycloak has a management port of its own (default 9000 too): moved out of the way of the backend's.
KC_MANAGEMENT_PORT=9181
API_PORT=8080
SPA_PORT=${PAKT_SPA_PORT:-5173}
SMTP_PORT=${PAKT_SMTP_PORT:-1025}
MAIL_WEB_PORT=${PAKT_MAIL_WEB_PORT:-1080}
MVNW="$ROOT/scripts/mvnw.sh"

mkdir -p "$LOG_DIR"
pids=()

say() { printf '\033[1m[pakt]\033[0m %s\n' "$*"; }

stopping=
stop_all() {
  trap - INT TERM EXIT
  stopping=1
  say "stopping ..."
  # Reverse start order: SPA, backend, mail catcher, Keycloak, PostgreSQL last so that nothing writes to a closed database.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[$i]}
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  say "stopped; data kept in $DATA_DIR"
}
trap stop_all INT TERM EXIT

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # name url seconds pid
  local name=$1 url=$2 seconds=$3 pid=$4
  for _ in $(seq 1 "$seconds"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then say "$name exited; see $LOG_DIR"; exit 1; fi
    sleep 1
  done
  say "$name not ready after ${seconds}s; see $LOG_DIR"; exit 1
}

for port in $API_PORT $SPA_PORT; do
  port_free "$port" || { say "port $port is in use (is make run already running?)"; exit 1; }
done

start=$(date +%s)

# --- Build what is missing (the Makefile builds before calling this script; this is a safety net).
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT/backend" && "$MVNW" -q -B package -DskipTests)
[ -f "$ROOT/backend/target/test-classpath.txt" ] || (cd "$ROOT/backend" && "$MVNW" -q -B dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
[ -f "$ROOT/frontend/dist/index.html" ] || (cd "$ROOT/frontend" && npm run build)

# --- PostgreSQL
if [ -z "${PAKT_DB_URL:-}" ]; then
  port_free "$PG_PORT" || { say "port $PG_PORT is in use"; exit 1; }
  java -cp "$ROOT/backend/target/test-classes:$(cat "$ROOT/backend/target/test-classpath.txt")" \
    de.pakt.devsupport.LocalPostgres "$DATA_DIR/postgres" "$PG_PORT" >"$LOG_DIR/postgres.log" 2>&1 &
  pids+=($!)
  # Up to 2 minutes: right after the backend tests (their databases still stopping) a start can be slow.
  pg=${pids[-1]}
  for _ in $(seq 1 240); do
    grep -q "PostgreSQL ready" "$LOG_DIR/postgres.log" 2>/dev/null && break
    kill -0 "$pg" 2>/dev/null || break # it gave up: no point in waiting
    sleep 0.5
  done
  grep -q "PostgreSQL ready" "$LOG_DIR/postgres.log" || { say "PostgreSQL did not start; see $LOG_DIR/postgres.log"; exit 1; }
  export PAKT_DB_URL="jdbc:postgresql://localhost:$PG_PORT/pakt" PAKT_DB_USER=pakt PAKT_DB_PASSWORD=pakt
  say "PostgreSQL ready (port $PG_PORT)"
fi

# --- Keycloak
if [ -z "${PAKT_OIDC_ISSUER:-}" ]; then
  "$ROOT/scripts/keycloak-install.sh"
  if port_free "$KC_PORT"; then
    mkdir -p "$KEYCLOAK_HOME/data/import"
    cp "$ROOT/deploy/keycloak/pakt-realm.json" "$KEYCLOAK_HOME/data/import/pakt-realm.json"
    # Keycloak imports a realm only once. When the realm in the repository changed (new clients, scopes), its local
    # development database is started afresh from it; otherwise what was changed in the admin console stays.
    realm_sum=$(sha256sum "$ROOT/deploy/keycloak/pakt-realm.json" | cut -d' ' -f1)
    if [ "$(cat "$KEYCLOAK_HOME/data/realm.sha256" 2>/dev/null)" != "$realm_sum" ]; then
      [ -d "$KEYCLOAK_HOME/data/h2" ] && say "the realm changed: Keycloak's local database starts afresh from deploy/keycloak"
      rm -rf "$KEYCLOAK_HOME/data/h2"
      echo "$realm_sum" >"$KEYCLOAK_HOME/data/realm.sha256"
    fi
    # A local default for this machine only (printed below); docker-compose and Kubernetes require a real one.
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
      "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-management-port="$KC_MANAGEMENT_PORT" --import-realm --health-enabled=true \
      >"$LOG_DIR/keycloak.log" 2>&1 &
    pids+=($!)
    wait_for Keycloak "http://localhost:$KC_PORT/realms/pakt/.well-known/openid-configuration" 240 "${pids[-1]}"
    say "Keycloak ready (port $KC_PORT)"
  else
    say "Keycloak already runs on port $KC_PORT; using it"
  fi
fi

# --- Mail catcher: an SMTP server on $SMTP_PORT with a web inbox on $MAIL_WEB_PORT (docs/notifications.md).
MAILCATCHER="$ROOT/scripts/mailcatcher"
[ -x "$MAILCATCHER/node_modules/.bin/maildev" ] || (cd "$MAILCATCHER" && npm ci --no-audit --no-fund --loglevel=error)
if port_free "$SMTP_PORT" && port_free "$MAIL_WEB_PORT"; then
  mkdir -p "$DATA_DIR/mail"
  "$MAILCATCHER/node_modules/.bin/maildev" --smtp "$SMTP_PORT" --ip 127.0.0.1 --web "$MAIL_WEB_PORT" --web-ip 127.0.0.1 \
    --mail-directory "$DATA_DIR/mail" >"$LOG_DIR/mailcatcher.log" 2>&1 &
  pids+=($!)
  wait_for "Mail catcher" "http://localhost:$MAIL_WEB_PORT/api/email" 60 "${pids[-1]}"
  say "Mail catcher ready (SMTP $SMTP_PORT, inbox http://localhost:$MAIL_WEB_PORT)"
else
  say "ports $SMTP_PORT/$MAIL_WEB_PORT in use: e-mails go to whatever listens there"
fi

# --- Backend
# JVM options as in production (backend/jvm.options: heap and collector sized by make bench).
backend_java "$ROOT/$BACKEND_JAR"
if [ "${BACKEND_AOT_REQUIRED:-}" = 1 ]; then
  [ ${#BACKEND_JAVA_CMD[@]} -gt 1 ] || { say "no AOT cache trained by ${BACKEND_JAVA:-java} (make aot-cache)"; exit 1; }
  BACKEND_JAVA_CMD+=(-XX:AOTMode=on) # the JVM refuses to start rather than run without the cache
fi
say "Backend on $(backend_java_label)"
PAKT_DEMO_DATA=${PAKT_DEMO_DATA:-true} PAKT_SPA_ORIGIN="http://localhost:$SPA_PORT" QUARKUS_MAILER_PORT="$SMTP_PORT" \
  MALLOC_ARENA_MAX=2 "${BACKEND_JAVA_CMD[@]}" @"$ROOT/backend/jvm.options" -Dquarkus.profile=local -Dquarkus.http.port="$API_PORT" -Dquarkus.management.port="$MANAGEMENT_PORT" -jar "$ROOT/$BACKEND_JAR" \
  >"$LOG_DIR/backend.log" 2>&1 &
pids+=($!)
wait_for Backend "http://localhost:$MANAGEMENT_PORT/q/health/ready" 120 "${pids[-1]}"
say "Backend ready (port $API_PORT)"

# --- SPA (the production build, served by Vite's preview server)
(cd "$ROOT/frontend" && exec ./node_modules/.bin/vite preview --port "$SPA_PORT" --strictPort) >"$LOG_DIR/frontend.log" 2>&1 &
pids+=($!)
wait_for SPA "http://localhost:$SPA_PORT/" 60 "${pids[-1]}"

cat <<EOF

  Pakt is ready after $(($(date +%s) - start)) s.

  SPA              http://localhost:$SPA_PORT
  API              http://localhost:$API_PORT/api/v1
  Swagger UI       http://localhost:$API_PORT/q/swagger-ui
  OpenAPI          http://localhost:$API_PORT/q/openapi
  Health, metrics  http://localhost:$MANAGEMENT_PORT/q/health, http://localhost:$MANAGEMENT_PORT/q/metrics
  E-mail inbox     http://localhost:$MAIL_WEB_PORT   (every e-mail Pakt sends lands here)
  Keycloak admin   http://localhost:$KC_PORT/admin   (admin / $KC_ADMIN_PASSWORD, local default; KEYCLOAK_ADMIN_PASSWORD to change)

  Demo logins (password for all: pakt-demo)
    programmbuero   Programmkoordination   (program-office)
    steuerung       Steuerungsgruppe       (steering-group)
    begleitung      Prozessbegleitung      (facilitator)
    kommune         Kommune Meßkirch       (municipality, AGS 08437078)
  Integration clients: pakt-reporting / pakt-reporting-demo-secret, pakt-event-partner / pakt-event-partner-demo-secret
  (client credentials; docs/integration.md)

  Data: $DATA_DIR      Logs: $LOG_DIR
  Ctrl-C stops everything.
EOF

if [ -n "${PAKT_READY_FILE:-}" ]; then touch "$PAKT_READY_FILE"; fi
wait -n "${pids[@]}" || true
[ -n "$stopping" ] || say "a component exited; see $LOG_DIR"
