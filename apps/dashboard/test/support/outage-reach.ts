import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

// How far one department being down reaches into a page. The gateway answers a field another
// subgraph resolves (a claimant's name from HR inside accounting's queue) with a second fetch;
// when that fetch fails, the field is null, and a null in a non-null field climbs to the nearest
// field that may be null. When nothing between the root field and the failed one may be null,
// the whole root field is lost: a department's list blanked by another department's outage
// (and when the root field is non-null, the whole response with it).
// This finds those places in an operation, from the supergraph's join directives.

export type OutageReach = { path: string; subgraph: string; loses: string };

const directiveArgument = (directive: ConstDirectiveNode, name: string) => {
  const argument = directive.arguments?.find((entry) => entry.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind === Kind.ENUM || argument.value.kind === Kind.STRING) return argument.value.value;
  if (argument.value.kind === Kind.BOOLEAN) return argument.value.value;
  return undefined;
};

export function supergraphSchema(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl), { assumeValidSDL: true });
}

// The subgraphs that can resolve a field of a type: its @join__field graphs (not where it is
// only @external), or, without any, every subgraph that defines the type.
function subgraphsOf(type: GraphQLNamedType, field: GraphQLField<unknown, unknown>): Set<string> {
  const fieldDirectives = (field.astNode?.directives ?? []).filter((directive) => directive.name.value === 'join__field');
  const withGraph = fieldDirectives.filter((directive) => directiveArgument(directive, 'graph') !== undefined);
  if (withGraph.length) return new Set(withGraph.filter((directive) => directiveArgument(directive, 'external') !== true).map((directive) => String(directiveArgument(directive, 'graph'))));
  const typeDirectives = [type.astNode, ...(type.extensionASTNodes ?? [])].flatMap((node) => node?.directives ?? []).filter((directive) => directive.name.value === 'join__type');
  return new Set(typeDirectives.map((directive) => String(directiveArgument(directive, 'graph'))));
}

// True when some layer of the field's type (the field itself or a list's items) may be null.
function mayBeNull(type: GraphQLOutputType): boolean {
  if (!isNonNullType(type)) return true;
  const inner = getNullableType(type);
  return isListType(inner) ? mayBeNull(inner.ofType) : false;
}

export function outageReach(schema: GraphQLSchema, document: DocumentNode): OutageReach[] {
  const fragments = new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  const found: OutageReach[] = [];
  // Roots whose own subgraph answers more than their keys: something of that department to lose.
  const rootsWithOwnData = new Set<string>();

  // `fetchedBy`: the subgraphs the parent object comes from in the current fetch. `cushioned`: a
  // field below the root field, at or above this point, may be null and stops the climb.
  // `inRootFetch`: still in the root field's own fetch.
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, fetchedBy: Set<string>, cushioned: boolean, path: string, root: string, inRootFetch: boolean) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value)! : parent;
        walk(selection.selectionSet, on, fetchedBy, cushioned, path, root, inRootFetch);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)!;
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)!, fetchedBy, cushioned, path, root, inRootFetch);
        continue;
      }
      if (!(isObjectType(parent) || isInterfaceType(parent)) || selection.name.value === '__typename') continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const here = `${path}.${selection.alias?.value ?? selection.name.value}`;
      const resolvers = subgraphsOf(parent, field);
      const together = new Set([...fetchedBy].filter((graph) => resolvers.has(graph)));
      const fetchedHere = together.size ? together : resolvers;
      if (together.size && inRootFetch && selection.name.value !== 'id') rootsWithOwnData.add(root);
      // A second fetch for a non-null field (its failure nulls the whole field, whatever its list
      // items allow) with nothing nullable between it and the root field.
      if (!together.size && !cushioned && isNonNullType(field.type)) found.push({ path: here, subgraph: [...resolvers].join('|'), loses: root });
      if (selection.selectionSet) walk(selection.selectionSet, getNamedType(field.type), fetchedHere, cushioned || mayBeNull(field.type), here, root, inRootFetch && together.size > 0);
    }
  };

  const nonNullRoots = new Set<string>();
  let rootFields = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'subscription') continue;
    const rootType = definition.operation === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
      rootFields += 1;
      const field = rootType.getFields()[selection.name.value];
      if (!field || !selection.selectionSet) continue;
      const root = selection.alias?.value ?? selection.name.value;
      if (isNonNullType(field.type)) nonNullRoots.add(root);
      walk(selection.selectionSet, getNamedType(field.type), subgraphsOf(rootType, field), false, root, root, true);
    }
  }
  // A root field that only leads to another department's data (a person's expense claims, by
  // the person's id) loses nothing of its own department, unless it is non-null beside other
  // root fields: a null there empties the whole response.
  return found.filter((reach) => rootsWithOwnData.has(reach.loses) || (nonNullRoots.has(reach.loses) && rootFields > 1));
}
