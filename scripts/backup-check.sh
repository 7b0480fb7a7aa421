#!/usr/bin/env bash
# make backup-check (part of make test): the round trip of make backup and make restore on a throwaway database.
#   1. PostgreSQL on a temporary data folder; the built backend migrates it (Flyway) and loads the demo data.
#   2. scripts/backup.sh while PostgreSQL runs (online), scripts/restore.sh into a second, empty data folder.
#   3. Every table of source and restore compared: row count and checksum (and every sequence) must be identical.
#   4. The backend starts on the restored database (Flyway validates its history, Hibernate the schema).
#   5. Self-test: a row deleted and a value changed in the restore; the comparison must report exactly those tables.
#   6. scripts/backup.sh with PostgreSQL stopped (offline: it starts and stops it) gives the same data.
# Needs make build. Ports: PostgreSQL from 55432 on, backend 18080 (management 19000), or the next free ones.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pg-common.sh"
WORK=$(mktemp -d /tmp/pakt-backup-check.XXXXXX)
JAR="$TARGET/quarkus-app/quarkus-run.jar"
started=$(date +%s)

say() { printf '[backup-check] %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }

backend_pid=
src_pid=
restored_pid=
stop_pg() { # PID (pg_stop stops $PG_PID)
  PG_PID=$1
  pg_stop
}
cleanup() {
  local rc=$?
  if [ -n "$backend_pid" ]; then kill -TERM "$backend_pid" 2>/dev/null || true; wait "$backend_pid" 2>/dev/null || true; fi
  stop_pg "$restored_pid"
  stop_pg "$src_pid"
  if [ $rc -ne 0 ]; then
    say "logs in $WORK"
    for f in "$WORK"/*.log; do [ -f "$f" ] && { echo "--- $f (last lines)"; tail -n 15 "$f"; }; done
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# backend_run PORT LOG DEMO: the packaged backend (local profile) on the database at PORT until it is ready, then
# stopped again. The OIDC issuer is an address where nothing listens: the backend fetches it only on a request.
backend_run() {
  local db_port=$1 log=$2 demo=$3 api mgmt
  api=$(free_port 18080)
  mgmt=$(free_port 19000)
  PAKT_DB_URL="jdbc:postgresql://localhost:$db_port/pakt" PAKT_DB_USER=pakt PAKT_DB_PASSWORD=pakt \
    PAKT_OIDC_ISSUER=http://127.0.0.1:9/realms/pakt PAKT_DEMO_DATA="$demo" \
    java -Xmx512m -Dquarkus.profile=local -Dquarkus.http.port="$api" -Dquarkus.management.port="$mgmt" \
    -jar "$JAR" >"$log" 2>&1 &
  backend_pid=$!
  for _ in $(seq 1 180); do
    curl -fsS -o /dev/null "http://localhost:$mgmt/q/health/ready" 2>/dev/null && break
    kill -0 "$backend_pid" 2>/dev/null || fail "the backend exited (log: $log)"
    sleep 1
  done
  curl -fsS -o /dev/null "http://localhost:$mgmt/q/health/ready" || fail "the backend was not ready after 180 s"
  kill -TERM "$backend_pid"
  wait "$backend_pid" 2>/dev/null || true
  backend_pid=
}

url() { echo "jdbc:postgresql://localhost:$1/pakt"; }
export PAKT_DB_USER=pakt PAKT_DB_PASSWORD=pakt

# --- 1. A database with data: migrations and demo data by the backend itself.
src_port=$(free_port 55432)
pg_start "$WORK/source/postgres" "$src_port" "$WORK/source-postgres.log"
src_pid=$PG_PID
t=$(date +%s)
backend_run "$src_port" "$WORK/backend-source.log" true
say "source database filled by the backend (migrations, demo data) in $(($(date +%s) - t)) s"

# --- 2. Online backup, restore into an empty folder.
PAKT_DATA_DIR="$WORK/source" PAKT_BACKUP_DIR="$WORK/backups" "$ROOT/scripts/backup.sh" "$WORK/backups/online.zip"
PAKT_DATA_DIR="$WORK/restored" "$ROOT/scripts/restore.sh" "$WORK/backups/online.zip"

# --- 3. Every table, source against restore.
restored_port=$(free_port 55433)
pg_start "$WORK/restored/postgres" "$restored_port" "$WORK/restored-postgres.log"
restored_pid=$PG_PID
db_tool compare "$(url "$src_port")" "$(url "$restored_port")" | tee "$WORK/compare.txt" ||
  fail "the restore differs from the source"
summary=$(tail -n 1 "$WORK/compare.txt")

# --- 4. The backend starts on the restore (no demo data: nothing is added).
t=$(date +%s)
backend_run "$restored_port" "$WORK/backend-restored.log" false
say "the backend started on the restored database in $(($(date +%s) - t)) s"

# --- 5. Self-test: the comparison sees a missing row and a changed value.
db_tool exec "$(url "$restored_port")" \
  "delete from audit_event where ctid = (select ctid from audit_event order by occurred_at limit 1)" >/dev/null
db_tool exec "$(url "$restored_port")" \
  "update facilitator set phone = coalesce(phone, '') || '0' where ctid = (select ctid from facilitator limit 1)" >/dev/null
if db_tool compare "$(url "$src_port")" "$(url "$restored_port")" >"$WORK/selftest.txt"; then
  fail "self-test: a deleted row and a changed value went unnoticed"
fi
grep -qx "Differing: table public.audit_event, table public.facilitator" "$WORK/selftest.txt" ||
  { cat "$WORK/selftest.txt"; fail "self-test: expected exactly audit_event and facilitator to differ"; }
say "self-test: a deleted row (audit_event) and a changed value (facilitator) are reported"

# --- 6. Offline backup: PostgreSQL stopped, the script starts and stops it; same data as the online backup.
stop_pg "$restored_pid"
restored_pid=
stop_pg "$src_pid"
src_pid=
[ ! -f "$WORK/source/postgres/postmaster.pid" ] || fail "the source PostgreSQL did not stop"
PAKT_DATA_DIR="$WORK/source" "$ROOT/scripts/backup.sh" "$WORK/backups/offline.zip"
[ ! -f "$WORK/source/postgres/postmaster.pid" ] || fail "the offline backup left PostgreSQL running"
diff <(unzip -p "$WORK/backups/online.zip" manifest.tsv | grep -E '^(table|sequence|schema-version|migration)') \
  <(unzip -p "$WORK/backups/offline.zip" manifest.tsv | grep -E '^(table|sequence|schema-version|migration)') ||
  fail "the offline backup differs from the online one"
say "offline backup: same tables, rows and checksums as the online one"

say "passed in $(($(date +%s) - started)) s: $summary"
