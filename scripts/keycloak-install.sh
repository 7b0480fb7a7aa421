#!/usr/bin/env bash
# Installs Keycloak (org.keycloak:keycloak-quarkus-dist from Maven Central) into .local/keycloak once.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VERSION=26.7.3
DEST="$ROOT/.local/keycloak"
[ -x "$DEST/keycloak-$VERSION/bin/kc.sh" ] && exit 0
mkdir -p "$DEST"
echo "[pakt] installing Keycloak $VERSION (once) ..."
(cd "$ROOT/backend" && "$ROOT/scripts/mvnw.sh" -q -B dependency:copy \
  -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$DEST")
unzip -q -o "$DEST/keycloak-quarkus-dist-$VERSION.zip" -d "$DEST"
rm -f "$DEST/keycloak-quarkus-dist-$VERSION.zip"
