#!/usr/bin/env bash
# The scale-out stage of make test: two backend processes, each on a "host" of its own (a network namespace joined
# to this machine by a veth pair on a bridge), one PostgreSQL, and HAProxy in front, as a Kubernetes Service or an
# ingress would be. Through the balancer it checks that
#   1. parallel bookings never overspend a grant, parallel registrations never overbook an event, parallel edits
#      with one If-Match lose no update, and every webhook is delivered exactly once by the two workers;
#   2. a replica killed with SIGKILL under load loses no acknowledged write;
#   3. PostgreSQL killed with SIGKILL under load comes back with every acknowledged write;
#   4. a rolling restart of both replicas under load fails no request.
# Without root (no network namespaces) the replicas run on loopback ports instead (PAKT_SCALEOUT_HOSTS=loopback).
# Needs: make build, haproxy and iproute2 (Debian packages; .ci/run installs them).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/pakt-scaleout.XXXXXX)
PG_PORT=55490
LB_PORT=18480
# The check's SMTP server (GreenMail in the driver), on the hook address: both replicas send e-mails there.
SMTP_PORT=18525
STATS_PORT=18481
NET=10.77.0
HOSTS=${PAKT_SCALEOUT_HOSTS:-netns}
CP="$ROOT/backend/target/test-classes:$(cat "$ROOT/backend/target/test-classpath.txt")"
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
started=$(date +%s)

