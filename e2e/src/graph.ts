import { postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { bearer } from './tokens';

// The few HR commands the end-to-end scenarios start from, sent through the gateway.

export type HiredEmployee = { id: string; email: string };

type NewHire = { firstName: string; lastName: string; email: string; departmentId: string; salary: { amount: string; currency: string } };

// The people the scenarios hire; tests look for their names and salaries in what comes back.
export const newHires = {
  ada: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', salary: { amount: '72000.00', currency: 'EUR' } },
  grace: { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', salary: { amount: '81000.00', currency: 'EUR' } },
} satisfies Record<string, Omit<NewHire, 'departmentId'>>;

export async function asCaller<TData = Record<string, unknown>>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<TData>> {
  return postGraphQL<TData>(url, query, variables, bearer(token));
}

function dataOf<TData>(response: GraphQLResponse<TData>, what: string): TData {
  if (response.errors?.length || !response.data) {
    throw new Error(`${what} failed (HTTP ${response.status}): ${JSON.stringify(response.errors ?? response)}`);
  }
  return response.data;
}

export async function createDepartment(url: string, token: string, code: string, name: string): Promise<string> {
  const response = await asCaller<{ createDepartment: { id: string } }>(
    url,
    token,
    `mutation Create($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
    { input: { code, name } },
  );
  return dataOf(response, 'createDepartment').createDepartment.id;
}

export async function hireEmployee(
  url: string,
  token: string,
  input: NewHire,
): Promise<HiredEmployee> {
  const response = await asCaller<{ hireEmployee: HiredEmployee }>(
    url,
    token,
    `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id email } }`,
    { input: { title: 'Engineer', startDate: '2026-01-05', ...input } },
  );
  return dataOf(response, 'hireEmployee').hireEmployee;
}
