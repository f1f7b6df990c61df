import { Kind, getNamedType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { Refused, type FieldProblem } from './domain-errors';
import { isUuid } from './sql';

// `_entities(representations: [_Any!]!)` takes any JSON. @apollo/subgraph trusts it: a
// representation that is not an object, names a type this subgraph does not resolve, or lacks its
// key becomes an internal error, and when one item throws, the lookups already started for the
// others are abandoned (a refusal among them would go unhandled and end the process). Every
// representation is checked first, so a bad one is the caller's mistake (BAD_USER_INPUT naming
// `representations.<n>`) and nothing runs.

type EntityKeys = Map<string, string[][]>;

// Each entity type's keys, from its `@key(fields: "...")` directives (top-level fields only:
// this system's keys are single ids).
function entityKeys(typeDefs: DocumentNode): EntityKeys {
  const keys: EntityKeys = new Map();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      const topLevel = fields.value.replace(/\{[^}]*\}/g, ' ').split(/[\s,]+/).filter(Boolean);
      keys.set(definition.name.value, [...(keys.get(definition.name.value) ?? []), topLevel]);
    }
  }
  return keys;
}

function representationProblems(representation: unknown, index: number, keys: EntityKeys, schema: GraphQLSchema): FieldProblem[] {
  const name = `representations.${index}`;
  if (!representation || typeof representation !== 'object' || Array.isArray(representation)) {
    return [{ field: name, message: 'must be an object with __typename and the key fields of an entity' }];
  }
  const { __typename: typename, ...fields } = representation as Record<string, unknown>;
  const alternatives = typeof typename === 'string' ? keys.get(typename) : undefined;
  const type = typeof typename === 'string' ? schema.getType(typename) : undefined;
  if (!alternatives || !isObjectType(type)) {
    return [{ field: `${name}.__typename`, message: `must name an entity this service resolves: ${[...keys.keys()].sort().join(', ')}` }];
  }
  const problemsOf = (key: string[]) =>
    key.flatMap((field): FieldProblem[] => {
      const value = fields[field];
      const isId = getNamedType(type.getFields()[field]?.type)?.name === 'ID';
      if (typeof value !== 'string' && typeof value !== 'number') return [{ field: `${name}.${field}`, message: 'is required (a key of this entity)' }];
      if (isId && !isUuid(value)) return [{ field: `${name}.${field}`, message: 'must be an id (a UUID)' }];
      return [];
    });
  // Acceptable when one of the entity's keys is complete and well formed.
  const byKey = alternatives.map(problemsOf);
  return byKey.some((problems) => problems.length === 0) ? [] : byKey[0]!;
}

export function checkEntityRepresentations(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  if (!entities?.resolve) return schema;
  const keys = entityKeys(typeDefs);
  const resolve = entities.resolve;
  entities.resolve = (source, args: { representations?: unknown }, context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    const problems = representations.flatMap((representation, index) => representationProblems(representation, index, keys, schema));
    if (problems.length) throw new Refused(`Some representations cannot be resolved here: ${problems.map((problem) => problem.field).join(', ')}.`, problems);
    return resolve(source, args, context, info);
  };
  return schema;
}
