import type { Subject } from '@backoffice/platform/access';

// Line-manager rights follow the reporting line in force today, and only while the manager is
// employed: a manager past their last day has no say over their former reports, even before HR
// has given those reports a new manager (recordIssues lists them as TERMINATED_MANAGER).

type LoadEmployee = (id: string) => Promise<{ status: string } | null | undefined>;

export async function isEmployedToday(loadEmployee: LoadEmployee, employeeId: string): Promise<boolean> {
  const employee = await loadEmployee(employeeId);
  return !!employee && employee.status !== 'TERMINATED';
}

// The access subject for an employee's data: who they are, and their line manager when that
// manager still holds the rights.
export async function accessSubject(employee: { id: string; managerId: string | null } | null | undefined, employeeId: string, loadEmployee: LoadEmployee): Promise<Subject> {
  const managerId = employee?.managerId ?? null;
  if (!managerId || !(await isEmployedToday(loadEmployee, managerId))) return { employeeId, managerId: null };
  return { employeeId, managerId };
}
