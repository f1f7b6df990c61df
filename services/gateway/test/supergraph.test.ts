import { readFileSync } from 'node:fs';
import { apiSchemaPath, composeApiSchema, composeSupergraph, supergraphPath } from '../src/compose-supergraph';

describe('the supergraph', () => {
  it('the committed supergraph is what the subgraphs compose to', () => {
    // Fails when a subgraph schema changed without `pnpm compose`, or when they no longer compose.
    expect(composeSupergraph()).toBe(readFileSync(supergraphPath, 'utf8'));
  });

  it('the committed API schema is the supergraph as clients see it', () => {
    // The dashboard generates its operation types from this file: `pnpm compose` rewrites it.
    const apiSchema = readFileSync(apiSchemaPath, 'utf8');
    expect(composeApiSchema() + '\n').toBe(apiSchema);
    expect(apiSchema).not.toMatch(/join__|link__/);
  });
});
