import 'reflect-metadata';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { DEV_SIGNING_KEYS, identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadHrConfig } from '../src/config';
import { hrSubgraph } from '../src/hr-subgraph';

jest.setTimeout(60_000);

const hrAdmin: Principal = { employeeId: null, roles: ['HR'] };
const today = new Date().toISOString().slice(0, 10);
const contact = { name: 'Kin', relationship: 'partner', phone: '+44 20 7946 0100' };

type Issue = { kind: string; message: string; employee: { id: string } | null; department: { id: string } | null };
const ISSUES = `{ recordIssues { kind message employee { id } department { id } } }`;

describe('record issues HR should fix', () => {
  let hr: RunningSubgraph;
  let counter = 0;
  const ids: { [name: string]: string } = {};

  const call = <T>(query: string, variables: { [key: string]: unknown } = {}, principal: Principal = hrAdmin): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(hr.url, query, variables, identityHeaders(principal, DEV_SIGNING_KEYS));

  const ok = async <T>(query: string, variables: { [key: string]: unknown } = {}, principal: Principal = hrAdmin): Promise<T> => {
    const response = await call<T>(query, variables, principal);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  const createDepartment = async (code: string, parentId: string | null = null) =>
    (await ok<{ createDepartment: { id: string } }>(`mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code, name: code, parentId } }))
      .createDepartment.id;

  const hire = async (firstName: string, departmentId: string, extra: { [key: string]: unknown } = {}) => {
    counter += 1;
    const input = {
      firstName,
      lastName: 'Issue',
      email: `issue${counter}@example.com`,
      title: 'Staff',
      departmentId,
      startDate: '2024-01-02',
      salary: { amount: '45000.00', currency: 'EUR' },
      phone: '+44 20 7946 0001',
      emergencyContact: contact,
      ...extra,
    };
    return (await ok<{ hireEmployee: { id: string } }>(`mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, { input })).hireEmployee.id;
  };

  const setHead = (departmentId: string, headId: string) =>
    ok(`mutation U($id: ID!, $head: ID!) { updateDepartment(id: $id, input: { version: 1, headId: $head }) { id } }`, { id: departmentId, head: headId });

  const terminate = (id: string) => ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "${today}", reason: "RESIGNATION" }) { id } }`, { id });

  const issues = async (principal: Principal = hrAdmin) => (await ok<{ recordIssues: Issue[] }>(ISSUES, {}, principal)).recordIssues;
  const kindsFor = (all: Issue[], id: string) => all.filter((i) => i.employee?.id === id || i.department?.id === id).map((i) => i.kind).sort();

  beforeAll(async () => {
    hr = await startSubgraphService(hrSubgraph, loadHrConfig(testEnvironment()));
    await hr.eventsReady;
    ids.top = await createDepartment('TOP');
    ids.sub = await createDepartment('SUB', ids.top);
    ids.team = await createDepartment('TEAM', ids.top);
    ids.ceo = await hire('Ceo', ids.top);
    await setHead(ids.top, ids.ceo);
    ids.complete = await hire('Complete', ids.sub, { managerId: ids.ceo });
    ids.noContact = await hire('NoContact', ids.sub, { managerId: ids.ceo, emergencyContact: null });
    ids.orphan = await hire('Orphan', ids.sub);
    ids.lead = await hire('Lead', ids.team, { managerId: ids.ceo });
    await setHead(ids.team, ids.lead);
    ids.report = await hire('Report', ids.team, { managerId: ids.lead });
    await terminate(ids.lead);
    ids.goneNoContact = await hire('GoneNoContact', ids.sub, { managerId: ids.ceo, emergencyContact: null });
    await terminate(ids.goneNoContact);
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('lists an active employee without an emergency contact, and not one who has left', async () => {
    const all = await issues();
    expect(kindsFor(all, ids.noContact!)).toEqual(['MISSING_EMERGENCY_CONTACT']);
    expect(kindsFor(all, ids.goneNoContact!)).toEqual([]);
    expect(kindsFor(all, ids.complete!)).toEqual([]);
    expect(all.find((i) => i.employee?.id === ids.noContact)!.message).toContain('has no emergency contact');
  });

  it('lists someone without a manager outside the top of the organisation, but not the head of the top department', async () => {
    const all = await issues();
    expect(kindsFor(all, ids.orphan!)).toEqual(['NO_MANAGER']);
    expect(kindsFor(all, ids.ceo!)).toEqual([]);
  });

  it('lists someone whose manager has left', async () => {
    const all = await issues();
    expect(kindsFor(all, ids.report!)).toEqual(['TERMINATED_MANAGER']);
    expect(all.find((i) => i.employee?.id === ids.report)!.message).toContain('Lead Issue, who has left');
  });

  it('lists a department without a head and one whose head has left, not one with a head', async () => {
    const all = await issues();
    expect(kindsFor(all, ids.sub!)).toEqual(['DEPARTMENT_WITHOUT_HEAD']);
    expect(kindsFor(all, ids.team!)).toEqual(['DEPARTMENT_WITHOUT_HEAD']);
    expect(all.find((i) => i.department?.id === ids.team)!.message).toContain('its head has left');
    expect(kindsFor(all, ids.top!)).toEqual([]);
  });

  it('an issue disappears once HR fixes the record', async () => {
    const { employee } = await ok<{ employee: { version: number } }>(`query E($id: ID!) { employee(id: $id) { version } }`, { id: ids.noContact });
    await ok(`mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`, {
      id: ids.noContact,
      input: { version: employee.version, emergencyContact: contact },
    });
    expect(kindsFor(await issues(), ids.noContact!)).toEqual([]);
  });

  it('a MANAGER may read the issues; an EMPLOYEE gets FORBIDDEN', async () => {
    expect((await issues({ employeeId: null, roles: ['MANAGER'] })).length).toBeGreaterThan(0);
    const response = await call(ISSUES, {}, { employeeId: ids.complete!, roles: ['EMPLOYEE'] });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });
});
