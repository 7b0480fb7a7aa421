#!/usr/bin/env bash
# Browser tests against the real product: starts the stack (throwaway database, real Keycloak, backend, built
# SPA, demo data), runs the Playwright tests in Debian's Chromium, stops the stack, and exits with the tests' status.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pakt-e2e.XXXXXX")
READY="$RUN_DIR/ready"

PAKT_DATA_DIR="$RUN_DIR" PAKT_DEMO_DATA=true PAKT_READY_FILE="$READY" "$ROOT/scripts/stack.sh" >"$RUN_DIR/stack.out" 2>&1 &
stack=$!
cleanup() {
  kill -TERM "$stack" 2>/dev/null || true
  wait "$stack" 2>/dev/null || true
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT

for _ in $(seq 1 300); do
  [ -f "$READY" ] && break
  if ! kill -0 "$stack" 2>/dev/null; then
    echo "[e2e] the stack did not start:"; cat "$RUN_DIR/stack.out"; tail -n 50 "$RUN_DIR"/logs/*.log 2>/dev/null || true; exit 1
  fi
  sleep 1
done
[ -f "$READY" ] || { echo "[e2e] stack not ready after 300 s"; cat "$RUN_DIR/stack.out"; exit 1; }
echo "[e2e] stack ready: $(grep 'ready after' "$RUN_DIR/stack.out" | xargs)"

cd "$ROOT/frontend"
mkdir -p e2e/test-results
status=0
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$ROOT/frontend/e2e/test-results/junit.xml" \
  e2e/ || status=$?
if [ $status -ne 0 ]; then tail -n 40 "$RUN_DIR"/logs/backend.log || true; fi
exit $status
