import { randomUUID } from 'node:crypto';
import type { Principal } from '@backoffice/platform/identity';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { EMPLOYEE_PRIVATE_FIELDS, type EmployeePrivateField } from '../src/employees/employee.record';
import { asEmployee, codeOf, hrAdmin, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

type EmployeeView = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  title: string;
  department: { id: string };
  manager: { id: string } | null;
  phone: string | null;
  emergencyContact: { name: string } | null;
  terminationDate: string | null;
  terminationReason: string | null;
  salary: { amount: string } | null;
  compensation: { amount: string } | null;
  compensationHistory: Array<{ amount: string }> | null;
  history: Array<{ action: string }> | null;
  version: number;
};

// Every private field, as HR's one list names them, with a selection for those that need one.
const PRIVATE_FIELDS = Object.keys(EMPLOYEE_PRIVATE_FIELDS) as EmployeePrivateField[];
const PRIVATE_SELECTIONS: Record<EmployeePrivateField, string> = {
  phone: 'phone', emergencyContact: 'emergencyContact { name }', terminationDate: 'terminationDate', terminationReason: 'terminationReason',
  history: 'history { action }', salary: 'salary { amount }', compensation: 'compensation { amount }', compensationHistory: 'compensationHistory { amount }',
};
const RECORD_FIELDS = `id firstName lastName email title department { id } manager { id } ${PRIVATE_FIELDS.map((field) => PRIVATE_SELECTIONS[field]).join(' ')} version`;

// The paths of FORBIDDEN errors in a response, e.g. "employees.edges.2.node.salary".
const forbiddenPaths = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN').map((error) => (error.path ?? []).join('.')).sort();
const TABLES = ['employees', 'job_assignments', 'compensations', 'employee_changes', 'outbox_events', 'audit_log'];

