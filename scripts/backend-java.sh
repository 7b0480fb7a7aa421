# Sourced by the scripts that start the packaged backend (make run, make bench, make sizing, make aot-cache):
# which java runs it, and with which AOT cache. BACKEND_JAVA (default: the java on the PATH) names the JVM; when the app.aot
# beside the jar (backend/target/quarkus-app) was trained by that same JVM (make aot-cache, docs/adr/0019), the backend
# starts with it.
BACKEND_JAR=backend/target/quarkus-app/quarkus-run.jar

# java_feature_version JAVA -> 17, 25, …
java_feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}

# java_at_least VERSION -> the path of a java of that feature version or newer: BACKEND_JAVA if set, else the newest
# of the java on the PATH and those under /usr/lib/jvm; fails if there is none.
java_at_least() {
  local candidate best="" best_version=0 version
  if [ -n "${BACKEND_JAVA:-}" ]; then # named explicitly: that one or none
    version=$(java_feature_version "$BACKEND_JAVA")
    [[ "$version" =~ ^[0-9]+$ ]] && [ "$version" -ge "$1" ] && echo "$BACKEND_JAVA" && return 0
    return 1
  fi
  for candidate in "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    version=$(java_feature_version "$candidate")
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if [ "$version" -ge "$1" ] && [ "$version" -gt "$best_version" ]; then best=$candidate best_version=$version; fi
  done
  [ -n "$best" ] && echo "$best"
}

# backend_java JAR: sets the array BACKEND_JAVA_CMD, the java and, if one beside JAR fits it, the AOT cache option.
# A cache fits when that JVM trained it on this very build: the JVM checks the jars' times and sizes, and on a
# mismatch it starts without the cache with a warning only in its own log, so a stale one is left out here, aloud.
backend_java() {
  local java=${BACKEND_JAVA:-java} cache
  cache="$(dirname "$1")/app.aot"
  BACKEND_JAVA_CMD=("$java")
  if [ -s "$cache" ] && [ -f "$cache.jvm" ] && [ "$("$java" -version 2>&1 | head -n 2)" = "$(cat "$cache.jvm")" ]; then
    if [ -n "$(find "$(dirname "$1")" -name '*.jar' -newer "$cache" -print -quit)" ]; then
      echo "AOT cache $cache was trained on an earlier build: starting without it (make aot-cache trains it anew)" >&2
    else
      BACKEND_JAVA_CMD+=("-XX:AOTCache=$cache")
    fi
  fi
}

# backend_java_label: "OpenJDK Runtime Environment … (build …)", and whether with the AOT cache (after backend_java).
backend_java_label() {
  echo "$("${BACKEND_JAVA_CMD[0]}" -version 2>&1 | sed -n 2p)${BACKEND_JAVA_CMD[1]:+ with its AOT cache}"
}
