import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql, GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  apiSchemaFromSupergraph,
  argumentPositions,
  coverageOf,
  failureReport,
  malformedArgumentCases,
  positionKey,
  problemsIn,
  runCases,
  sendCase,
  type MalformedCase,
} from '../src/malformed-arguments';

// The malformed-argument e2e test is only as good as its generator and its judge: this checks
// both against a tiny schema whose answers are known.

const sdl = /* GraphQL */ `
  scalar Date
  enum Colour { RED GREEN }
  input MoneyInput { amount: Int!, currency: String! }
  input OrderInput { when: Date!, price: MoneyInput!, colour: Colour = RED, note: String }
  type Thing { id: ID! }
  type Query { thing(id: ID!): Thing, things(ids: [ID!]!): [Thing!]!, count: Int }
  type Mutation { order(input: OrderInput!): Thing! }
`;
const schema = buildSchema(sdl);
const now = () => new Date('2026-03-04T05:06:07.000Z');
const casesOf = () => [...malformedArgumentCases(schema, { now })];

describe('the malformed-argument generator', () => {
  it('finds every leaf, nested input fields and enums included, and nothing else', () => {
    expect(argumentPositions(schema).map(positionKey)).toEqual([
      'Query.thing(id)',
      'Query.things(ids)',
      'Mutation.order(input.when)',
      'Mutation.order(input.price.amount)',
      'Mutation.order(input.price.currency)',
      'Mutation.order(input.colour)',
      'Mutation.order(input.note)',
    ]);
  });

  it('tries each malformed value of each leaf once through variables and once inline', () => {
    const descriptions = casesOf().map((malformedCase) => malformedCase.description);
    // ID 6 + list of ID (6 in a list of one, 1 huge list) + Date 5 + Int 4 + String 3 + enum 1 + String 3 = 29, twice.
    expect(descriptions).toHaveLength(58);
    expect(new Set(descriptions).size).toBe(58);
    expect(descriptions).toEqual(
      expect.arrayContaining([
        'Query.thing(id) = malformed id via variables',
        'Query.things(ids) = [uuid with bad hex] inline',
        'Query.things(ids) = 10000-element list of malformed id via variables',
        'Mutation.order(input.when) = impossible date via variables',
        'Mutation.order(input.when) = impossible date inline',
        'Mutation.order(input.price.amount) = 2^31 via variables',
        'Mutation.order(input.price.amount) = fractional inline',
        'Mutation.order(input.colour) = unknown enum value via variables',
        'Mutation.order(input.colour) = unknown enum value inline',
        'Mutation.order(input.note) = 10k characters inline',
      ]),
    );
  });

  it('puts valid values around the malformed one, and writes enums bare when inline', () => {
    const find = (description: string) => casesOf().find((malformedCase) => malformedCase.description === description)!;

    const nested = find('Mutation.order(input.price.amount) = 2^31 via variables');
    expect(nested.query).toBe('mutation MalformedArgument($input: OrderInput!) { order(input: $input) { __typename } }');
    expect(nested.variables).toEqual({ input: { when: '2026-03-04', price: { amount: 2 ** 31, currency: 'EUR' } } });

    const inlineEnum = find('Mutation.order(input.colour) = unknown enum value inline');
    expect(inlineEnum.query).toBe(
      'mutation MalformedArgument { order(input: { when: "2026-03-04", price: { amount: 1, currency: "EUR" }, colour: NOT_A_VALUE }) { __typename } }',
    );
    expect(inlineEnum.variables).toEqual({});
  });

  it('reads the API schema out of a supergraph, without the federation machinery', () => {
    const supergraph = `
      schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION) { query: Query }
      directive @join__field(graph: join__Graph) repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION
      directive @join__type(graph: join__Graph!) repeatable on OBJECT | INPUT_OBJECT
      directive @join__graph(name: String!, url: String!) on ENUM_VALUE
      directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
      directive @inaccessible on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
      scalar link__Import
      enum link__Purpose { SECURITY EXECUTION }
      enum join__Graph { HR @join__graph(name: "hr", url: "http://hr/graphql") }
      input Filter @join__type(graph: HR) { name: String, secret: String @inaccessible }
      type Query @join__type(graph: HR) {
        people(filter: Filter, internal: Int @inaccessible): Int @join__field(graph: HR)
        hidden(id: ID!): Int @inaccessible
      }
    `;
    const api = apiSchemaFromSupergraph(supergraph);
    expect(argumentPositions(api).map(positionKey)).toEqual(['Query.people(filter.name)']);
    expect(api.getType('join__Graph')).toBeUndefined();
  });
});

