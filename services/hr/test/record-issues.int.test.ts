import { randomUUID } from 'node:crypto';
import type { Principal } from '@backoffice/platform/identity';
import { currentRecordIssues, recordIssuesOf } from '../src/record-issues/record-issues.queries';
import { asEmployee, daysFromToday, hrAdmin, startHrForTest, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(60_000);

const contact = { name: 'Kin', relationship: 'partner', phone: '+44 20 7946 0100' };

type Issue = { kind: string; message: string; employee: { id: string } | null; department: { id: string } | null };
const ISSUES = `{ recordIssues { kind message employee { id } department { id } } }`;

describe('record issues HR should fix', () => {
  let hr: HrForTest;
  const ids: { [name: string]: string } = {};

  // Complete records unless `extra` leaves something out.
  const hire = (firstName: string, departmentId: string, extra: { [key: string]: unknown } = {}) =>
    hr.hire({ firstName, lastName: 'Issue', departmentId, phone: '+44 20 7946 0001', emergencyContact: contact, ...extra });

  const setHead = (departmentId: string, headId: string) =>
    hr.ok(`mutation U($id: ID!, $head: ID!) { updateDepartment(id: $id, input: { version: 1, headId: $head }) { id } }`, { id: departmentId, head: headId });

  // Yesterday was their last day: they have left today.
  const terminate = (id: string) => hr.ok(`mutation X($id: ID!) { terminateEmployee(id: $id, input: { terminationDate: "${daysFromToday(-1)}", reason: "RESIGNATION" }) { id } }`, { id });

  const issues = async (principal: Principal = hrAdmin) => (await hr.ok<{ recordIssues: Issue[] }>(ISSUES, {}, principal)).recordIssues;
  const kindsFor = (all: Issue[], id: string) => all.filter((i) => i.employee?.id === id || i.department?.id === id).map((i) => i.kind).sort();

  beforeAll(async () => {
    hr = await startHrForTest();
    ids.top = await hr.createDepartment('TOP');
    ids.sub = await hr.createDepartment('SUB', { parentId: ids.top });
    ids.team = await hr.createDepartment('TEAM', { parentId: ids.top });
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

  it("one person's issues (an onboarding's HR_RECORD check, which reads only them and their manager) are exactly theirs in the company's list", async () => {
    const all = await currentRecordIssues(hr.dataSource);
    const people = ['ceo', 'complete', 'noContact', 'orphan', 'lead', 'report', 'goneNoContact'].map((name) => ids[name]!);
    for (const id of people) {
      expect(await recordIssuesOf(hr.dataSource, id)).toEqual(all.filter((issue) => issue.employeeId === id));
    }
    // The fixture has each kind about a person at least once.
    expect(new Set(all.filter((issue) => issue.employeeId).map((issue) => issue.kind))).toEqual(new Set(['MISSING_EMERGENCY_CONTACT', 'NO_MANAGER', 'TERMINATED_MANAGER']));
  });

  it('an issue disappears once HR fixes the record', async () => {
    const { employee } = await hr.ok<{ employee: { version: number } }>(`query E($id: ID!) { employee(id: $id) { version } }`, { id: ids.noContact });
    await hr.ok(`mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`, {
      id: ids.noContact,
      input: { version: employee.version, emergencyContact: contact },
    });
    expect(kindsFor(await issues(), ids.noContact!)).toEqual([]);
  });

  it('a MANAGER may read the issues; an EMPLOYEE gets FORBIDDEN', async () => {
    expect((await issues({ employeeId: randomUUID(), roles: ['MANAGER'] })).length).toBeGreaterThan(0);
    const response = await hr.call(ISSUES, {}, asEmployee(ids.complete!));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });
});
