import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderAsyncApiJson } from './asyncapi';
import { renderEventCatalog } from './catalog';

// `pnpm --filter @backoffice/events asyncapi`: the machine-readable catalog and the one for
// people, from the same contracts. The package root is one level up from both src/ (tsx) and
// dist/ (built); docs/ is the repository's.
const packageRoot = resolve(__dirname, '..');
const targets = [
  [resolve(packageRoot, 'asyncapi.json'), renderAsyncApiJson()],
  [resolve(packageRoot, '..', '..', 'docs', 'events.md'), renderEventCatalog()],
] as const;
for (const [target, text] of targets) {
  writeFileSync(target, text);
  console.log(`Wrote ${target}`);
}
