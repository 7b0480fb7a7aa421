#!/usr/bin/env bash
# make backup: a consistent backup of the make run database into one file that can be copied anywhere and restored
# into an empty data folder (scripts/restore.sh). See docs/operations.md, "Backup and restore".
#
#   scripts/backup.sh [FILE]     default .local/backups/pakt-<timestamp>.zip
#
# - make run is running: an online backup over its port, one consistent snapshot while the backend keeps working.
# - make run is not running: PostgreSQL is started on the data folder for the backup, then stopped again.
# PAKT_DATA_DIR (default .local/data) picks the data folder, PAKT_BACKUP_DIR (default .local/backups) the folder.
# With PAKT_DB_URL set (an external PostgreSQL, as make run honours it) that database is backed up instead.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/pg-common.sh"

DATA_DIR=${PAKT_DATA_DIR:-$ROOT/.local/data}
PG_DIR="$DATA_DIR/postgres"
BACKUP_DIR=${PAKT_BACKUP_DIR:-$ROOT/.local/backups}
FILE=${1:-$BACKUP_DIR/pakt-$(date +%Y%m%d-%H%M%S).zip}

say() { printf '\033[1m[backup]\033[0m %s\n' "$*"; }

[ -e "$FILE" ] && { say "$FILE exists already"; exit 1; }
mkdir -p "$(dirname "$FILE")"

PG_PID=
trap pg_stop EXIT INT TERM

if [ -n "${PAKT_DB_URL:-}" ]; then
  url=$PAKT_DB_URL
  say "backing up $url (PAKT_DB_URL)"
else
  [ -f "$PG_DIR/PG_VERSION" ] || { say "no database in $PG_DIR (make run creates it; PAKT_DATA_DIR picks another)"; exit 1; }
  port=$(running_port "$PG_DIR")
  if [ -n "$port" ]; then
    say "PostgreSQL runs on $PG_DIR (port $port): online backup"
  else
    mkdir -p "$DATA_DIR/logs"
    port=$(free_port 55440)
    say "PostgreSQL is not running: starting it on $PG_DIR (port $port) for the backup"
    pg_start "$PG_DIR" "$port" "$DATA_DIR/logs/postgres-backup.log"
  fi
  url="jdbc:postgresql://localhost:$port/pakt"
  export PAKT_DB_USER=pakt PAKT_DB_PASSWORD=pakt
fi

db_tool backup "$url" "$FILE"
pg_stop
size=$(du -h "$FILE" | cut -f1)
say "$FILE ($size, $(stat -c %s "$FILE") bytes)"
say "restore: make restore BACKUP=$FILE [PAKT_DATA_DIR=<empty folder>]"
