import { readFileSync } from 'node:fs';
import { composeSupergraph, supergraphPath } from '../src/compose-supergraph';

describe('the supergraph', () => {
  it('the committed supergraph is what the subgraphs compose to', () => {
    // Fails when a subgraph schema changed without `pnpm compose`, or when they no longer compose.
    expect(composeSupergraph()).toBe(readFileSync(supergraphPath, 'utf8'));
  });
});
