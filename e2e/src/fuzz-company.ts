import { asCaller, createDepartment } from './graph';

// A small company for the schema fuzz to work on, made through HR's own mutations at the gateway
// as someone with the HR role: four departments with heads, a dozen people in a three-level
// reporting tree, each with a vacation allocation, and leave requests both approved and pending.
// Dates are relative to today.

export type FuzzCompany = {
  departmentIds: string[];
  departmentCodes: string[];
  employeeIds: string[];
  emails: string[];
  leaveRequestIds: string[];
};

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const daysFrom = (today: Date, days: number) => new Date(today.getTime() + days * DAY_MS);

const departments = [
  { code: 'EXEC', name: 'Executive' },
  { code: 'ENG', name: 'Engineering' },
  { code: 'OPS', name: 'Operations' },
  { code: 'FIN', name: 'Finance' },
] as const;

// Index of the department, and of the manager among the people before them.
const people: ReadonlyArray<{ firstName: string; lastName: string; title: string; department: number; manager: number | null }> = [
  { firstName: 'Ada', lastName: 'Lovelace', title: 'Chief Executive', department: 0, manager: null },
  { firstName: 'Grace', lastName: 'Hopper', title: 'CTO', department: 1, manager: 0 },
  { firstName: 'Katherine', lastName: 'Johnson', title: 'COO', department: 2, manager: 0 },
  { firstName: 'Luca', lastName: 'Pacioli', title: 'CFO', department: 3, manager: 0 },
  { firstName: 'Alan', lastName: 'Turing', title: 'Engineer', department: 1, manager: 1 },
  { firstName: 'Barbara', lastName: 'Liskov', title: 'Engineer', department: 1, manager: 1 },
  { firstName: 'Edsger', lastName: 'Dijkstra', title: 'Engineer', department: 1, manager: 4 },
  { firstName: 'Frances', lastName: 'Allen', title: 'Engineer', department: 1, manager: 4 },
  { firstName: 'Margaret', lastName: 'Hamilton', title: 'Operator', department: 2, manager: 2 },
  { firstName: 'Radia', lastName: 'Perlman', title: 'Operator', department: 2, manager: 2 },
  { firstName: 'Emmy', lastName: 'Noether', title: 'Accountant', department: 3, manager: 3 },
  { firstName: 'John', lastName: 'Napier', title: 'Accountant', department: 3, manager: 3 },
];

async function data<TData>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<TData> {
  const response = await asCaller<TData>(url, token, query, variables);
  if (response.errors?.length || !response.data) throw new Error(`seeding the fuzz company failed (HTTP ${response.status}): ${JSON.stringify(response.errors ?? response)}\n${query}`);
  return response.data;
}

// The Monday at least two weeks ahead whose week stays in one calendar year (leave is booked per year).
function leaveWeek(today: Date): Date {
  let monday = daysFrom(today, 14);
  while (monday.getUTCDay() !== 1 || daysFrom(monday, 4).getUTCFullYear() !== monday.getUTCFullYear()) monday = daysFrom(monday, 1);
  return monday;
}

export async function seedFuzzCompany(gatewayUrl: string, hrToken: string, today = new Date()): Promise<FuzzCompany> {
  const departmentIds: string[] = [];
  for (const department of departments) departmentIds.push(await createDepartment(gatewayUrl, hrToken, department.code, department.name));

  const employeeIds: string[] = [];
  const emails: string[] = [];
  for (const [index, person] of people.entries()) {
    const email = `${person.firstName}.${person.lastName}@fuzz.example.com`.toLowerCase();
    const { hireEmployee } = await data<{ hireEmployee: { id: string } }>(
      gatewayUrl,
      hrToken,
      `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`,
      {
        input: {
          firstName: person.firstName,
          lastName: person.lastName,
          email,
          title: person.title,
          departmentId: departmentIds[person.department],
          startDate: isoDay(daysFrom(today, -900 + index * 40)),
          salary: { amount: `${60_000 + index * 2_500}.00`, currency: 'EUR' },
          managerId: person.manager === null ? null : employeeIds[person.manager],
          ...(index % 2 === 0 ? { phone: '+44 20 7946 0958', emergencyContact: { name: 'Next of kin', relationship: 'partner', phone: '+44 20 7946 0000' } } : {}),
        },
      },
    );
    employeeIds.push(hireEmployee.id);
    emails.push(email);
  }

  // The first four people lead the four departments.
  for (const [index, departmentId] of departmentIds.entries()) {
    const { department } = await data<{ department: { version: number } }>(gatewayUrl, hrToken, `query Version($id: ID!) { department(id: $id) { version } }`, { id: departmentId });
    await data(gatewayUrl, hrToken, `mutation Head($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`, {
      id: departmentId,
      input: { version: department.version, headId: employeeIds[index] },
    });
  }

  // Everyone gets this year's vacation (and the leave week's, when that is next year); six of the
  // engineers and operators ask for days off in the same week, and three of them are approved.
  const week = leaveWeek(today);
  const years = [...new Set([today.getUTCFullYear(), week.getUTCFullYear()])];
  for (const employeeId of employeeIds) {
    for (const year of years) {
      await data(gatewayUrl, hrToken, `mutation Allocate($input: AllocateLeaveInput!) { allocateLeave(input: $input) { available } }`, {
        input: { employeeId, leaveType: 'VACATION', year, days: 25 },
      });
    }
  }
  const leaveRequestIds: string[] = [];
  for (const [offset, employeeId] of employeeIds.slice(4, 10).entries()) {
    const { requestLeave } = await data<{ requestLeave: { id: string; version: number } }>(
      gatewayUrl,
      hrToken,
      `mutation Request($input: RequestLeaveInput!) { requestLeave(input: $input) { id version } }`,
      { input: { employeeId, leaveType: 'VACATION', startDate: isoDay(daysFrom(week, offset % 3)), endDate: isoDay(daysFrom(week, (offset % 3) + 1)) } },
    );
    leaveRequestIds.push(requestLeave.id);
    if (offset % 2 === 0) {
      await data(gatewayUrl, hrToken, `mutation Approve($id: ID!, $version: Int) { approveLeave(id: $id, version: $version) { status } }`, { id: requestLeave.id, version: requestLeave.version });
    }
  }

  return { departmentIds, departmentCodes: departments.map(({ code }) => code), employeeIds, emails, leaveRequestIds };
}
