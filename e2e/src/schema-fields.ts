import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type ConstDirectiveNode, type DocumentNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { MATRIX_SUBGRAPHS, REPOSITORY_ROOT, type MatrixSubgraph } from './authorization-matrix';

// Every output field of the graph, as the schemas declare them: each subgraph's
// `src/schema.graphql` with the fields federation adds to it, and the composed supergraph with
// the subgraphs that resolve each of its fields.

export const SUPERGRAPH_FILE = 'services/gateway/supergraph.graphql';
export const subgraphSchemaFile = (subgraph: MatrixSubgraph) => `services/${subgraph}/src/schema.graphql`;

const read = (file: string) => parse(readFileSync(join(REPOSITORY_ROOT, file), 'utf8'));

const OBJECT_KINDS: ReadonlySet<Kind> = new Set([Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION]);
const hasDirective = (directives: readonly ConstDirectiveNode[] | undefined, name: string) => (directives ?? []).some((directive) => directive.name.value === name);

// `Type.field` of every object type a subgraph declares, plus what @apollo/subgraph adds to its
// Query: `_service` always, `_entities` once the subgraph has an entity (a type with @key).
export function subgraphFields(subgraph: MatrixSubgraph, document: DocumentNode = read(subgraphSchemaFile(subgraph))): string[] {
  const fields = new Set<string>(['Query._service']);
  for (const definition of document.definitions) {
    if (!OBJECT_KINDS.has(definition.kind) || !('fields' in definition)) continue;
    const type = definition as { name: { value: string }; directives?: readonly ConstDirectiveNode[]; fields?: readonly FieldDefinitionNode[] };
    if (hasDirective(type.directives, 'key')) fields.add('Query._entities');
    for (const field of type.fields ?? []) fields.add(`${type.name.value}.${field.name.value}`);
  }
  return [...fields].sort();
}

export type SupergraphField = { coordinate: string; subgraphs: MatrixSubgraph[]; returns: string };

// The supergraph's object fields (its join__ and link__ machinery aside), each with the
// subgraphs that resolve it: those its @join__field directives name, else every subgraph that
// declares its type (@join__type).
export function supergraphFields(document: DocumentNode = read(SUPERGRAPH_FILE)): SupergraphField[] {
  const graphNames = new Map<string, MatrixSubgraph>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const name = stringArgument(value.directives?.find((directive) => directive.name.value === 'join__graph'), 'name');
      if (name && (MATRIX_SUBGRAPHS as readonly string[]).includes(name)) graphNames.set(value.name.value, name as MatrixSubgraph);
      else throw new Error(`${SUPERGRAPH_FILE}: the graph ${value.name.value} (${name}) is not one of ${MATRIX_SUBGRAPHS.join(', ')}; add its section to the matrix`);
    }
  }
  const graphsOf = (directives: readonly ConstDirectiveNode[] | undefined, directiveName: string) =>
    (directives ?? [])
      .filter((directive) => directive.name.value === directiveName)
      .map((directive) => enumArgument(directive, 'graph'))
      .flatMap((graph) => (graph && graphNames.has(graph) ? [graphNames.get(graph)!] : []));

  const fields: SupergraphField[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const typeName = definition.name.value;
    if (/^(join|link)__/.test(typeName)) continue;
    const typeGraphs = graphsOf(definition.directives, 'join__type');
    for (const field of definition.fields ?? []) {
      const fieldGraphs = graphsOf(field.directives, 'join__field');
      fields.push({ coordinate: `${typeName}.${field.name.value}`, subgraphs: [...new Set(fieldGraphs.length ? fieldGraphs : typeGraphs)].sort(), returns: namedType(field.type) });
    }
  }
  return fields.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

function stringArgument(directive: ConstDirectiveNode | undefined, name: string): string | undefined {
  const value = directive?.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function enumArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.ENUM ? value.value : undefined;
}
