import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { supergraphPath } from '../../src/compose-supergraph';

// The schema clients see (the supergraph's API schema, as the gateway builds it), and the
// operations the limits are about, written against its real field names.

let apiSchema: Promise<GraphQLSchema> | undefined;

export function clientSchema(): Promise<GraphQLSchema> {
  apiSchema ??= new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') }).load().then(({ schema }) => schema);
  return apiSchema;
}

// `employee(id) { manager { manager { ... { id } } } }`: `levels` fields deep in all.
export function managerChain(levels: number): string {
  const managers = levels - 2;
  return `query ManagerChain { employee(id: "00000000-0000-0000-0000-000000000001") { ${'manager { '.repeat(managers)}id${' }'.repeat(managers)} } }`;
}

// The same chain with every manager level hidden in its own fragment.
export function managerChainInFragments(levels: number): string {
  const managers = levels - 2;
  const fragments = Array.from({ length: managers }, (_, index) =>
    index === managers - 1 ? `fragment Level${index} on Employee { manager { id } }` : `fragment Level${index} on Employee { manager { ...Level${index + 1} } }`,
  );
  return `query ManagerChain { employee(id: "00000000-0000-0000-0000-000000000001") { ...Level0 } } ${fragments.join(' ')}`;
}

// The first attack: 200 aliased pages of 200 employees with their reports and chains.
export function aliasedEmployeePages(aliases: number, pageSize = 200): string {
  const page = (index: number) => `page${index}: employees(first: ${pageSize}) { edges { node { id directReports { id } reportingChain { id } } } }`;
  return `query Pages { ${Array.from({ length: aliases }, (_, index) => page(index)).join(' ')} }`;
}

// The queries real clients send (the e2e scenarios' and the dashboard's kind): all must pass.
export const everydayQueries: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'an employee with HR, IT and accounting fields': {
    query: `query Employee($id: ID!) { employee(id: $id) { firstName email salary { amount currency } department { name budget { fiscalYear } } accounts { system status } } }`,
    variables: { id: '00000000-0000-0000-0000-000000000001' },
  },
  'the directory, a page of employees with their accounts': { query: `{ employees(first: 3) { edges { node { id firstName accounts { system } } } } }` },
  'departments with budgets': { query: `{ departments { code budget { fiscalYear } } }` },
  'a full page of 200 employees with department, manager, accounts and paging': {
    query: `query Directory($first: Int, $after: String) {
      employees(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id employeeNumber firstName lastName email title status department { id name } manager { id firstName lastName } accounts { system status } } }
      }
    }`,
    variables: { first: 200 },
  },
  'leave requests awaiting a decision, with who asked': {
    query: `{ leaveRequests(first: 50, filter: { status: PENDING }) { edges { node { id startDate endDate days status employee { id firstName lastName department { name } } } } } }`,
  },
  'hiring someone': {
    query: `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id email } }`,
    variables: {
      input: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', title: 'Engineer', departmentId: '00000000-0000-0000-0000-000000000002', startDate: '2026-01-05', salary: { amount: '72000.00', currency: 'EUR' } },
    },
  },
};
