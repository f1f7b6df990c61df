import type { Role } from '@backoffice/platform/identity';

// The demo company's people a development sign-in offers: the holder of each department role's
// job (the Head of Operations is the back office manager, …) and a few employees. Looked up
// through the gateway itself, as a short-lived service account, so the list is whatever the
// running company holds.

export type PersonRole = Exclude<Role, 'SERVICE'>;

export const demoTitleFor: Record<PersonRole, string> = {
  MANAGER: 'Head of Operations',
  HR: 'Head of People',
  ACCOUNTING: 'Chief Financial Officer',
  IT: 'Head of IT',
  EMPLOYEE: 'Software Engineer',
};

export type DemoPerson = { employeeId: string; name: string; title: string; department: string | null; roles: PersonRole[]; reportsTo: string | null };

type Node = { id: string; firstName: string; lastName: string; title: string; department: { name: string } | null; lineManager: { id: string } | null };
type EmployeePage = { data?: { employees?: { edges: Array<{ node: Node }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: Array<{ message: string }> };

const EMPLOYEES_SHOWN = 3;

// Every active employee, a page at a time, until `enough` says the list is complete.
async function activeEmployees(gatewayUrl: string, token: string, enough: (seen: Node[]) => boolean): Promise<Node[]> {
  const seen: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'query DemoPeople($after: String) { employees(first: 200, after: $after, filter: { status: ACTIVE }, orderBy: { field: LAST_NAME }) { edges { node { id firstName lastName title department { name } lineManager: manager { id } } } pageInfo { hasNextPage endCursor } } }',
        variables: { after },
      }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as EmployeePage;
    const page = body.data?.employees;
    if (!page) throw new Error(`the gateway refused the lookup: ${body.errors?.map((error) => error.message).join('; ') ?? response.status}`);
    seen.push(...page.edges.map((edge) => edge.node));
    if (enough(seen) || !page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

export async function findDemoPersonByTitle(gatewayUrl: string, token: string, title: string): Promise<string | null> {
  const people = await activeEmployees(gatewayUrl, token, (seen) => seen.some((person) => person.title === title));
  return people.find((person) => person.title === title)?.id ?? null;
}

// The role holders first (manager, HR, accounting, IT), then someone reporting to the manager
// (whose leave and expense claims the manager decides), then a few employees, each with the
// roles their token carries. A department's head is also an employee of the company.
export async function listDemoPeople(gatewayUrl: string, token: string): Promise<DemoPerson[]> {
  const people = await activeEmployees(gatewayUrl, token, () => false);
  const names = new Map(people.map((person) => [person.id, `${person.firstName} ${person.lastName}`]));
  const describe = (person: Node, roles: PersonRole[]): DemoPerson => ({
    employeeId: person.id,
    name: names.get(person.id)!,
    title: person.title,
    department: person.department?.name ?? null,
    roles,
    reportsTo: (person.lineManager && names.get(person.lineManager.id)) ?? null,
  });
  const chosen: DemoPerson[] = [];
  const roleTitles = new Set(Object.values(demoTitleFor));
  for (const role of ['MANAGER', 'HR', 'ACCOUNTING', 'IT'] as const) {
    const holder = people.find((person) => person.title === demoTitleFor[role]);
    if (holder) chosen.push(describe(holder, [role, 'EMPLOYEE']));
  }
  const manager = chosen.find((person) => person.roles.includes('MANAGER'));
  const managersReport = manager && people.find((person) => person.lineManager?.id === manager.employeeId && !roleTitles.has(person.title));
  if (managersReport) chosen.push(describe(managersReport, ['EMPLOYEE']));
  for (const person of people.filter((candidate) => candidate.title === demoTitleFor.EMPLOYEE).slice(0, EMPLOYEES_SHOWN)) {
    chosen.push(describe(person, ['EMPLOYEE']));
  }
  return chosen;
}
