// Writes src/lib/api/inputRules.ts from the contract: the constraints of every request body (the *Input schemas and
// whatever else an operation accepts), so the forms check what the server will check before they send it — without
// restating the contract by hand. Runs with `npm run generate`, like the types.
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { format, resolveConfig } from 'prettier';

const contract = yaml.load(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const schemas = contract.components.schemas;

/** The constraints the forms check; anything else (uuid, enums) comes from a choice, not from typing. */
const CHECKED = ['minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'minItems', 'maxItems'];
const CHECKED_FORMATS = new Set(['email', 'uri', 'date', 'date-time']);

const schemaName = (ref) => {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  if (!match || !schemas[match[1]]) throw new Error(`unresolvable $ref ${ref}`);
  return match[1];
};

/** The schema with its $ref followed and its allOf parts merged (properties and required of all parts). */
function resolve(schema, seen) {
  if (schema.$ref) {
    const name = schemaName(schema.$ref);
    if (seen.includes(name)) throw new Error(`recursive schema ${[...seen, name].join(' → ')}`);
    return resolve(schemas[name], [...seen, name]);
  }
  if (!schema.allOf) return { schema, seen };
  // Every part holds: their properties and required lists add up (a keyword in two parts: the last one's).
  const parts = [schema, ...schema.allOf.map((part) => resolve(part, seen).schema)];
  const merged = {
    ...Object.assign({}, ...parts),
    properties: Object.assign({}, ...parts.map((part) => part.properties)),
    required: parts.flatMap((part) => part.required ?? []),
  };
  return { schema: merged, seen };
}

/** One value's rule: its own constraints, its items' and its properties' (inlined, so each input is self-contained). */
function rule(source, seen, required) {
  const { schema, seen: path } = resolve(source, seen);
  const result = {};
  if (required) result.required = true;
  if (schema.type === 'integer' || schema.type === 'number') result.type = schema.type;
  for (const key of CHECKED) if (schema[key] !== undefined) result[key] = schema[key];
  if (CHECKED_FORMATS.has(schema.format)) result.format = schema.format;
  if (schema.type === 'array' && schema.items) {
    const items = rule(schema.items, path, false);
    if (Object.keys(items).length) result.items = items;
  }
  if (schema.properties) {
    const properties = objectRules(schema, path);
    if (Object.keys(properties).length) result.properties = properties;
  }
  return result;
}

function objectRules(schema, seen) {
  const required = new Set(schema.required ?? []);
  const rules = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const propertyRule = rule(property, seen, required.has(name));
    if (Object.keys(propertyRule).length) rules[name] = propertyRule;
  }
  return rules;
}

// Every schema a request sends as JSON, and every *Input schema even if no operation uses it yet.
const inputs = new Set(Object.keys(schemas).filter((name) => name.endsWith('Input')));
for (const item of Object.values(contract.paths)) {
  for (const operation of Object.values(item)) {
    const body = operation?.requestBody?.content?.['application/json']?.schema;
    if (body?.$ref) inputs.add(schemaName(body.$ref));
  }
}

const rules = Object.fromEntries(
  [...inputs].sort().map((name) => [name, objectRules(resolve(schemas[name], [name]).schema, [name])]),
);
const target = new URL('../src/lib/api/inputRules.ts', import.meta.url);
const source = `// Generated from ../openapi.yaml by scripts/input-rules.mjs — do not edit.
/** The contract's constraints on one value of a request body; nested objects and list items inlined. */
export interface FieldRule {
  required?: boolean;
  type?: 'integer' | 'number';
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: 'email' | 'uri' | 'date' | 'date-time';
  minItems?: number;
  maxItems?: number;
  items?: FieldRule;
  properties?: ObjectRules;
}

export type ObjectRules = Readonly<Record<string, FieldRule>>;

export const INPUT_RULES = ${JSON.stringify(rules)} satisfies Record<string, ObjectRules>;

export type InputSchemaName = keyof typeof INPUT_RULES;
`;
// Formatted like the hand-written sources, so the lint's prettier check passes without an exception.
const filepath = target.pathname;
writeFileSync(target, await format(source, { ...(await resolveConfig(filepath)), filepath }));
