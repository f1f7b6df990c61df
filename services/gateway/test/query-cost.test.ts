import { getIntrospectionQuery, getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { loadGatewayConfig } from '../src/config';
import { operationCost } from '../src/limits/query-cost';
import { aliasedEmployeePages, clientSchema, everydayQueries } from './support/limits-fixtures';

const defaults = loadGatewayConfig({ NODE_ENV: 'test' }).limits;

describe('what an operation may cost', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await clientSchema();
  });

  const costOf = (query: string, variables?: Record<string, unknown>, listSize = defaults.costListSize) => {
    const document = parse(query);
    return operationCost(schema, document, getOperationAST(document)!, variables, listSize);
  };

  it('the defaults are 5000 objects, a list without `first` counting 10', () => {
    expect(defaults).toMatchObject({ maxCost: 5000, costListSize: 10 });
  });

  it('a page costs its `first` times what each node asks for; edges are not counted twice', () => {
    // Per employee: the edge 1, the node 1, the department 1.
    expect(costOf(`{ employees(first: 20) { edges { node { id department { name } } } } }`)).toBe(20 * (1 + 1 + 1 + 1));
    expect(costOf(`{ employees(first: 0) { edges { node { id } } } }`)).toBe(0);
  });

  it('`first` sent in a variable costs the same as written in the query', () => {
    const query = `query Page($size: Int) { employees(first: $size) { edges { node { id department { name } } } } }`;
    expect(costOf(query, { size: 20 })).toBe(costOf(`{ employees(first: 20) { edges { node { id department { name } } } } }`));
    expect(costOf(query, { size: 200 })).toBe(200 * 4);
  });

  it('a variable’s own default counts when the variable is not sent', () => {
    expect(costOf(`query Page($size: Int = 120) { employees(first: $size) { edges { node { id } } } }`)).toBe(120 * 3);
  });

  it('without `first` a page costs the schema’s default, 50', () => {
    expect(costOf(`{ employees { edges { node { id } } } }`)).toBe(50 * 3);
    expect(costOf(`query Page($size: Int) { employees(first: $size) { edges { node { id } } } }`, {})).toBe(50 * 3);
  });

  it('a list without `first` counts the configured list size, nested lists multiply', () => {
    expect(costOf(`{ employee(id: "1") { directReports { id } } }`)).toBe(1 + 10);
    expect(costOf(`{ employee(id: "1") { directReports { directReports { id } } } }`)).toBe(1 + 10 * (1 + 10));
    expect(costOf(`{ employee(id: "1") { directReports { id } } }`, undefined, 100)).toBe(1 + 100);
  });

  it('leaves cost nothing: a wide selection of one object is cheap', () => {
    expect(costOf(`{ employee(id: "1") { id firstName lastName email title status startDate } }`)).toBe(1);
  });

  it('the issue’s 200 aliased pages of 200 employees with reports and chains cost 920,000', () => {
    // Per employee: edge, node, 10 direct reports and 10 managers in the chain.
    const onePage = 200 * (1 + 1 + 1 + 10 + 10);
    expect(costOf(aliasedEmployeePages(1))).toBe(onePage);
    expect(costOf(aliasedEmployeePages(200))).toBe(200 * onePage);
    expect(costOf(aliasedEmployeePages(200))).toBeGreaterThan(defaults.maxCost);
  });

  it('cost hidden in variables is found: a page size of a million sent as a variable', () => {
    const query = `query Page($size: Int) { employees(first: $size) { edges { node { id } } } }`;
    expect(costOf(query, { size: 1_000_000 })).toBe(3_000_000);
  });

  it('cost hidden in fragments is found', () => {
    const query = `query { employees(first: 100) { ...Page } } fragment Page on EmployeeConnection { edges { node { ...Person } } } fragment Person on Employee { directReports { id } reportingChain { id } }`;
    expect(costOf(query)).toBe(100 * (1 + 1 + 1 + 10 + 10));
  });

  it('fields skipped by @skip or @include cost nothing', () => {
    const query = `query Maybe($withReports: Boolean!) { employee(id: "1") { directReports @include(if: $withReports) { id } } }`;
    expect(costOf(query, { withReports: false })).toBe(1);
    expect(costOf(query, { withReports: true })).toBe(11);
  });

  it('variables that do not fit the operation are left to the gateway, which refuses them itself', () => {
    expect(costOf(`query Page($size: Int) { employees(first: $size) { totalCount } }`, { size: 'many' })).toBeUndefined();
  });

  it('a negative `first` fetches nothing (the subgraph refuses it)', () => {
    expect(costOf(`{ employees(first: -1) { edges { node { id } } } }`)).toBe(0);
  });

  it.each(Object.entries(everydayQueries))('an everyday query is well under the default: %s', (_name, { query, variables }) => {
    expect(costOf(query, variables)).toBeLessThanOrEqual(defaults.maxCost);
  });

  it('introspection costs nothing (the gateway answers it from its schema; its nesting is limited instead)', () => {
    expect(costOf(getIntrospectionQuery())).toBe(0);
  });
});
