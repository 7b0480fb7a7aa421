# Shared by scripts/backup.sh, restore.sh and backup-check.sh (sourced, not run): the classpath of the dev-support
# classes and starting/stopping the zonky PostgreSQL of make run on a data folder.
ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
TARGET="$ROOT/backend/target"
[ -f "$TARGET/quarkus-app/quarkus-run.jar" ] && [ -f "$TARGET/test-classpath.txt" ] && [ -d "$TARGET/test-classes" ] ||
  { echo "run make build first (backend/target is incomplete)" >&2; exit 1; }
# test-classes: LocalPostgres, DatabaseBackup; classes: the Flyway migrations a restore builds the schema with.
PG_CP="$TARGET/test-classes:$TARGET/classes:$(cat "$TARGET/test-classpath.txt")"

db_tool() { java -cp "$PG_CP" de.pakt.devsupport.DatabaseBackup "$@"; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { # first free port from $1 on
  local p=$1
  while ! port_free "$p"; do p=$((p + 1)); done
  echo "$p"
}

# The port of a PostgreSQL that runs on data folder $1 (from its postmaster.pid), or nothing.
running_port() {
  local pidfile="$1/postmaster.pid" pid port
  [ -f "$pidfile" ] || return 0
  pid=$(sed -n 1p "$pidfile")
  port=$(sed -n 4p "$pidfile")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && ! port_free "$port"; then echo "$port"; fi
}

# pg_start DATA_FOLDER PORT LOG: LocalPostgres (initdb on an empty folder, role and database pakt), in the
# background; sets PG_PID. pg_stop stops it cleanly (SIGTERM: the JVM's shutdown hook runs pg_ctl stop).
pg_start() {
  local dir=$1 port=$2 log=$3
  java -cp "$PG_CP" de.pakt.devsupport.LocalPostgres "$dir" "$port" >"$log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 240); do
    grep -q "PostgreSQL ready" "$log" 2>/dev/null && return 0
    kill -0 "$PG_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "PostgreSQL did not start on $dir; its log:" >&2
  tail -n 20 "$log" >&2
  pg_stop
  return 1
}

pg_stop() {
  [ -n "${PG_PID:-}" ] || return 0
  if kill -0 "$PG_PID" 2>/dev/null; then
    kill -TERM "$PG_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$PG_PID" 2>/dev/null || true
  fi
  wait "$PG_PID" 2>/dev/null || true
  PG_PID=
}