type Node = { id: string; employeeNumber: string; lastName: string; startDate: string };
type Connection = { edges: Array<{ node: Node; cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
const LIST = `query L($filter: EmployeeFilter, $first: Int, $after: String, $orderBy: EmployeeOrder) {
  employees(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    edges { cursor node { id employeeNumber lastName startDate } } pageInfo { hasNextPage endCursor } totalCount } }`;

describe('who sees and changes which part of a record', () => {
  let hr: HrForTest;
  let departmentId: string;
  let managerId: string;
  let selfId: string;
  let colleagueId: string;
  let self: Principal;
  let manager: Principal;

  // Analysts on 51000.00 EUR, unless `input` says otherwise.
  const hire = (input: { [key: string]: unknown } = {}) =>
    hr.hireSelecting<{ id: string; employeeNumber: string }>('id employeeNumber', { departmentId, title: 'Analyst', salary: { amount: '51000.00', currency: 'EUR' }, ...input });

  const recordAs = async (principal: Principal, id: string) =>
    (await hr.ok<{ employee: EmployeeView }>(`query R($id: ID!) { employee(id: $id) { ${RECORD_FIELDS} } }`, { id }, principal)).employee;

  const rowCounts = () => hr.rowCounts(TABLES);

  beforeAll(async () => {
    hr = await startHrForTest();
    departmentId = await hr.createDepartment('ACC', { name: 'Access' });
    managerId = (await hire({ firstName: 'Mona', title: 'Team Lead' })).id;
    const contact = { name: 'Sam Kin', relationship: 'partner', phone: '+44 20 7946 0100' };
    selfId = (await hire({ firstName: 'Selma', managerId, phone: '+44 20 7946 0001', emergencyContact: contact })).id;
    colleagueId = (await hire({ firstName: 'Colin', managerId, phone: '+44 20 7946 0002', emergencyContact: contact })).id;
    self = asEmployee(selfId);
    manager = { employeeId: managerId, roles: ['MANAGER'] };
  });

  afterAll(async () => {
    await hr?.stop();
  });

  describe('reading', () => {
    it('an EMPLOYEE sees their own full record: salary, phone, emergency contact, history and pay history', async () => {
      const own = await recordAs(self, selfId);
      expect(own).toMatchObject({ phone: '+44 20 7946 0001', emergencyContact: { name: 'Sam Kin' }, salary: { amount: '51000.00' }, compensation: { amount: '51000.00' } });
      expect(own.history!.map((c) => c.action)).toEqual(['hired']);
      expect(own.compensationHistory).toEqual([{ amount: '51000.00' }]);
    });

    it("an EMPLOYEE sees only a colleague's directory fields; each private field is null with FORBIDDEN at its path", async () => {
      const response = await hr.call<{ employee: EmployeeView }>(`query R($id: ID!) { employee(id: $id) { ${RECORD_FIELDS} } }`, { id: colleagueId }, self);
      const other = response.data!.employee;
      expect(other).toMatchObject({ id: colleagueId, firstName: 'Colin', email: expect.stringContaining('@example.com'), title: 'Analyst', department: { id: departmentId }, manager: { id: managerId } });
      expect(PRIVATE_FIELDS).toHaveLength(8);
      for (const field of PRIVATE_FIELDS) expect(other[field]).toBeNull();
      expect(forbiddenPaths(response)).toEqual(PRIVATE_FIELDS.map((field) => `employee.${field}`).sort());
      expect(response.errors).toHaveLength(PRIVATE_FIELDS.length);
    });

    it("an EMPLOYEE gets the same answer through _entities: their own private fields, none of a colleague's", async () => {
      const response = await hr.call<{ _entities: Array<{ id: string; salary: { amount: string } | null; phone: string | null; history: unknown[] | null }> }>(
        `query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee { id salary { amount } phone history { action } } } }`,
        { representations: [{ __typename: 'Employee', id: selfId }, { __typename: 'Employee', id: colleagueId }] },
        self,
      );
      expect(response.data!._entities).toEqual([
        { id: selfId, salary: { amount: '51000.00' }, phone: '+44 20 7946 0001', history: [{ action: 'hired' }] },
        { id: colleagueId, salary: null, phone: null, history: null },
      ]);
      expect(forbiddenPaths(response)).toEqual(['_entities.1.history', '_entities.1.phone', '_entities.1.salary']);
    });

    it("an EMPLOYEE listing employees sees no colleague's salary", async () => {
      const response = await hr.call<{ employees: { totalCount: number; edges: Array<{ node: { id: string; salary: { amount: string } | null; phone: string | null } }> } }>(
        `{ employees(first: 200) { totalCount edges { node { id salary { amount } phone } } } }`,
        {},
        self,
      );
      const { edges, totalCount } = response.data!.employees;
      // Mona, Selma, Colin and whoever the other tests hired: the whole directory on one page.
      expect(edges.length).toBe(totalCount);
      expect(edges.length).toBeGreaterThanOrEqual(3);
      const expectedDenials: string[] = [];
      for (const [index, { node }] of edges.entries()) {
        if (node.id === selfId) {
          expect(node.salary).toEqual({ amount: '51000.00' });
          continue;
        }
        expect(node).toMatchObject({ salary: null, phone: null });
        expectedDenials.push(`employees.edges.${index}.node.phone`, `employees.edges.${index}.node.salary`);
      }
      expect(expectedDenials).toHaveLength(2 * (edges.length - 1));
      expect(forbiddenPaths(response)).toEqual(expectedDenials.sort());
    });

    it.each([
      ['HR', hrAdmin],
      ['MANAGER', { employeeId: randomUUID(), roles: ['MANAGER'] } as Principal],
    ])('%s sees every private field of anyone', async (_role, principal) => {
      const record = await recordAs(principal, colleagueId);
      expect(record).toMatchObject({ phone: '+44 20 7946 0002', emergencyContact: { name: 'Sam Kin' }, salary: { amount: '51000.00' } });
      expect(record.history).toHaveLength(1);
      expect(record.compensationHistory).toHaveLength(1);
    });
  });

  describe('changing', () => {
    it('an EMPLOYEE cannot hire anyone and nothing is written', async () => {
      const before = await rowCounts();
      const response = await hr.call(
        `mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`,
        { input: { firstName: 'Sneaky', lastName: 'Hire', email: 'sneaky@example.com', title: 'CEO', departmentId, startDate: '2024-01-02', salary: { amount: '1.00', currency: 'EUR' } } },
        self,
      );
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(await rowCounts()).toEqual(before);
    });

    it("an EMPLOYEE cannot change a colleague's record, not even their phone", async () => {
      const { version } = await recordAs(hrAdmin, colleagueId);
      const response = await hr.call(`mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`, { id: colleagueId, input: { version, phone: '+44 1' } }, self);
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect((await recordAs(hrAdmin, colleagueId)).phone).toBe('+44 20 7946 0002');
    });

    it('an EMPLOYEE may update their own phone and emergency contact', async () => {
      const { version } = await recordAs(self, selfId);
      const updated = (
        await hr.ok<{ updateEmployee: EmployeeView }>(
          `mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { ${RECORD_FIELDS} } }`,
          { id: selfId, input: { version, phone: '+44 20 7946 0555', emergencyContact: { name: 'New Kin', relationship: 'parent', phone: '+44 20 7946 0666' } } },
          self,
        )
      ).updateEmployee;
      expect(updated).toMatchObject({ phone: '+44 20 7946 0555', emergencyContact: { name: 'New Kin' }, version: version + 1 });
      const [change] = (await hr.dataSource.query(`SELECT actor FROM employee_changes WHERE employee_id = $1 ORDER BY id DESC LIMIT 1`, [selfId])) as Array<{ actor: string }>;
      expect(change!.actor).toBe(selfId);
    });

    it('an EMPLOYEE may not change their own work email, title, manager or pay', async () => {
      const before = await recordAs(hrAdmin, selfId);
      const email = await hr.call(`mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`, { id: selfId, input: { version: before.version, email: 'me@example.com' } }, self);
      expect(codeOf(email)).toBe('FORBIDDEN');
      const title = await hr.call(`mutation T($id: ID!) { transferEmployee(id: $id, input: { title: "Director" }) { id } }`, { id: selfId }, self);
      expect(codeOf(title)).toBe('FORBIDDEN');
      const pay = await hr.call(
        `mutation S($id: ID!) { changeSalary(id: $id, input: { salary: { amount: "999999.00", currency: "EUR" }, effectiveDate: "2025-01-01", reason: "self" }) { id } }`,
        { id: selfId },
        self,
      );
      expect(codeOf(pay)).toBe('FORBIDDEN');
      const after = await recordAs(hrAdmin, selfId);
      expect(after).toMatchObject({ email: before.email, title: before.title, salary: before.salary, version: before.version });
    });

    it('a MANAGER may correct a record and is recorded as the actor', async () => {
      const { version } = await recordAs(hrAdmin, colleagueId);
      await hr.ok(`mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`, { id: colleagueId, input: { version, workLocation: 'Leeds' } }, manager);
      const [change] = (await hr.dataSource.query(`SELECT actor FROM employee_changes WHERE employee_id = $1 ORDER BY id DESC LIMIT 1`, [colleagueId])) as Array<{ actor: string }>;
      expect(change!.actor).toBe(managerId);
    });
  });

  describe('listing employees', () => {
    let listDepartment: string;
    let listed: Array<{ id: string; employeeNumber: string; lastName: string; startDate: string }>;
    let listManager: string;

    const list = async (variables: { [key: string]: unknown }) => (await hr.ok<{ employees: Connection }>(LIST, variables)).employees;

    const pageThrough = async (variables: { [key: string]: unknown }, first: number) => {
      const seen: Node[] = [];
      let after: string | null = null;
      let totalCount = -1;
      for (let page = 0; page < 50; page += 1) {
        const connection: Connection = await list({ ...variables, first, after });
        totalCount = connection.totalCount;
        seen.push(...connection.edges.map((edge) => edge.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      return { seen, totalCount };
    };

    beforeAll(async () => {
      listDepartment = await hr.createDepartment('LST', { name: 'Listing' });
      listManager = (await hire({ departmentId: listDepartment, firstName: 'Lister', lastName: 'Boss', startDate: '2020-05-01' })).id;
      const lastNames = ['Adams', 'Baker', 'Baker', 'Clark', 'Davis', 'Evans', 'Baker', 'Young', 'Zimmer', 'Moore', 'Hall'];
      listed = [{ id: listManager, employeeNumber: '', lastName: 'Boss', startDate: '2020-05-01' }];
      for (const [index, lastName] of lastNames.entries()) {
        const startDate = `2023-0${(index % 9) + 1}-15`;
        const hired = await hire({ departmentId: listDepartment, lastName, firstName: index === 3 ? 'Zebedee' : 'Lister', managerId: index < 6 ? listManager : null, startDate });
        listed.push({ id: hired.id, employeeNumber: hired.employeeNumber, lastName, startDate });
      }
      await hr.ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2025-02-28", reason: "RESIGNATION" }) { id } }`, { id: listed[5]!.id });
    });

    it('paging through with `after` returns each employee once, in order, and totalCount matches the filter', async () => {
      const { seen, totalCount } = await pageThrough({ filter: { departmentId: listDepartment } }, 5);
      expect(totalCount).toBe(listed.length);
      expect(seen.map((n) => n.id).sort()).toEqual(listed.map((l) => l.id).sort());
      expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
      const numbers = seen.map((n) => n.employeeNumber);
      expect(numbers).toEqual([...numbers].sort());
    });

    it('orderBy LAST_NAME DESC pages in descending last-name order, equal names included once each', async () => {
      const { seen } = await pageThrough({ filter: { departmentId: listDepartment }, orderBy: { field: 'LAST_NAME', direction: 'DESC' } }, 2);
      expect(seen.map((n) => n.lastName)).toEqual(listed.map((l) => l.lastName).sort().reverse());
      expect(new Set(seen.map((n) => n.id)).size).toBe(listed.length);
    });

    it('orderBy START_DATE pages in start-date order', async () => {
      const { seen } = await pageThrough({ filter: { departmentId: listDepartment }, orderBy: { field: 'START_DATE' } }, 3);
      expect(seen.map((n) => n.startDate)).toEqual(listed.map((l) => l.startDate).sort());
      expect(seen).toHaveLength(listed.length);
    });

    it('search matches first and last names, full name, work email and employee number, ignoring case', async () => {
      const ids = async (search: string) => (await list({ filter: { search, departmentId: listDepartment } })).edges.map((e) => e.node.id);
      expect(await ids('zebedee')).toEqual([listed[4]!.id]);
      expect(await ids('ZIMMER')).toEqual([listed[9]!.id]);
      expect(await ids('Zebedee Clark')).toEqual([listed[4]!.id]);
      const email = (await recordAs(hrAdmin, listed[8]!.id)).email;
      expect(await ids(email.toUpperCase())).toEqual([listed[8]!.id]);
      expect(await ids(listed[10]!.employeeNumber.toLowerCase())).toEqual([listed[10]!.id]);
      expect((await list({ filter: { search: 'baker', departmentId: listDepartment } })).totalCount).toBe(3);
      expect(await ids('%')).toEqual([]);
    });

    it('status and managerId filter the list and its totalCount', async () => {
      const terminated = await list({ filter: { departmentId: listDepartment, status: 'TERMINATED' } });
      expect(terminated.edges.map((e) => e.node.id)).toEqual([listed[5]!.id]);
      expect(terminated.totalCount).toBe(1);
      expect((await list({ filter: { departmentId: listDepartment, status: 'ACTIVE' } })).totalCount).toBe(listed.length - 1);
      const reports = await list({ filter: { managerId: listManager } });
      expect(reports.totalCount).toBe(6);
      expect(reports.edges.map((e) => e.node.id).sort()).toEqual(listed.slice(1, 7).map((l) => l.id).sort());
    });

    it('a cursor this API did not return is refused with BAD_USER_INPUT', async () => {
      const response = await hr.call(LIST, { first: 2, after: 'not-a-cursor' });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
    });

    it('a tampered cursor (right prefix, wrong content) is refused with BAD_USER_INPUT rather than an internal error', async () => {
      for (const content of ['{not json', '["Adams","not-a-uuid"]', '42']) {
        const after = Buffer.from(`cursor:${content}`, 'utf8').toString('base64url');
        const response = await hr.call(LIST, { first: 2, after, orderBy: { field: 'LAST_NAME' } });
        expect({ content, code: codeOf(response) }).toEqual({ content, code: 'BAD_USER_INPUT' });
      }
    });
  });
});
