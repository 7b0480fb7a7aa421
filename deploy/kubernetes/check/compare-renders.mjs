#!/usr/bin/env node
// Do two renderings of one overlay hold the same objects? (kustomize v2.0.3 from Debian's kubectl and a newer
// kustomize, when the machine has one: the kustomization files must mean the same to both.)
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const canon = (v) =>
  Array.isArray(v) ? v.map(canon) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
const load = (f) =>
  new Map(parseAllDocuments(readFileSync(f, "utf8")).map((d) => d.toJS()).filter(Boolean).map((o) => [`${o.kind}/${o.metadata?.name}`, JSON.stringify(canon(o))]));
const [a, b] = process.argv.slice(2).map(load);
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
if (differing.length) {
  console.error(`the two kustomize versions render differently: ${differing.join(", ")}`);
  process.exit(1);
}
