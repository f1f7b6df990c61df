import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Kind, parse, type DocumentNode, type FragmentDefinitionNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';

// Every subgraph call has a deadline (SUBGRAPH_TIMEOUT_MS), response body included. A subgraph
// that has not answered by then costs the fields it was asked for, not the whole response:
// instead of an error without a path (which @apollo/gateway makes of a failed fetch), the call
// is answered as the subgraph would answer a denial, null with an error at each field's path,
// and the rest of the plan goes on. The client learns which department did not answer, never
// where it lives (no URL in the message or extensions).

type Fetcher = RemoteGraphQLDataSource['fetcher'];

export class SubgraphTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'SubgraphTimeout';
  }
}

export function fetcherWithTimeout(fetcher: Fetcher, timeoutMs: number): Fetcher {
  return async (url, init) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      return await fetcher(url, { ...init, signal });
    } catch (error) {
      if (signal.aborted) throw new SubgraphTimeout(timeoutMs);
      throw error;
    }
  };
}

// The same deadline can also cut the body short after the headers came (fetch's AbortError).
export const isTimeout = (error: unknown): boolean => error instanceof SubgraphTimeout || (error instanceof Error && error.name === 'AbortError');

export type SubgraphRequest = { query?: string; variables?: Record<string, unknown> };

// Errors at every field the subgraph was asked for, as paths in its own response: for an entity
// fetch `_entities.<i>.<field>` per representation (the gateway maps them onto the client's
// paths, e.g. employees.edges.3.node.accounts), for a root fetch the root fields themselves.
export function timedOutFieldErrors(request: SubgraphRequest, document: DocumentNode | undefined, error: Omit<GraphQLFormattedError, 'path'>): GraphQLFormattedError[] {
  const parsed = document ?? (request.query ? parse(request.query) : undefined);
  const operation = parsed?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!parsed || !operation || operation.kind !== Kind.OPERATION_DEFINITION) return [{ ...error }];
  const fragments = new Map(
    parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const paths: Array<Array<string | number>> = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
    const key = selection.alias?.value ?? selection.name.value;
    const representations = request.variables?.representations;
    if (selection.name.value === '_entities' && Array.isArray(representations) && selection.selectionSet) {
      const entitySelection = selection.selectionSet;
      representations.forEach((representation: unknown, index) => {
        const typename = (representation as { __typename?: unknown } | null)?.__typename;
        for (const field of responseKeys(entitySelection, typeof typename === 'string' ? typename : undefined, fragments)) paths.push([key, index, field]);
      });
    } else {
      paths.push([key]);
    }
  }
  return paths.length ? paths.map((path) => ({ ...error, path })) : [{ ...error }];
}

// The response keys an entity of `typename` gets from a selection, through its fragments.
function responseKeys(selectionSet: SelectionSetNode, typename: string | undefined, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): Set<string> {
  const keys = new Set<string>();
  const applies = (condition: string | undefined) => !condition || !typename || condition === typename;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition?.name.value)) for (const key of responseKeys(selection.selectionSet, typename, fragments, seen)) keys.add(key);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value) || !applies(fragment.typeCondition.name.value)) continue;
      for (const key of responseKeys(fragment.selectionSet, typename, fragments, new Set([...seen, fragment.name.value]))) keys.add(key);
    }
  }
  return keys;
}
