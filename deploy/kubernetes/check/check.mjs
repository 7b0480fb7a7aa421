#!/usr/bin/env node
// make deploy-check's validator and linter for rendered overlays (deploy-check.sh renders them with kustomize).
//   node check.mjs NAME:PROFILE:RENDERED.yaml ...      PROFILE = local | production | example (objects only:
//                                                      schemas and per-object lints, no overlay-wide rules)
//   node check.mjs --expect EXPECTED.txt NAME:PROFILE:RENDERED.yaml   (negative test: every line of EXPECTED.txt
//                                                                       must be among the problems found)
// 1. Kubernetes objects: the JSON Schemas generated from the Kubernetes OpenAPI (kubernetes-models' validate()),
//    plus a TypeScript check of each object against kubernetes-models' types, which rejects unknown fields
//    (the OpenAPI schemas allow them; kubectl apply --validate=strict would not).
// 2. Operator resources: our own closed JSON Schemas (crd-schemas.mjs).
// 3. Lints: images, resources, probes, pod security, PDBs, Secrets, the realm import, NetworkPolicies.
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import ts from "typescript";
import { crdSchemas } from "./crd-schemas.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
let expectFile = null;
if (args[0] === "--expect") {
  expectFile = args[1];
  args.splice(0, 2);
}
const overlays = args.map((a) => {
  const [name, profile, file] = a.split(":");
  if (!["local", "production", "example"].includes(profile) || !file) throw new Error(`bad argument ${a}`);
  return { name, profile, file };
});

const problems = [];
const problem = (overlay, id, message) => problems.push(`${overlay.name}: ${id}: ${message}`);

