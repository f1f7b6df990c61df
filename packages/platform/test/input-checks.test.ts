import { graphql, parse } from 'graphql';
import { formatErrors } from '../src/graphql-errors';
import { buildSubgraphGraph } from '../src/subgraph-service';

// What every subgraph gets before its resolvers run: validating scalars and the id check.

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  scalar Date
  scalar DateTime
  scalar Decimal
  input Move { to: ID!, also: [ID!], on: Date, at: DateTime }
  type Query {
    thing(id: ID!): String
    things(ids: [ID!]!): Int
    move(input: Move!): String
    price(amount: Decimal!): String
  }
`);

const reached: string[] = [];
const schema = buildSubgraphGraph(typeDefs, {
  Query: {
    thing: (_: unknown, { id }: { id: string }) => (reached.push(`thing ${id}`), id),
    things: (_: unknown, { ids }: { ids: string[] }) => (reached.push('things'), ids.length),
    move: () => (reached.push('move'), 'moved'),
    price: (_: unknown, { amount }: { amount: string }) => (reached.push('price'), amount),
  },
});

const run = async (source: string, variableValues: Record<string, unknown> = {}) => {
  reached.length = 0;
  const result = await graphql({ schema, source, variableValues });
  const format = formatErrors(() => {
    throw new Error('no error here is unexpected');
  });
  return { data: result.data, errors: result.errors?.map((error) => format(error.toJSON(), error)), reached: [...reached] };
};

const UUID = '3f0c8f5e-6a39-4c5e-9d6b-2a1c1f0e9b11';

describe('input checks every subgraph shares', () => {
  it('passes well-formed ids, lists of ids and ids inside inputs to the resolver', async () => {
    expect(await run(`{ thing(id: "${UUID}") things(ids: ["${UUID}"]) move(input: { to: "${UUID}", also: ["${UUID}"], on: "2026-02-28" }) }`)).toEqual({
      data: { thing: UUID, things: 1, move: 'moved' },
      errors: undefined,
      reached: [`thing ${UUID}`, 'things', 'move'],
    });
  });

  it.each([
    ['a malformed id', `{ thing(id: "nope") }`, ['id']],
    ['one malformed id in a list', `{ things(ids: ["${UUID}", "x"]) }`, ['ids.1']],
    ['malformed ids inside an input', `{ move(input: { to: "1; DROP TABLE x", also: ["${UUID}", ""] }) }`, ['input.to', 'input.also.1']],
  ])('refuses %s before the resolver runs, naming each offending argument', async (_what, query, fields) => {
    const result = await run(query);
    expect(result.reached).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: fields.map((field) => ({ field, message: 'must be an id (a UUID)' })) });
  });

  it.each([
    ['an impossible date', `query M($input: Move!) { move(input: $input) }`, { input: { to: UUID, on: '2026-02-30' } }, 'input.on'],
    ['a date that is not one', `query M($input: Move!) { move(input: $input) }`, { input: { to: UUID, on: 'yesterday' } }, 'input.on'],
    // Dates computed from it (a payroll due a month on) would pass what a four-digit year holds.
    ['a date after 2999', `query M($input: Move!) { move(input: $input) }`, { input: { to: UUID, on: '9999-12-31' } }, 'input.on'],
    ['a date before 1900', `query M($input: Move!) { move(input: $input) }`, { input: { to: UUID, on: '1899-12-31' } }, 'input.on'],
    // Five hours into the year 10000 in UTC, which no four-digit timestamp can say.
    ['a timestamp after 2999 in UTC', `query M($input: Move!) { move(input: $input) }`, { input: { to: UUID, at: '9999-12-31T23:00:00-05:00' } }, 'input.at'],
    ['a timestamp before 1900 in UTC', `query M($input: Move!) { move(input: $input) }`, { input: { to: UUID, at: '1900-01-01T00:30:00+01:00' } }, 'input.at'],
    ['a timestamp without a zone', `query M($input: Move!) { move(input: $input) }`, { input: { to: UUID, at: '2026-03-31T09:30:00' } }, 'input.at'],
    ['a malformed decimal', `query P($amount: Decimal!) { price(amount: $amount) }`, { amount: '1e400' }, 'amount'],
    ['a float for a decimal', `query P($amount: Decimal!) { price(amount: $amount) }`, { amount: 12.5 }, 'amount'],
  ])('refuses %s in variables as BAD_USER_INPUT naming the field', async (_what, query, variables, field) => {
    const result = await run(query, variables);
    expect(result.reached).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
  });

  it('takes the first and the last day and instant of the dates and timestamps it accepts', async () => {
    const query = `query M($first: Move!, $last: Move!) { first: move(input: $first) last: move(input: $last) }`;
    const first = { to: UUID, on: '1900-01-01', at: '1900-01-01T00:00:00Z' };
    const last = { to: UUID, on: '2999-12-31', at: '2999-12-31T23:59:59.999Z' };
    expect(await run(query, { first, last })).toEqual({
      data: { first: 'moved', last: 'moved' },
      errors: undefined,
      reached: ['move', 'move'],
    });
  });

  it('refuses an impossible date written in the query itself, as a validation error saying which value and why', async () => {
    reached.length = 0;
    const result = await graphql({ schema, source: `{ move(input: { to: "${UUID}", on: "2026-13-45" }) }` });
    expect(reached).toEqual([]);
    expect(result.errors?.map((error) => error.message)).toEqual(['Expected value of type "Date", found "2026-13-45"; Date must be a real calendar date from 1900-01-01 to 2999-12-31, such as "2026-03-31"; got "2026-13-45".']);
  });
});

describe('text that is not well-formed Unicode', () => {
  const notes = buildSubgraphGraph(parse(`type Query { note(text: String!, tags: [String!]): String }`), { Query: { note: (_: unknown, { text }: { text: string }) => (reached.push('note'), text) } });
  const ask = async (variableValues: Record<string, unknown>) => {
    reached.length = 0;
    const result = await graphql({ schema: notes, source: 'query N($text: String!, $tags: [String!]) { note(text: $text, tags: $tags) }', variableValues });
    const format = formatErrors(() => {
      throw new Error('no error here is unexpected');
    });
    return { data: result.data, errors: result.errors?.map((error) => format(error.toJSON(), error)), reached: [...reached] };
  };

  it.each([
    ['a lone high surrogate', { text: 'a\ud800b' }, 'text'],
    ['a lone low surrogate', { text: '\udc00' }, 'text'],
    ['a lone surrogate in a list', { text: 'ok', tags: ['fine', 'x\udbff'] }, 'tags.1'],
  ])('%s is BAD_USER_INPUT naming it, before the resolver runs', async (_case, variables, field) => {
    const result = await ask(variables);
    expect(result.errors?.map((error) => [error.extensions?.code, (error.extensions?.fields as Array<{ field: string }>)[0]?.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect(result.reached).toEqual([]);
  });

  it('a real surrogate pair (an emoji) is text like any other', async () => {
    const result = await ask({ text: 'ok \ud83d\ude00' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ note: 'ok \ud83d\ude00' });
  });
});
