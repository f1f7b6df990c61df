import { parseEventEnvelope } from '@backoffice/events/registry';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { asEmployee, daysFromToday, problemFields, startHrForTest, today, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

type Department = {
  id: string;
  code: string;
  name: string;
  status: string;
  parent: { id: string } | null;
  children: Array<{ id: string }>;
  head: { id: string } | null;
  costCentreCode: string | null;
  headcount: number;
  version: number;
};

const DEPARTMENT_FIELDS = 'id code name status parent { id } children { id } head { id } costCentreCode headcount version';
const CREATE = `mutation C($input: CreateDepartmentInput!) { createDepartment(input: $input) { ${DEPARTMENT_FIELDS} } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { ${DEPARTMENT_FIELDS} } }`;
const CLOSE = `mutation X($id: ID!, $version: Int) { closeDepartment(id: $id, version: $version) { ${DEPARTMENT_FIELDS} } }`;
const TABLES = ['departments', 'outbox_events', 'audit_log'];

describe('departments', () => {
  let hr: HrForTest;

  const create = async (input: Record<string, unknown>) => (await hr.ok<{ createDepartment: Department }>(CREATE, { input: { name: `${String(input.code)} department`, ...input } })).createDepartment;
  const fetch = async (id: string) => (await hr.ok<{ department: Department }>(`query D($id: ID!) { department(id: $id) { ${DEPARTMENT_FIELDS} } }`, { id })).department;

  const hire = (departmentId: string) => hr.hire({ departmentId });
  const rowCounts = () => hr.rowCounts(TABLES);

  const refusal = (response: GraphQLResponse<unknown>) => ({
    code: response.errors?.[0]?.extensions?.code,
    fields: problemFields(response),
    message: response.errors?.[0]?.message ?? '',
  });

  beforeAll(async () => {
    hr = await startHrForTest();
  });

  afterAll(async () => {
    await hr?.stop();
  });

  it('departments form a tree with a code, a head, a cost centre code and a headcount of people employed today', async () => {
    const company = await create({ code: 'CO' });
    const finance = await create({ code: 'fin', parentId: company.id, costCentreCode: 'CC-4100' });
    const head = await hire(finance.id);
    await hire(finance.id);
    const leaver = await hire(finance.id);
    await hr.ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "${daysFromToday(-1)}", reason: "RESIGNATION" }) { id } }`, { id: leaver });
    const joinerLater = await hire(company.id);
    await hr.ok(`mutation T($id: ID!, $d: ID!) { transferEmployee(id: $id, input: { departmentId: $d, effectiveDate: "${daysFromToday(30)}" }) { id } }`, { id: joinerLater, d: finance.id });
    const withHead = (await hr.ok<{ updateDepartment: Department }>(UPDATE, { id: finance.id, input: { version: finance.version, headId: head } })).updateDepartment;

    expect(withHead).toMatchObject({ code: 'FIN', parent: { id: company.id }, head: { id: head }, costCentreCode: 'CC-4100', headcount: 2, version: 2 });
    const parent = await fetch(company.id);
    expect(parent).toMatchObject({ parent: null, children: [{ id: finance.id }], headcount: 1 });
    const all = (await hr.ok<{ departments: Array<{ code: string }> }>(`{ departments { code } }`)).departments.map((d) => d.code);
    expect(all).toEqual(expect.arrayContaining(['CO', 'FIN']));
  });

  it('counts each department at every month end of a year by the job in force that day: hires, a transfer and a last day move it', async () => {
    const year = Number(today.slice(0, 4)) - 1;
    const at = (monthDay: string) => `${year}-${monthDay}`;
    const from = await create({ code: 'HC-A' });
    const to = await create({ code: 'HC-B' });
    const leaver = await hr.hire({ departmentId: from.id, startDate: at('02-10') });
    const mover = await hr.hire({ departmentId: from.id, startDate: at('05-01') });
    await hr.ok(`mutation T($id: ID!, $d: ID!) { transferEmployee(id: $id, input: { departmentId: $d, effectiveDate: "${at('08-01')}" }) { id } }`, { id: mover, d: to.id });
    await hr.ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "${at('10-31')}", reason: "RESIGNATION" }) { id } }`, { id: leaver });

    const trend = async (departmentId: string) =>
      Object.fromEntries(
        (await hr.ok<{ headcountByMonth: Array<{ month: string; asOf: string; department: { code: string }; headcount: number }> }>(
          `query H($year: Int!, $d: ID) { headcountByMonth(year: $year, departmentId: $d) { month asOf department { code } headcount } }`,
          { year, d: departmentId },
        )).headcountByMonth.map((row) => [`${row.month} ${row.asOf} ${row.department.code}`, row.headcount]),
      );
    const month = (mm: string) => `${year}-${mm} ${new Date(Date.UTC(year, Number(mm), 0)).toISOString().slice(0, 10)}`;
    expect(await trend(from.id)).toEqual({
      [`${month('02')} HC-A`]: 1, [`${month('03')} HC-A`]: 1, [`${month('04')} HC-A`]: 1, [`${month('05')} HC-A`]: 2, [`${month('06')} HC-A`]: 2,
      [`${month('07')} HC-A`]: 2, [`${month('08')} HC-A`]: 1, [`${month('09')} HC-A`]: 1, [`${month('10')} HC-A`]: 1,
    });
    expect(await trend(to.id)).toEqual({ [`${month('08')} HC-B`]: 1, [`${month('09')} HC-B`]: 1, [`${month('10')} HC-B`]: 1, [`${month('11')} HC-B`]: 1, [`${month('12')} HC-B`]: 1 });
    // This year's months stop at today, the running month read on today.
    const thisYear = (await hr.ok<{ headcountByMonth: Array<{ month: string; asOf: string }> }>(`query H($year: Int!, $d: ID) { headcountByMonth(year: $year, departmentId: $d) { month asOf } }`, { year: year + 1, d: to.id }))
      .headcountByMonth;
    expect(thisYear.at(-1)).toEqual({ month: today.slice(0, 7), asOf: today });
    expect(refusal(await hr.call(`{ headcountByMonth(year: 1999) { month } }`))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['year'] });
  });

  it('a department code already taken, in any letter case, is refused on input.code and writes nothing', async () => {
    await create({ code: 'OPS' });
    const before = await rowCounts();
    const response = await hr.call(CREATE, { input: { code: 'ops', name: 'Operations again' } });
    expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.code'] });
    expect(await rowCounts()).toEqual(before);
  });

  it('moving a department with people in it is refused with the reason and changes nothing', async () => {
    const from = await create({ code: 'MV-A' });
    const to = await create({ code: 'MV-B' });
    const staffed = await create({ code: 'MV-S', parentId: from.id });
    await hire(staffed.id);
    const before = await rowCounts();
    const response = await hr.call(UPDATE, { id: staffed.id, input: { version: staffed.version, parentId: to.id } });
    const refused = refusal(response);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.parentId'] });
    expect(refused.message).toMatch(/1 people.*transfer them/);
    expect(await rowCounts()).toEqual(before);
    expect((await fetch(staffed.id)).parent).toEqual({ id: from.id });
  });

  it('moving an empty department under another department works', async () => {
    const target = await create({ code: 'MV-T' });
    const empty = await create({ code: 'MV-E' });
    const moved = (await hr.ok<{ updateDepartment: Department }>(UPDATE, { id: empty.id, input: { version: empty.version, parentId: target.id } })).updateDepartment;
    expect(moved).toMatchObject({ parent: { id: target.id }, version: 2 });
    expect((await fetch(target.id)).children).toEqual([{ id: empty.id }]);
  });

  it('closing a department with people in it is refused with the number of people and changes nothing', async () => {
    const staffed = await create({ code: 'CL-S' });
    await hire(staffed.id);
    await hire(staffed.id);
    const before = await rowCounts();
    const refused = refusal(await hr.call(CLOSE, { id: staffed.id }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
    expect(refused.message).toContain('still has 2 people');
    expect(await rowCounts()).toEqual(before);
    expect((await fetch(staffed.id)).status).toBe('ACTIVE');
  });

  it('closing a department someone is scheduled to transfer into is refused', async () => {
    const home = await create({ code: 'CL-H' });
    const target = await create({ code: 'CL-F' });
    const mover = await hire(home.id);
    await hr.ok(`mutation T($id: ID!, $d: ID!) { transferEmployee(id: $id, input: { departmentId: $d, effectiveDate: "${daysFromToday(30)}" }) { id } }`, { id: mover, d: target.id });
    expect(refusal(await hr.call(CLOSE, { id: target.id }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('closing a department with open sub-departments is refused', async () => {
    const parent = await create({ code: 'CL-P' });
    await create({ code: 'CL-C', parentId: parent.id });
    const refused = refusal(await hr.call(CLOSE, { id: parent.id }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.message).toContain('CL-C');
  });

  it('closing an empty department works, publishes department.closed, and no one can be hired into it afterwards', async () => {
    const empty = await create({ code: 'CL-E' });
    const closed = (await hr.ok<{ closeDepartment: Department }>(CLOSE, { id: empty.id, version: empty.version })).closeDepartment;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 2 });
    const rows = (await hr.dataSource.query(`SELECT topic, envelope FROM outbox_events WHERE message_key = $1 AND event_type = 'backoffice.hr.department.closed.v1'`, [empty.id])) as Array<{
      topic: string;
      envelope: unknown;
    }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.topic).toBe('hr.department.v1');
    expect(parseEventEnvelope(rows[0]!.envelope).data).toEqual({ departmentId: empty.id, closedOn: today });

    const hiring = await hr.call(`mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, {
      input: { firstName: 'Late', lastName: 'Joiner', email: 'late.joiner@example.com', title: 'Staff', departmentId: empty.id, startDate: today, salary: { amount: '1.00', currency: 'EUR' } },
    });
    expect(refusal(hiring)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.departmentId'] });
    expect(refusal(await hr.call(CLOSE, { id: empty.id }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
  });

  it('a parent that is the department itself or sits below it is refused as a loop and changes nothing', async () => {
    const top = await create({ code: 'LP-T' });
    const middle = await create({ code: 'LP-M', parentId: top.id });
    const bottom = await create({ code: 'LP-B', parentId: middle.id });
    const before = await rowCounts();
    for (const parentId of [top.id, middle.id, bottom.id]) {
      const refused = refusal(await hr.call(UPDATE, { id: top.id, input: { version: 1, parentId } }));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.parentId'] });
    }
    expect(await rowCounts()).toEqual(before);
    expect((await fetch(top.id)).parent).toBeNull();
  });

  it('an update based on a stale version gets CONFLICT with the current version and overwrites nothing', async () => {
    const department = await create({ code: 'VER' });
    await hr.ok(UPDATE, { id: department.id, input: { version: 1, name: 'First edit' } });
    const before = await rowCounts();
    const stale = await hr.call(UPDATE, { id: department.id, input: { version: 1, name: 'Second edit', costCentreCode: 'CC-1' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await fetch(department.id)).toMatchObject({ name: 'First edit', costCentreCode: null, version: 2 });
    expect(await rowCounts()).toEqual(before);
  });

  it('a head who has left the company is refused', async () => {
    const department = await create({ code: 'HD' });
    const leaver = await hire(department.id);
    await hr.ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "2025-01-31", reason: "RESIGNATION" }) { id } }`, { id: leaver });
    expect(refusal(await hr.call(UPDATE, { id: department.id, input: { version: 1, headId: leaver } }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.headId'] });
  });

  it('an EMPLOYEE cannot create, change or close departments', async () => {
    const department = await create({ code: 'AC' });
    const employee = asEmployee(await hire(department.id));
    expect((await hr.call(CREATE, { input: { code: 'NOPE', name: 'Nope' } }, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hr.call(UPDATE, { id: department.id, input: { version: 1, name: 'Nope' } }, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hr.call(CLOSE, { id: department.id }, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('closing a department while someone is transferred into it: never a person in a closed department', async () => {
    const home = await create({ code: 'HOME' });
    for (let round = 0; round < 8; round += 1) {
      const target = await create({ code: `RACE${round}` });
      const mover = await hire(home.id);
      const [closed, moved] = await Promise.all([
        hr.call(CLOSE, { id: target.id }),
        hr.call(`mutation T($id: ID!, $d: ID!) { transferEmployee(id: $id, input: { departmentId: $d }) { id } }`, { id: mover, d: target.id }),
      ]);
      // Exactly one wins: either the department closed empty, or the person moved in and it stays open.
      expect([closed.errors === undefined, moved.errors === undefined].filter(Boolean)).toHaveLength(1);
      const [state] = (await hr.dataSource.query(
        `SELECT d.status, (SELECT count(*)::int FROM employee_records r WHERE r.department_id = d.id) AS people FROM departments d WHERE d.id = $1`,
        [target.id],
      )) as Array<{ status: string; people: number }>;
      expect(state!.status === 'CLOSED' ? state!.people : 0).toBe(0);
    }
  });
});