// ---------- kubernetes-models: which module validates which apiVersion/kind ----------
function modelPath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}
function coreModel(apiVersion, kind) {
  try {
    const mod = require(modelPath(apiVersion, kind));
    return mod[kind] ? { path: modelPath(apiVersion, kind), Model: mod[kind] } : null;
  } catch {
    return null;
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });
const crdValidators = Object.fromEntries(Object.entries(crdSchemas).map(([k, s]) => [k, ajv.compile(s)]));
const ajvText = (errors) =>
  errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ""}${e.params?.allowedValues ? ` ${JSON.stringify(e.params.allowedValues)}` : ""}`).join("; ");

const podKinds = new Set(["Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet"]);
const digestPinned = (image) => /@sha256:[0-9a-f]{64}$/.test(image);
const tagged = (image) => digestPinned(image) || /:[^/:@]+$/.test(image);
const selects = (selector, labels) => Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v);

function lintImage(o, id, image, where) {
  if (/:latest(@|$)/.test(image)) problem(o, id, `${where}: image ${image} uses the tag latest`);
  else if (!tagged(image)) problem(o, id, `${where}: image ${image} has neither tag nor digest`);
  if (o.profile === "production" && !digestPinned(image)) problem(o, id, `${where}: image ${image} is not pinned by digest`);
}

function lintPod(o, id, obj) {
  const pod = obj.spec?.template?.spec ?? {};
  const podSc = pod.securityContext ?? {};
  for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
    const where = `container ${c.name}`;
    lintImage(o, id, c.image ?? "", where);
    for (const kind of ["requests", "limits"])
      for (const r of ["cpu", "memory"])
        if (c.resources?.[kind]?.[r] === undefined) problem(o, id, `${where}: no ${r} ${kind}`);
    if (obj.kind === "Deployment") {
      if (!c.readinessProbe) problem(o, id, `${where}: no readinessProbe`);
      if (!c.livenessProbe) problem(o, id, `${where}: no livenessProbe`);
    }
    const sc = c.securityContext ?? {};
    if ((sc.runAsNonRoot ?? podSc.runAsNonRoot) !== true) problem(o, id, `${where}: runAsNonRoot is not true`);
    if ((sc.runAsUser ?? podSc.runAsUser) === 0) problem(o, id, `${where}: runs as uid 0`);
    if (sc.readOnlyRootFilesystem !== true) problem(o, id, `${where}: readOnlyRootFilesystem is not true`);
    if (sc.allowPrivilegeEscalation !== false) problem(o, id, `${where}: allowPrivilegeEscalation is not false`);
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) problem(o, id, `${where}: capabilities do not drop ALL`);
  }
  if ((pod.securityContext?.seccompProfile?.type ?? "") !== "RuntimeDefault") problem(o, id, "pod: seccompProfile is not RuntimeDefault");
}

function lintOverlay(o, objects) {
  const byKind = (k) => objects.filter((x) => x.kind === k);
  for (const obj of objects) {
    const id = `${obj.kind}/${obj.metadata?.name}`;
    if (podKinds.has(obj.kind)) lintPod(o, id, obj);
    if (obj.kind === "Secret" && (obj.data || obj.stringData) && o.profile === "production")
      problem(o, id, "a Secret with data in the production overlay (secrets are created in the cluster, never committed)");
    if (obj.kind === "Cluster" && obj.apiVersion.startsWith("postgresql.cnpg.io/")) {
      for (const kind of ["requests", "limits"])
        for (const r of ["cpu", "memory"])
          if (obj.spec?.resources?.[kind]?.[r] === undefined) problem(o, id, `no ${r} ${kind}`);
      const pg = obj.spec?.postgresql?.parameters ?? {};
      if (pg.log_error_verbosity !== "terse" || pg.log_parameter_max_length !== "0")
        problem(o, id, "the server's log may show personal data (set log_error_verbosity: terse and log_parameter_max_length: \"0\")");
      if (o.profile === "production") {
        lintImage(o, id, obj.spec?.imageName ?? "", "imageName");
        if ((obj.spec?.instances ?? 1) < 3) problem(o, id, "fewer than 3 instances in production");
        if (!obj.spec?.postgresql?.synchronous) problem(o, id, "no synchronous replication in production");
        if (!(obj.spec?.plugins ?? []).some((p) => p.isWALArchiver)) problem(o, id, "no WAL archiving (no point-in-time recovery) in production");
        if (!byKind("ScheduledBackup").some((b) => b.spec?.cluster?.name === obj.metadata.name)) problem(o, id, "no ScheduledBackup in production");
      }
    }
    if (obj.kind === "Keycloak") {
      for (const kind of ["requests", "limits"])
        for (const r of ["cpu", "memory"])
          if (obj.spec?.resources?.[kind]?.[r] === undefined) problem(o, id, `no ${r} ${kind}`);
      if (o.profile === "production") lintImage(o, id, obj.spec?.image ?? "", "image");
      if (!obj.spec?.bootstrapAdmin?.user?.secret) problem(o, id, "the admin password does not come from a Secret");
    }
    if (obj.kind === "KeycloakRealmImport" && o.profile === "production") {
      const realm = obj.spec?.realm ?? {};
      for (const u of realm.users ?? [])
        if (!u.username?.startsWith("service-account-") || u.credentials?.length) problem(o, id, `the production realm imports the user ${u.username}`);
      for (const c of realm.clients ?? [])
        if (c.secret !== undefined && !/^\$\{[A-Z0-9_]+\}$/.test(c.secret)) problem(o, id, `client ${c.clientId} has a literal secret in the production realm`);
    }
    if (obj.kind === "Ingress") {
      if (!obj.metadata?.annotations?.["cert-manager.io/cluster-issuer"]) problem(o, id, "no cert-manager.io/cluster-issuer annotation");
      const tlsHosts = new Set((obj.spec?.tls ?? []).flatMap((t) => t.hosts ?? []));
      for (const r of obj.spec?.rules ?? []) if (!tlsHosts.has(r.host)) problem(o, id, `host ${r.host} has no TLS`);
    }
    if (obj.kind === "HorizontalPodAutoscaler") {
      const t = obj.spec?.scaleTargetRef;
      if (!objects.some((x) => x.kind === t?.kind && x.metadata.name === t?.name)) problem(o, id, `scales ${t?.kind}/${t?.name}, which is not in the overlay`);
    }
  }
  // The SPA's host name is written in the Ingress, the backend's CORS origin and the realm's redirect URIs: all agree.
  const spaHost = byKind("Ingress").flatMap((i) => i.spec?.rules ?? []).find((r) => r.http?.paths?.some((p) => p.backend?.service?.name === "pakt-spa"))?.host;
  if (spaHost) {
    const origin = `https://${spaHost}`;
    const cors = byKind("ConfigMap").find((c) => c.metadata.name === "pakt-backend")?.data?.PAKT_SPA_ORIGIN;
    if (cors !== undefined && cors !== origin) problem(o, "ConfigMap/pakt-backend", `PAKT_SPA_ORIGIN ${cors} is not the SPA's Ingress origin ${origin}`);
    for (const ri of byKind("KeycloakRealmImport"))
      for (const c of (ri.spec?.realm?.clients ?? []).filter((c) => c.clientId === "pakt-spa"))
        if (!(c.webOrigins ?? []).includes(origin) || !(c.redirectUris ?? []).includes(`${origin}/*`))
          problem(o, `KeycloakRealmImport/${ri.metadata.name}`, `client pakt-spa does not allow the SPA's origin ${origin} (realm-import.mjs)`);
  }
  // Every replicated Deployment has a PodDisruptionBudget that selects its pods (production).
  if (o.profile === "production")
    for (const d of byKind("Deployment"))
      if ((d.spec?.replicas ?? 1) >= 2 && !byKind("PodDisruptionBudget").some((p) => selects(p.spec?.selector, d.spec?.template?.metadata?.labels)))
        problem(o, `Deployment/${d.metadata.name}`, "has 2 or more replicas but no PodDisruptionBudget");
  // Default deny: a NetworkPolicy for every pod, both directions, no rules.
  if (o.profile !== "example" && !byKind("NetworkPolicy").some((n) => Object.keys(n.spec?.podSelector ?? { x: 1 }).length === 0 && !n.spec.ingress && !n.spec.egress && (n.spec.policyTypes ?? []).length === 2))
    problem(o, "NetworkPolicy", "no default-deny policy (podSelector {}, Ingress and Egress, no rules)");
}

