// Writes src/lib/api/operationRoles.ts from the contract: which roles may call each operation (x-pakt-roles). The SPA
// offers a page only to the roles its operation accepts, and asks others to sign in or says "no access" — without
// restating the server's rules by hand. Runs with `npm run generate`, like the types.
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';

const contract = yaml.load(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const roles = {};
for (const item of Object.values(contract.paths)) {
  for (const operation of Object.values(item)) {
    if (operation && typeof operation === 'object' && operation.operationId) {
      roles[operation.operationId] = operation['x-pakt-roles'] ?? [];
    }
  }
}
const sorted = Object.fromEntries(Object.entries(roles).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  new URL('../src/lib/api/operationRoles.ts', import.meta.url),
  `// Generated from ../openapi.yaml by scripts/operation-roles.mjs — do not edit.\n` +
    `export const OPERATION_ROLES = ${JSON.stringify(sorted, null, 2)} as const;\n\n` +
    `export type OperationId = keyof typeof OPERATION_ROLES;\n`,
);
