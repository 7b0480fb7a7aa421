#!/usr/bin/env bash
# Runs the backend's Maven Wrapper with the Maven distribution taken from the local Maven repository (put
# there by the machine's own Maven), so the project names no download address. See docs/adr/0002.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MAVEN_VERSION=3.9.9
ZIP="$HOME/.m2/repository/org/apache/maven/apache-maven/$MAVEN_VERSION/apache-maven-$MAVEN_VERSION-bin.zip"
if [ ! -f "$ZIP" ]; then
  command -v mvn >/dev/null || { echo "Maven is needed once to fetch Maven $MAVEN_VERSION for the wrapper" >&2; exit 1; }
  mvn -q -B dependency:get -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin" -Dtransitive=false >&2
fi
# The wrapper downloads through Java (which reads file: URLs) when credentials are set; these are not used.
export MVNW_REPOURL="file://$HOME/.m2/repository" MVNW_USERNAME=local MVNW_PASSWORD=local
exec "$ROOT/backend/mvnw" "$@"