// ---------- TypeScript: unknown fields of Kubernetes objects ----------
function typeCheck(o, objects, dir) {
  const lines = ["// generated by check.mjs"];
  const index = [];
  objects.forEach((obj, i) => {
    const m = coreModel(obj.apiVersion, obj.kind);
    if (!m) return;
    lines.push(`import type { I${obj.kind} as T${i} } from "${m.path}";`);
  });
  const first = lines.length;
  objects.forEach((obj, i) => {
    if (!coreModel(obj.apiVersion, obj.kind)) return;
    index[lines.length] = obj;
    lines.push(`export const o${i}: T${i} = ${JSON.stringify(obj)};`);
  });
  if (lines.length === first) return;
  const file = join(dir, `${o.name.replace(/[^a-z0-9]/gi, "_")}.ts`);
  writeFileSync(file, lines.join("\n") + "\n");
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    baseUrl: here,
    typeRoots: [],
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
    if (d.file && d.file.fileName === file) {
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      const obj = index[line];
      problem(o, obj ? `${obj.kind}/${obj.metadata?.name}` : `line ${line + 1}`, `schema: ${text.replace(/'T\d+'/g, "the object")}`);
    } else problem(o, "typescript", text);
  }
}

const work = mkdtempSync(join(here, ".generated-"));
const summary = [];
let total = 0;
try {
  for (const o of overlays) {
    const docs = parseAllDocuments(readFileSync(o.file, "utf8"));
    const objects = [];
    for (const d of docs) {
      if (d.errors.length) problem(o, "yaml", d.errors.map((e) => e.message).join("; "));
      const obj = d.toJS();
      if (obj) objects.push(obj);
    }
    const kinds = {};
    const sources = { kubernetes: 0, own: 0 };
    for (const obj of objects) {
      const id = `${obj.kind}/${obj.metadata?.name}`;
      if (!obj.apiVersion || !obj.kind) {
        problem(o, `object ${JSON.stringify(obj).slice(0, 80)}`, "has no apiVersion or kind");
        continue;
      }
      kinds[obj.kind] = (kinds[obj.kind] ?? 0) + 1;
      const m = coreModel(obj.apiVersion, obj.kind);
      const crd = crdValidators[`${obj.apiVersion} ${obj.kind}`];
      if (m) {
        sources.kubernetes++;
        try {
          new m.Model(obj).validate();
        } catch (e) {
          problem(o, id, `schema: ${e.message}`);
        }
      } else if (crd) {
        sources.own++;
        if (!crd(obj)) for (const e of crd.errors) problem(o, id, `schema: ${ajvText([e])}`);
      } else problem(o, id, `no schema for ${obj.apiVersion} ${obj.kind}`);
    }
    typeCheck(o, objects, work);
    lintOverlay(o, objects);
    total += objects.length;
    summary.push(
      `  ${o.name} (${o.profile}): ${objects.length} objects — ` +
        Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${n} ${k}`).join(", ") +
        `\n    ${sources.kubernetes} against the Kubernetes API schemas, ${sources.own} against Pakt's operator schemas`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (expectFile) {
  const expected = readFileSync(expectFile, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const missing = expected.filter((e) => !problems.some((p) => p.includes(e)));
  for (const e of expected) console.log(`  ${missing.includes(e) ? "MISSED " : "caught "} ${e}`);
  if (missing.length) {
    console.error(`negative test: ${missing.length} of ${expected.length} deliberate faults were NOT reported`);
    console.error(problems.map((p) => `    ${p}`).join("\n"));
    process.exit(1);
  }
  console.log(`negative test: all ${expected.length} deliberate faults reported (${problems.length} problems in the broken fixture)`);
  process.exit(0);
}
console.log(summary.join("\n"));
if (problems.length) {
  console.error(problems.map((p) => `  PROBLEM ${p}`).join("\n"));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`${total} objects valid`);