// The judge's run sends every case to a local server: seconds on a machine busy with the rest of
// the suite, more than Jest's default 5 s.
jest.setTimeout(60_000);

describe('the malformed-argument judge', () => {
  it('accepts client errors and flags 5xx, bodies that are not JSON and INTERNAL_SERVER_ERROR', () => {
    expect(problemsIn({ status: 400, body: JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] }) })).toEqual([]);
    expect(problemsIn({ status: 200, body: JSON.stringify({ data: { thing: null } }) })).toEqual([]);
    expect(problemsIn({ status: 502, body: '<html>Bad Gateway</html>' })).toEqual(['HTTP 502', 'the body is not JSON: "<html>Bad Gateway</html>"']);
    expect(problemsIn({ status: 200, body: JSON.stringify({ errors: [{ message: 'Something went wrong', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) })).toEqual([
      'INTERNAL_SERVER_ERROR: Something went wrong',
    ]);
  });

  describe('against a server with a resolver that fails on a malformed date', () => {
    let server: Server;
    let url: string;

    beforeAll(async () => {
      server = await startTinyServer();
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    });

    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('reports exactly the cases the resolver turns into INTERNAL_SERVER_ERROR', async () => {
      const cases = casesOf();
      const results = await runCases(cases, (malformedCase) => sendCase(url, {}, malformedCase), 4);
      const failures = results.filter((result) => result.problems.length > 0);

      // `new Date('2026-13-45T00:00:00Z').toISOString()` throws a RangeError; 2026-02-30 does not.
      const failingValues = ['impossible date', 'words for a date', 'empty string', '10k characters'];
      expect(failures.map(({ malformedCase }) => malformedCase.description).sort()).toEqual(
        failingValues.flatMap((label) => [`Mutation.order(input.when) = ${label} inline`, `Mutation.order(input.when) = ${label} via variables`]).sort(),
      );
      expect(failures.every(({ problems }) => problems.join() === 'INTERNAL_SERVER_ERROR: Unexpected error.')).toBe(true);
      expect(coverageOf(results)).toEqual({ argumentPositions: 7, requests: 58, queries: 2, mutations: 1 });
      expect(failureReport(failures)).toContain('Mutation.order (8)\n  - input.when = impossible date via variables: HTTP 200, INTERNAL_SERVER_ERROR: Unexpected error.');
    });
  });
});

// graphql-js over node:http, masking unexpected errors the way Apollo Server and the platform do:
// a resolver's plain Error becomes INTERNAL_SERVER_ERROR, a GraphQLError keeps its code.
async function startTinyServer(): Promise<Server> {
  const rootValue = {
    thing: ({ id }: { id: string }) => ({ id }),
    things: ({ ids }: { ids: string[] }) => ids.map((id) => ({ id })),
    order: ({ input }: { input: { when: string } }) => {
      // The bug under test: no validation before a call that throws on an invalid date.
      if (!new Date(`${input.when}T00:00:00Z`).toISOString().startsWith(input.when)) {
        throw new GraphQLError(`${input.when} is not a real date`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return { id: 'order' };
    },
  };
  const mask = (error: GraphQLError): GraphQLFormattedError =>
    error.originalError && !(error.originalError instanceof GraphQLError)
      ? { message: 'Unexpected error.', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
      : error.toJSON();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Pick<MalformedCase, 'query' | 'variables'>;
      void graphql({ schema, source: query, rootValue, variableValues: variables }).then((result) => {
        // Like Apollo: a request that never executed (parse, validation, variables) is a 400.
        response.statusCode = 'data' in result ? 200 : 400;
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ ...result, errors: result.errors?.map(mask) }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
