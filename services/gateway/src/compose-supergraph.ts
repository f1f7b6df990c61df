import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

// Composes the subgraphs' committed SDL into the supergraph the gateway serves. The URLs here
// are names only: the gateway routes each subgraph to the URL its config gives.
export const subgraphNames = ['hr', 'accounting', 'it'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

const servicesDir = join(__dirname, '..', '..');
export const supergraphPath = join(__dirname, '..', 'supergraph.graphql');

export function composeSupergraph(): string {
  const result = composeServices(
    subgraphNames.map((name) => ({
      name,
      url: `http://${name}/graphql`,
      typeDefs: parse(readFileSync(join(servicesDir, name, 'src', 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

if (require.main === module) {
  writeFileSync(supergraphPath, composeSupergraph());
  console.log(`wrote ${supergraphPath}`);
}
