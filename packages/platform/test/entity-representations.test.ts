import { graphql, parse } from 'graphql';
import { Forbidden } from '../src/domain-errors';
import { formatErrors } from '../src/graphql-errors';
import { startGraphQLHttpServer } from '../src/graphql-http-server';
import { buildSubgraphGraph } from '../src/subgraph-service';
import { testLogger } from './support';

// `_entities` takes any JSON: each representation is checked before any lookup runs, so a bad one
// is BAD_USER_INPUT naming it, never an internal error, and never a lookup abandoned half-way
// (whose refusal would go unhandled and end the process).

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Note @key(fields: "id") { id: ID!, text: String }
  type Query { note: Note }
`);

const UUID = '3f0c8f5e-6a39-4c5e-9d6b-2a1c1f0e9b11';
const SECRET = '0b7e5f3a-2c1d-4e6f-8a9b-1c2d3e4f5a6b';
const lookedUp: string[] = [];
const schema = buildSubgraphGraph(typeDefs, {
  Note: {
    __resolveReference: async (reference: { id: string }) => {
      lookedUp.push(reference.id);
      if (reference.id === SECRET) throw new Forbidden('This needs the note’s owner.');
      return { id: reference.id, text: 'hello' };
    },
  },
} as never);

const ENTITIES = 'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Note { id text } } }';
const format = formatErrors(() => {
  throw new Error('no error here is unexpected');
});
const run = async (representations: unknown[]) => {
  lookedUp.length = 0;
  const result = await graphql({ schema, source: ENTITIES, variableValues: { r: representations } });
  return { data: result.data, errors: result.errors?.map((error) => format(error.toJSON(), error)), lookedUp: [...lookedUp] };
};

describe('_entities representations', () => {
  it('well-formed ones are looked up', async () => {
    const result = await run([{ __typename: 'Note', id: UUID }]);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: UUID, text: 'hello' }] });
  });

  it.each([
    ['text', ['text'], 'representations.0'],
    ['an array', [[UUID]], 'representations.0'],
    ['no __typename', [{ id: UUID }], 'representations.0.__typename'],
    ['a type that is not an entity here', [{ __typename: 'Query', id: UUID }], 'representations.0.__typename'],
    ['an unknown type', [{ __typename: 'Nope', id: UUID }], 'representations.0.__typename'],
    ['no key', [{ __typename: 'Note' }], 'representations.0.id'],
    ['a key that is not an id', [{ __typename: 'Note', id: 'nope' }], 'representations.0.id'],
    ['a key of the wrong type', [{ __typename: 'Note', id: [UUID] }], 'representations.0.id'],
  ])('%s is BAD_USER_INPUT naming it, and nothing is looked up', async (_case, representations, field) => {
    const result = await run(representations);
    expect(result.errors?.map((error) => [error.extensions?.code, (error.extensions?.fields as Array<{ field: string }>).map((problem) => problem.field)])).toEqual([['BAD_USER_INPUT', [field]]]);
    expect(result.lookedUp).toEqual([]);
  });

  it('a refused entity next to a malformed one: the request is refused before any lookup, so no refusal is left unhandled', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const result = await run([{ __typename: 'Note', id: SECRET }, 4.2]);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(result.lookedUp).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });

  it('more than 50 bad variables are still the client’s mistake, as Apollo serves them', async () => {
    const server = await startGraphQLHttpServer({ logger: testLogger, port: 0, schema, readiness: async () => ({ ready: true, checks: {} }), context: async () => ({}) });
    try {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ENTITIES, variables: { r: Array.from({ length: 51 }, () => null) } }) });
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(response.status).toBe(400);
      expect(body.errors.length).toBe(51);
      expect(new Set(body.errors.map((error) => error.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(body.errors.at(-1)?.message).toMatch(/Too many errors processing variables/);
    } finally {
      await server.stop();
    }
  });
});
