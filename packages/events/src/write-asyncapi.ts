import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderAsyncApiJson } from './asyncapi';

// `pnpm --filter @backoffice/events asyncapi`; the package root is one level up from
// both src/ (tsx) and dist/ (built).
const target = resolve(__dirname, '..', 'asyncapi.json');
writeFileSync(target, renderAsyncApiJson());
console.log(`Wrote ${target}`);