say() { printf '[scaleout] %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }
driver() { java -cp "$CP" de.pakt.scaleout.ScaleOutCheck "$@"; }

command -v haproxy >/dev/null || fail "haproxy is not installed (apt-get install haproxy)"
[ -f "$JAR" ] && [ -f "$ROOT/backend/target/test-classpath.txt" ] || fail "run make build first"

for port in $PG_PORT $LB_PORT $STATS_PORT 18490; do
  [ -z "$(ss -ltnH "sport = :$port")" ] || fail "port $port is in use (an earlier run still going?)"
done

if [ "$HOSTS" = netns ] && ! { [ "$(id -u)" = 0 ] && ip netns list >/dev/null 2>&1; }; then
  say "no network namespaces here (needs root and iproute2): replicas run on loopback ports"
  HOSTS=loopback
fi

remove_hosts() { # what an earlier, interrupted run may have left
  for h in a b; do
    ip netns del "pakt-$h" 2>/dev/null || true
    ip link del "pakt-$h-host" 2>/dev/null || true
  done
  ip link del pakt-br 2>/dev/null || true
}

pids=()
cleanup() {
  local rc=$?
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
  [ -n "${pg_pid:-}" ] && kill -TERM "$pg_pid" 2>/dev/null || true
  for pid in "${pids[@]}" ${pg_pid:-}; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ "$HOSTS" = netns ]; then
    remove_hosts
  fi
  if [ $rc -ne 0 ]; then
    say "logs in $WORK"
    for f in "$WORK"/*.log; do echo "--- $f (last lines)"; tail -n 15 "$f"; done
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT INT TERM

# --- Hosts: a bridge on this machine (10.77.0.1: PostgreSQL, the balancer's side, the webhook subscriber) and two
#     namespaces a (10.77.0.11) and b (10.77.0.12), each a host with its own loopback and ports.
if [ "$HOSTS" = netns ]; then
  remove_hosts
  ip link add pakt-br type bridge
  ip addr add "$NET.1/24" dev pakt-br
  ip link set pakt-br up
  n=10
  for h in a b; do
    n=$((n + 1))
    ip netns add "pakt-$h"
    ip link add "pakt-$h-host" type veth peer name eth0 netns "pakt-$h"
    ip link set "pakt-$h-host" master pakt-br up
    ip -n "pakt-$h" addr add "$NET.$n/24" dev eth0
    ip -n "pakt-$h" link set eth0 up
    ip -n "pakt-$h" link set lo up
  done
  DB_HOST=$NET.1
  HOOK_HOST=$NET.1
  declare -A ADDR=([a]=$NET.11 [b]=$NET.12) PORT=([a]=8080 [b]=8080) MGMT=([a]=9000 [b]=9000)
  say "hosts: network namespaces pakt-a ($NET.11) and pakt-b ($NET.12) on bridge pakt-br ($NET.1)"
else
  DB_HOST=localhost
  HOOK_HOST=127.0.0.1
  declare -A ADDR=([a]=127.0.0.1 [b]=127.0.0.1) PORT=([a]=18481 [b]=18482) MGMT=([a]=19481 [b]=19482)
  STATS_PORT=18483
fi

# --- Keys: tokens signed here, a certificate for the webhook subscriber that the backends trust.
driver keys "$WORK/keys"
keytool -genkeypair -alias hook -keyalg RSA -keysize 2048 -validity 2 -dname "CN=$HOOK_HOST" \
  -ext "SAN=ip:$HOOK_HOST" -keystore "$WORK/hook.p12" -storetype PKCS12 -storepass scaleout -noprompt 2>/dev/null
keytool -exportcert -alias hook -keystore "$WORK/hook.p12" -storepass scaleout -file "$WORK/hook.crt" 2>/dev/null
keytool -importcert -alias hook -file "$WORK/hook.crt" -keystore "$WORK/trust.p12" -storetype PKCS12 \
  -storepass scaleout -noprompt >/dev/null 2>&1

# The identity provider's discovery document and keys (the tokens' issuer), on this machine's side of the bridge.
export PAKT_SCALEOUT_ISSUER="http://$HOOK_HOST:18490/realms/pakt"
java -cp "$CP" de.pakt.scaleout.ScaleOutCheck issuer "$HOOK_HOST" 18490 "$WORK/keys" >"$WORK/issuer.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "$PAKT_SCALEOUT_ISSUER/.well-known/openid-configuration" 2>/dev/null && break
  sleep 0.5
done

# --- PostgreSQL, durable (fsync on), reachable from both hosts.
# The listen list: localhost, plus the bridge address when the replicas live in namespaces.
start_postgres() {
  local listen=localhost
  [ "$HOSTS" = netns ] && listen="localhost,$NET.1"
  PAKT_PG_LISTEN="$listen" PAKT_PG_CLIENTS="$NET.0/24" \
    java -cp "$CP" de.pakt.devsupport.LocalPostgres "$WORK/postgres" "$PG_PORT" >>"$WORK/postgres.log" 2>&1 &
  pg_pid=$!
  local before=$1
  for _ in $(seq 1 240); do
    [ "$(grep -c 'PostgreSQL ready' "$WORK/postgres.log" 2>/dev/null || true)" -gt "$before" ] && return 0
    kill -0 "$pg_pid" 2>/dev/null || fail "PostgreSQL did not start"
    sleep 0.5
  done
  fail "PostgreSQL not ready"
}
start_postgres 0
JDBC="jdbc:postgresql://localhost:$PG_PORT/pakt"
say "PostgreSQL ready on $DB_HOST:$PG_PORT"

# --- Backends: the production profile, configured from the environment as a Deployment would be.
declare -A BACKEND STARTS
start_backend() { # host demo-data; each start logs to a file of its own (backend-<host>-<n>.log)
  local h=$1 demo=$2 run=()
  STARTS[$h]=$((${STARTS[$h]:-0} + 1))
  [ "$HOSTS" = netns ] && run=(ip netns exec "pakt-$h")
  env PAKT_DB_URL="jdbc:postgresql://$DB_HOST:$PG_PORT/pakt" PAKT_DB_USER=pakt PAKT_DB_PASSWORD=pakt \
    PAKT_OIDC_ISSUER="$PAKT_SCALEOUT_ISSUER" \
    PAKT_SPA_ORIGIN=http://localhost:5173 PAKT_PUBLIC_BASE_URL="http://127.0.0.1:$LB_PORT" \
    PAKT_PROXY_FORWARDING=true PAKT_TRUSTED_PROXIES="$NET.1,127.0.0.1" PAKT_RATE_LIMIT_ENABLED=false \
    PAKT_DEMO_DATA_ENABLED="$demo" PAKT_MANAGEMENT_PORT="${MGMT[$h]}" \
    QUARKUS_MAILER_HOST="$HOOK_HOST" QUARKUS_MAILER_PORT="$SMTP_PORT" PAKT_NOTIFICATIONS_REMINDER_INTERVAL=2s \
    PAKT_NOTIFICATIONS_RETRY_SCHEDULE=5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s,5s \
    MALLOC_ARENA_MAX=2 "${run[@]}" java @"$ROOT/backend/jvm.options" -Djavax.net.ssl.trustStore="$WORK/trust.p12" -Djavax.net.ssl.trustStorePassword=scaleout \
    -Dpakt.webhooks.allow-loopback="$([ "$HOSTS" = netns ] && echo false || echo true)" \
    -Dquarkus.http.host=0.0.0.0 -Dquarkus.http.port="${PORT[$h]}" -Dquarkus.management.host=0.0.0.0 \
    -jar "$JAR" >"$WORK/backend-$h-${STARTS[$h]}.log" 2>&1 &
  BACKEND[$h]=$!
  pids+=("${BACKEND[$h]}")
}
wait_ready() { # host
  local h=$1
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "http://${ADDR[$h]}:${MGMT[$h]}/q/health/ready" 2>/dev/null && return 0
    kill -0 "${BACKEND[$h]}" 2>/dev/null || fail "backend $h exited"
    sleep 0.5
  done
  fail "backend $h not ready"
}
# The balancer sees a replica as up again (two good health checks) before the next step.
wait_balanced() {
  for _ in $(seq 1 60); do
    [ "$(curl -fsS "http://127.0.0.1:$STATS_PORT/stats;csv" 2>/dev/null | awk -F, '$1=="pakt" && ($2=="a"||$2=="b") && $18=="UP"' | wc -l)" = 2 ] && return 0
    sleep 0.5
  done
  fail "the balancer does not see both replicas up"
}

t=$(date +%s)
start_backend a true
wait_ready a
start_backend b false
wait_ready b
say "backends a (${ADDR[a]}:${PORT[a]}) and b (${ADDR[b]}:${PORT[b]}) ready after $(($(date +%s) - t)) s"

# --- HAProxy: round robin, health checks on the management port; a request whose connection failed or that got
#     no answer is sent to the other replica (safe: every write of the load carries an Idempotency-Key).
cat >"$WORK/haproxy.cfg" <<EOF
global
  maxconn 512
  log stdout format raw local0
defaults
  mode http
  log global
  option httplog
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout check 2s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response 503
frontend api
  bind 127.0.0.1:$LB_PORT
  default_backend pakt
frontend stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /stats
backend pakt
  balance roundrobin
  option httpchk
  http-check send meth GET uri /q/health/ready ver HTTP/1.1 hdr Host pakt
  http-check expect status 200
  server a ${ADDR[a]}:${PORT[a]} check port ${MGMT[a]} inter 500ms fall 1 rise 2
  server b ${ADDR[b]}:${PORT[b]} check port ${MGMT[b]} inter 500ms fall 1 rise 2
EOF
haproxy -f "$WORK/haproxy.cfg" -db >>"$WORK/haproxy.log" 2>&1 &
pids=("$!" "${pids[@]}")
wait_balanced
BASE="http://127.0.0.1:$LB_PORT"
# Starts the load in the background (load=its pid) and returns once it is writing.
start_load() { # seconds output allowed-statuses
  driver load "$BASE" "$WORK/keys" "$1" 8 "$2" "$3" &
  load=$!
  for _ in $(seq 1 120); do
    [ -f "$2.started" ] && return 0
    kill -0 "$load" 2>/dev/null || fail "the load did not start"
    sleep 0.25
  done
  fail "the load did not start"
}
served() { curl -fsS "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, '$1=="pakt" && ($2=="a"||$2=="b") {printf "%s %s  ", $2, $8}'; }

# --- 1. Correctness across replicas.
t=$(date +%s)
driver check "$BASE" "$JDBC" "$WORK/keys" "$HOOK_HOST" "$WORK/hook.p12" "$SMTP_PORT"
say "requests served per replica so far: $(served)"
say "stage 1 (correctness) took $(($(date +%s) - t)) s"

# --- 2. kill -9 of a replica under load.
t=$(date +%s)
start_load 16 "$WORK/acked-replica.txt" 502,503,504
sleep 4
kill -KILL "${BACKEND[b]}"
say "replica b killed with SIGKILL"
sleep 4
start_backend b false
wait_ready b
say "replica b back"
wait "$load" || fail "the load against a killed replica saw unclear errors"
driver verify "$JDBC" "$WORK/acked-replica.txt"
wait_balanced
say "stage 2 (kill -9 of a replica) took $(($(date +%s) - t)) s"

# --- 3. kill -9 of PostgreSQL under load: its process and the program that started it, no shutdown of any kind.
t=$(date +%s)
start_load 20 "$WORK/acked-postgres.txt" 502,503,504
sleep 4
postmaster=$(head -1 "$WORK/postgres/postmaster.pid")
kill -KILL "$pg_pid" "$postmaster"
say "PostgreSQL (postmaster $postmaster) killed with SIGKILL"
sleep 3
start_postgres 1
say "PostgreSQL restarted (crash recovery)"
wait "$load" || fail "the load against a killed database saw unclear errors"
driver verify "$JDBC" "$WORK/acked-postgres.txt"
say "stage 3 (kill -9 of PostgreSQL) took $(($(date +%s) - t)) s"

# --- 4. Rolling restart under load: SIGTERM, wait until it has stopped, start it, wait until balanced; a, then b.
t=$(date +%s)
wait_balanced
start_load 600 "$WORK/acked-rolling.txt" ""
sleep 3
for h in a b; do
  kill -TERM "${BACKEND[$h]}"
  wait "${BACKEND[$h]}" 2>/dev/null || true
  say "replica $h stopped (SIGTERM)"
  start_backend "$h" false
  wait_ready "$h"
  wait_balanced
  say "replica $h back in the balancer"
done
sleep 3
touch "$WORK/acked-rolling.txt.stop"
wait "$load" || fail "a request failed during the rolling restart"
driver verify "$JDBC" "$WORK/acked-rolling.txt"
say "stage 4 (rolling restart) took $(($(date +%s) - t)) s"
say "requests served per replica: $(served)"

# --- 5. What the log collector reads: the production profile's JSON lines, request ids, no token.
driver logs "$WORK"/backend-*.log || fail "the backends' logs are not what a collector expects"
say "passed in $(($(date +%s) - started)) s"
