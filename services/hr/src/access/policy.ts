import { definePolicy } from '@backoffice/platform/access';

// Who may do and see what in HR. Resolvers and commands ask by name; the roles live here only.
// `docs/architecture.md` explains the model; the line-manager rule is the platform's.
export const hrPolicy = definePolicy({
  'employee.readPrivate': { roles: ['HR', 'MANAGER'], self: true, describes: 'the employee themselves, HR or MANAGER' },
  'employee.readPay': { roles: ['HR', 'MANAGER'], self: true, describes: 'the employee themselves, HR or MANAGER' },
  'employee.hire': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'employee.edit': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  // Self-service: an employee keeps their own contact details current (SELF_SERVICE_FIELDS).
  'employee.editOwnContact': { roles: ['HR', 'MANAGER'], self: true, describes: 'the employee themselves (phone, work location, emergency contact), HR or MANAGER' },
  'employee.transfer': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'employee.changePay': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'employee.terminate': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'employee.rehire': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'department.manage': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'records.review': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'leave.read': { roles: ['HR', 'MANAGER'], self: true, lineManager: true, describes: 'the employee, their line manager, HR or MANAGER' },
  'leave.readAll': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'leave.request': { roles: ['HR', 'MANAGER'], self: true, describes: 'the employee themselves, HR or MANAGER' },
  'leave.cancel': { roles: ['HR', 'MANAGER'], self: true, describes: 'the employee themselves, HR or MANAGER' },
  // Deciding as HR: any request, and the second approval of long leave.
  'leave.decide': { roles: ['HR', 'MANAGER'], lineManager: true, describes: "the employee's line manager, HR or MANAGER" },
  'leave.manageBalances': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  'calendar.manage': { roles: ['HR', 'MANAGER'], describes: 'HR or MANAGER' },
  // Processes: every department acts on their steps, so each follows them; a person sees their own.
  'workflow.read': { roles: ['HR', 'IT', 'ACCOUNTING', 'MANAGER'], self: true, describes: 'the employee it is about, HR, IT, ACCOUNTING or MANAGER' },
  'workflow.readAll': { roles: ['HR', 'IT', 'ACCOUNTING', 'MANAGER'], describes: 'HR, IT, ACCOUNTING or MANAGER' },
  // Retrying is also open to the step's department (workflow.rules.ts RETRY_ROLES_OF); listed here for MANAGER.
  'workflow.retry': { roles: ['MANAGER'], describes: "MANAGER, or the step's department (HR, IT or ACCOUNTING)" },
  'offboardingPolicy.read': { roles: ['HR', 'IT', 'ACCOUNTING', 'MANAGER'], describes: 'HR, IT, ACCOUNTING or MANAGER' },
  'offboardingPolicy.set': { roles: ['MANAGER'], describes: 'MANAGER' },
  // A chain crosses every department's events: the manager's view.
  'correlation.read': { roles: ['MANAGER'], describes: 'MANAGER' },
});

export type HrPermission = keyof typeof hrPolicy.rules;
