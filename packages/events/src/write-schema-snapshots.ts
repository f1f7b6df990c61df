import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  SCHEMA_SNAPSHOT_COMMAND,
  currentDataSchema,
  planSchemaSnapshots,
  schemaSnapshotFileName,
  type JsonSchema,
} from './compatibility';
import { allEventContracts } from './registry';

// `pnpm --filter @backoffice/events schemas`: snapshots each event type's published `data` schema
// in schemas/<type>.json. A new type gets its file; an existing file is rewritten only when the
// change is compatible. A breaking change (or a published type that disappeared) is refused and
// nothing is written. The package root is one level up from both src/ (tsx) and dist/ (built).
const directory = resolve(__dirname, '..', 'schemas');

const current = new Map<string, JsonSchema>(allEventContracts.map((contract) => [contract.type, currentDataSchema(contract)]));
const snapshots = new Map<string, string>(
  (existsSync(directory) ? readdirSync(directory) : [])
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.slice(0, -'.json'.length), readFileSync(resolve(directory, file), 'utf8')]),
);

const plan = planSchemaSnapshots(current, snapshots);

if (plan.refused.length > 0 || plan.orphaned.length > 0) {
  for (const { type, problems } of plan.refused) {
    console.error(`${type}: breaking change to a published version`);
    for (const problem of problems) console.error(`  ${problem}`);
  }
  for (const type of plan.orphaned) {
    console.error(`${type}: published (schemas/${schemaSnapshotFileName(type)}) but no contract defines it any more`);
  }
  console.error(
    '\nNothing was written. Keep the published version as it was and publish a new version instead ' +
      '(a second defineEvent with `version: N + 1`, see "Publishing a new version" in packages/events/README.md), ' +
      `then run \`${SCHEMA_SNAPSHOT_COMMAND}\` again.`,
  );
  process.exit(1);
}

mkdirSync(directory, { recursive: true });
for (const { type, text } of [...plan.added, ...plan.updated]) {
  writeFileSync(resolve(directory, schemaSnapshotFileName(type)), text);
}
for (const { type } of plan.added) console.log(`added   schemas/${schemaSnapshotFileName(type)}`);
for (const { type } of plan.updated) console.log(`updated schemas/${schemaSnapshotFileName(type)} (compatible)`);
console.log(`${plan.added.length} added, ${plan.updated.length} updated (compatible), ${plan.unchanged.length} unchanged`);
