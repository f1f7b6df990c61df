import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Regenerates a subgraph's resolver types in memory and returns them beside the committed
// file, so a test fails when someone changed schema.graphql without running `pnpm codegen`.
// Codegen runs in a plain Node child: its CLI loads ES modules that Jest's runtime cannot.
export function regenerateResolverTypes(serviceRoot: string): { generated: string; committed: string; path: string } {
  const result = spawnSync(process.execPath, [join(__dirname, 'regenerate-resolver-types.js'), serviceRoot], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`codegen failed for ${serviceRoot}:\n${result.stderr}`);
  const { filename, content } = JSON.parse(result.stdout) as { filename: string; content: string };
  const path = join(serviceRoot, filename);
  return { generated: content, committed: readFileSync(path, 'utf8'), path };
}
