#!/usr/bin/env node
// Generates each overlay's KeycloakRealmImport from deploy/keycloak/pakt-realm.json, the one realm that make run,
// the tests and docker-compose use, so that the realm is never copied by hand.
//   node realm-import.mjs          check: exit 1 if a committed file differs from what the realm gives (deploy-check)
//   node realm-import.mjs --write  (re)write the files
// local: the whole realm with its demo users and demo client secrets (a developer's cluster only), plus the
// SPA's https origin of the local Ingress.
// production: no people (the demo users go; the integration clients' service-account users stay, they carry the
// clients' roles), no secret values: the confidential clients' secrets become ${PLACEHOLDERS} that the Keycloak
// Operator fills from the Secret pakt-realm-client-secrets, and the SPA's redirect URIs are the production origin.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const realmFile = join(root, "deploy", "keycloak", "pakt-realm.json");

const overlays = [
  {
    file: join(here, "..", "overlays", "local", "realm-import.yaml"),
    spaOrigins: ["https://pakt.localhost"],
    keepDemo: true,
  },
  {
    file: join(here, "..", "overlays", "production", "realm-import.yaml"),
    spaOrigins: ["https://pakt.example.org"],
    keepDemo: false,
    secretName: "pakt-realm-client-secrets",
  },
];

function placeholderName(clientId) {
  return clientId.toUpperCase().replace(/[^A-Z0-9]+/g, "_") + "_CLIENT_SECRET";
}

export function realmImport(realm, overlay) {
  const r = structuredClone(realm);
  const placeholders = {};
  for (const client of r.clients ?? []) {
    if (client.clientId === "pakt-spa") {
      const origins = overlay.keepDemo ? [...client.webOrigins, ...overlay.spaOrigins] : overlay.spaOrigins;
      client.webOrigins = origins;
      client.redirectUris = origins.map((o) => `${o}/*`);
      client.attributes = { ...client.attributes, "post.logout.redirect.uris": client.redirectUris.join("##") };
    }
    if (!overlay.keepDemo && client.secret !== undefined) {
      const name = placeholderName(client.clientId);
      client.secret = "${" + name + "}";
      placeholders[name] = { secret: { name: overlay.secretName, key: client.clientId } };
    }
  }
  if (!overlay.keepDemo) {
    r.users = (r.users ?? []).filter((u) => u.serviceAccountClientId !== undefined || u.username.startsWith("service-account-"));
    for (const u of r.users) {
      if (u.credentials?.length) throw new Error(`service-account user ${u.username} has credentials`);
    }
  }
  const spec = { keycloakCRName: "pakt-keycloak" };
  if (Object.keys(placeholders).length) spec.placeholders = placeholders;
  spec.realm = r;
  return {
    apiVersion: "k8s.keycloak.org/v2alpha1",
    kind: "KeycloakRealmImport",
    metadata: { name: "pakt-realm", labels: { "app.kubernetes.io/part-of": "pakt" } },
    spec,
  };
}

function render(overlay, realm) {
  const header =
    `# GENERATED from deploy/keycloak/pakt-realm.json by deploy/kubernetes/check/realm-import.mjs — do not edit;\n` +
    `# change the realm file and run: node deploy/kubernetes/check/realm-import.mjs --write  (make deploy-check\n` +
    `# fails while this file is stale).\n` +
    (overlay.keepDemo
      ? `# LOCAL ONLY: contains the demo users (password pakt-demo) and demo client secrets of make run.\n`
      : `# No users but the clients' service accounts, no secret values: the Keycloak Operator fills the\n` +
        `# \${…_CLIENT_SECRET} placeholders from the Secret ${overlay.secretName} (README "Kubernetes").\n`);
  return header + stringify(realmImport(realm, overlay), { lineWidth: 0 });
}

const realm = JSON.parse(readFileSync(realmFile, "utf8"));
const write = process.argv.includes("--write");
let stale = 0;
for (const overlay of overlays) {
  const text = render(overlay, realm);
  const name = relative(root, overlay.file);
  if (write) {
    writeFileSync(overlay.file, text);
    console.log(`wrote ${name}`);
  } else {
    let current = "";
    try {
      current = readFileSync(overlay.file, "utf8");
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error(`STALE: ${name} differs from deploy/keycloak/pakt-realm.json; run: node deploy/kubernetes/check/realm-import.mjs --write`);
      stale++;
    }
  }
}
if (stale) process.exit(1);
if (!write) console.log("realm imports: in step with deploy/keycloak/pakt-realm.json");
