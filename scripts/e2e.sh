#!/usr/bin/env bash
# Browser tests against the real product: starts the stack (throwaway database, real Keycloak, backend, built
# SPA, demo data), runs the Playwright tests in Debian's Chromium, stops the stack, and exits with the tests' status.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN_DIR=""
stack=""
cleanup() {
  [ -n "$stack" ] && { kill -TERM "$stack" 2>/dev/null || true; wait "$stack" 2>/dev/null || true; }
  [ -n "$RUN_DIR" ] && rm -rf "$RUN_DIR"
  return 0
}
trap cleanup EXIT

# Starts the stack in a fresh run directory; returns 1 (with the logs shown and kept) if it does not come up.
start_stack() {
  RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/pakt-e2e.XXXXXX")
  READY="$RUN_DIR/ready"
  PAKT_DATA_DIR="$RUN_DIR" PAKT_DEMO_DATA=true PAKT_READY_FILE="$READY" "$ROOT/scripts/stack.sh" >"$RUN_DIR/stack.out" 2>&1 &
  stack=$!
  for _ in $(seq 1 300); do
    [ -f "$READY" ] && return 0
    kill -0 "$stack" 2>/dev/null || break
    sleep 1
  done
  echo "[e2e] the stack did not start:"; cat "$RUN_DIR/stack.out"
  for log in "$RUN_DIR"/logs/*.log; do echo "--- $log"; tail -n 60 "$log"; done 2>/dev/null || true
  # Keep the logs where CI can show them (the run directory is removed).
  mkdir -p "$ROOT/frontend/e2e/test-results/stack-logs" && cp -r "$RUN_DIR"/logs/. "$ROOT/frontend/e2e/test-results/stack-logs/" 2>/dev/null || true
  cleanup
  stack=""
  RUN_DIR=""
  return 1
}

# The backend as the image runs it: on Java 25 or newer with an AOT cache trained by that JVM (docs/adr/0019), when
# this machine has such a JDK (BACKEND_JAVA if set, else the newest under /usr/lib/jvm); otherwise without the cache.
source "$ROOT/scripts/backend-java.sh"
if java25=$(java_at_least 25); then
  BACKEND_JAVA=$java25 "$ROOT/scripts/aot-cache.sh"
  export BACKEND_JAVA=$java25 BACKEND_AOT_REQUIRED=1
else
  echo "[e2e] no JDK 25 or newer here: the backend runs on $("${BACKEND_JAVA:-java}" -version 2>&1 | head -n 1), without an AOT cache"
fi

# A second attempt: on a loaded machine the embedded PostgreSQL has (rarely) not come up in time.
start_stack || { echo "[e2e] trying once more"; sleep 5; start_stack; } || exit 1
echo "[e2e] stack ready: $(grep 'ready after' "$RUN_DIR/stack.out" | xargs)"

# Reporters, traces of failed tests and e2e/test-results/junit.xml (counted by test-summary.sh): playwright.config.ts.
cd "$ROOT/frontend"
status=0
npx playwright test --config=playwright.config.ts || status=$?

# The generated clients, run as an integrator's system would against the same stack (docs/integration.md):
# service-account token, change feed, a signed webhook to a local receiver, Idempotency-Key, ICS download.
cd "$ROOT"
if [ -f clients/java/target/classpath.txt ]; then
  java -cp "clients/java/target/classes:$(cat clients/java/target/classpath.txt)" \
    de.pakt.client.scenario.IntegrationScenario || status=$?
else
  echo "[e2e] clients/java is not built (make client-check)"; status=1
fi
if [ -f clients/typescript/dist/scenario.js ]; then
  node clients/typescript/dist/scenario.js || status=$?
else
  echo "[e2e] clients/typescript is not built (make client-check)"; status=1
fi
if [ $status -ne 0 ]; then tail -n 40 "$RUN_DIR"/logs/backend.log || true; fi
# Last, so that a log showing only its tail still names what failed or passed only on its retry, and why.
python3 - "$ROOT/frontend/e2e/test-results/results.json" <<'PY' || true
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    sys.exit(0)
def specs(suite):
    yield from suite.get("specs", [])
    for child in suite.get("suites", []):
        yield from specs(child)
for suite in report.get("suites", []):
    for spec in specs(suite):
        for test in spec.get("tests", []):
            if test.get("status") not in ("unexpected", "flaky"):
                continue
            verdict = "FAILED" if test["status"] == "unexpected" else "FLAKY (passed on its retry)"
            print(f"[e2e] {verdict}: {spec.get('file')}:{spec.get('line')} {spec.get('title')}")
            for result in test.get("results", []):
                for error in result.get("errors", []):
                    lines = [l for l in (error.get("message") or "").splitlines() if l.strip()][:12]
                    print("\n".join("    " + l for l in lines))
PY
exit $status
