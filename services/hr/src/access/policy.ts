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
});

export type HrPermission = keyof typeof hrPolicy.rules;
