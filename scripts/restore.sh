#!/usr/bin/env bash
# make restore: restores a backup of scripts/backup.sh into an EMPTY data folder, on this machine or another one.
#
#   scripts/restore.sh FILE                       into .local/data/postgres (must be empty or absent)
#   PAKT_DATA_DIR=folder scripts/restore.sh FILE  into folder/postgres
#   FORCE=1 scripts/restore.sh FILE               the current database is moved aside (postgres.before-restore-<time>),
#                                                 never deleted; stop make run first
#
# PostgreSQL is started on the new folder, the schema built by this checkout's Flyway migrations up to the backup's
# version, the rows (Flyway history included) loaded and checked against the backup's row counts and checksums,
# and PostgreSQL stopped again. Then `make run` (same PAKT_DATA_DIR) starts on the restored data.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pg-common.sh"

FILE=${1:-${BACKUP:-}}
DATA_DIR=${PAKT_DATA_DIR:-$ROOT/.local/data}
PG_DIR="$DATA_DIR/postgres"

say() { printf '\033[1m[restore]\033[0m %s\n' "$*"; }

[ -n "$FILE" ] || { say "which backup? make restore BACKUP=.local/backups/pakt-<timestamp>.zip"; exit 1; }
[ -f "$FILE" ] || { say "no backup file $FILE"; exit 1; }
FILE=$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")

aside=
if [ -d "$PG_DIR" ] && [ -n "$(ls -A "$PG_DIR")" ]; then
  if [ -n "$(running_port "$PG_DIR")" ]; then
    say "PostgreSQL is running on $PG_DIR (make run?): stop it first"
    exit 1
  fi
  if [ "${FORCE:-}" != 1 ]; then
    say "$PG_DIR is not empty: a restore only goes into an empty data folder."
    say "Restore elsewhere (PAKT_DATA_DIR=<empty folder>), or FORCE=1 to move the current database aside (kept, not deleted)."
    exit 1
  fi
  aside="$PG_DIR.before-restore-$(date +%Y%m%d-%H%M%S)"
  mv "$PG_DIR" "$aside"
  say "the current database was moved to $aside"
fi

PG_PID=
done=
finish() {
  local rc=$?
  pg_stop
  if [ -z "$done" ]; then
    # Leave things as they were: the half-restored folder goes, the one moved aside comes back.
    rm -rf "$PG_DIR"
    if [ -n "$aside" ]; then mv "$aside" "$PG_DIR" && say "the previous database is back in $PG_DIR"; fi
    say "restore FAILED; $PG_DIR is as it was"
    [ $rc -ne 0 ] || rc=1
  fi
  exit $rc
}
trap finish EXIT
trap 'exit 130' INT TERM

mkdir -p "$DATA_DIR/logs"
port=$(free_port 55440)
say "restoring $FILE into $PG_DIR"
pg_start "$PG_DIR" "$port" "$DATA_DIR/logs/postgres-restore.log"
db_tool restore "$FILE" "$port"
pg_stop
done=1
say "done: make run$([ -n "${PAKT_DATA_DIR:-}" ] && echo " with PAKT_DATA_DIR=$DATA_DIR") starts on the restored data"
