#!/usr/bin/env bash
# make deploy-check: render every Kubernetes overlay and check it offline (no cluster runs here).
#  1. renderer: kustomize v2.0.3 inside Debian's kubectl 1.20 (package kubernetes-client), extracted into
#     .local/tools — not installed, since it conflicts with other kubectl packages. Same binary on every machine.
#     A newer kubectl on PATH (kustomize v4/v5) renders too, and both renderings must agree.
#  2. the realm imports are in step with deploy/keycloak/pakt-realm.json (realm-import.mjs)
#  3. check.mjs: Kubernetes API schemas + unknown fields (kubernetes-models, TypeScript), Pakt's operator
#     schemas (crd-schemas.mjs), lints; then the broken fixture must fail with every expected message.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
started=$(date +%s)
tools=$root/.local/tools
kubectl_v2=$tools/kubernetes-client/usr/bin/kubectl
check=$root/deploy/kubernetes/check

if [ ! -x "$kubectl_v2" ]; then
  echo "[deploy-check] fetching Debian's kubernetes-client (kubectl 1.20.2 with kustomize v2.0.3) into .local/tools"
  download=$(mktemp -d)
  chmod 777 "$download"
  if ! (cd "$download" && apt-get download -qq kubernetes-client >/dev/null 2>&1); then
    apt-get update -qq
    (cd "$download" && apt-get download -qq kubernetes-client >/dev/null 2>&1)
  fi
  mkdir -p "$tools"
  dpkg-deb -x "$download"/kubernetes-client_*.deb "$tools/kubernetes-client"
  rm -rf "$download"
fi

if [ ! -f "$check/node_modules/.package-lock.json" ] || [ "$check/package-lock.json" -nt "$check/node_modules/.package-lock.json" ]; then
  (cd "$check" && npm ci --no-audit --no-fund --loglevel=error)
fi

node "$check/realm-import.mjs"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
newer=""
if command -v kubectl >/dev/null && [ "$(command -v kubectl)" != "$kubectl_v2" ] \
    && kubectl version --client 2>/dev/null | grep -q '^Kustomize Version: v[4-9]'; then
  newer=$(command -v kubectl)
fi

render() { # dir name
  "$kubectl_v2" kustomize "$1" >"$out/$2.yaml"
  if [ -n "$newer" ]; then
    "$newer" kustomize "$1" 2>/dev/null >"$out/$2.new.yaml"
    node "$check/compare-renders.mjs" "$out/$2.yaml" "$out/$2.new.yaml"
  fi
}

overlays=()
for dir in deploy/kubernetes/overlays/*/; do
  name=$(basename "$dir")
  profile=local
  [ "$name" = production ] && profile=production
  render "$dir" "$name"
  overlays+=("$name:$profile:$out/$name.yaml")
done
echo "[deploy-check] rendered with kustomize v2.0.3${newer:+ and $("$newer" version --client 2>/dev/null | sed -n 's/^Kustomize Version: //p') (identical objects)}"
for example in deploy/kubernetes/examples/*.yaml; do
  overlays+=("examples/$(basename "$example" .yaml):example:$example")
done
node "$check/check.mjs" "${overlays[@]}"

render deploy/kubernetes/check/fixtures/broken broken
node "$check/check.mjs" --expect "$check/fixtures/broken/expected-problems.txt" "broken:production:$out/broken.yaml" \
  | tail -n 1
echo "[deploy-check] passed in $(( $(date +%s) - started )) s"
