import type { Role } from './session';

// What each area of the app is for, by role: the navigation shows an area to those roles, and
// its page refuses to render for others (the server refuses their queries anyway). The manager
// sees everything; a department sees its own pages; everyone has their own self-service page.
export type Area = 'overview' | 'people' | 'approvals' | 'helpdesk' | 'equipment' | 'ledger' | 'budgets' | 'processes' | 'me';

const areaRoles: Record<Area, Role[]> = {
  overview: ['MANAGER', 'HR', 'ACCOUNTING', 'IT'],
  people: ['MANAGER', 'HR'],
  approvals: ['MANAGER', 'HR', 'ACCOUNTING'],
  helpdesk: ['MANAGER', 'IT'],
  equipment: ['MANAGER', 'IT'],
  ledger: ['MANAGER', 'ACCOUNTING'],
  budgets: ['MANAGER', 'ACCOUNTING'],
  processes: ['MANAGER', 'HR', 'ACCOUNTING', 'IT'],
  me: ['EMPLOYEE', 'MANAGER', 'HR', 'ACCOUNTING', 'IT'],
};

export const canSee = (roles: readonly Role[], area: Area) => areaRoles[area].some((role) => roles.includes(role));
export const hasRole = (roles: readonly Role[], ...wanted: Role[]) => wanted.some((role) => roles.includes(role));
