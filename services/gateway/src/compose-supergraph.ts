import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

// Composes the subgraphs' committed SDL into the supergraph the gateway serves. The URLs here
// are names only: the gateway routes each subgraph to the URL its config gives.
export const subgraphNames = ['hr', 'accounting', 'it'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

const servicesDir = join(__dirname, '..', '..');
export const supergraphPath = join(__dirname, '..', 'supergraph.graphql');
// What clients see of the supergraph (no join__ machinery, nothing @inaccessible): the schema the
// dashboard's typed operations are generated from and checked against.
export const apiSchemaPath = join(__dirname, '..', 'api-schema.graphql');

export function composeSupergraph(): string {
  return compose().supergraphSdl;
}

export function composeApiSchema(): string {
  return printSchema(compose().schema.toAPISchema().toGraphQLJSSchema());
}

function compose() {
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
  return result;
}

if (require.main === module) {
  writeFileSync(supergraphPath, composeSupergraph());
  writeFileSync(apiSchemaPath, `${composeApiSchema()}\n`);
  console.log(`wrote ${supergraphPath} and ${apiSchemaPath}`);
}
