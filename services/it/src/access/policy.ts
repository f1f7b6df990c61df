import { definePolicy } from '@backoffice/platform/access';

// Who may do and see what in IT. Resolvers and commands ask by name; the roles live here only.
export const itPolicy = definePolicy({
  'systemAccount.read': { roles: ['IT', 'HR', 'MANAGER'], self: true, describes: 'the employee themselves, IT, HR or MANAGER' },
  // Access: IT and MANAGER grant, suspend, revoke and review; the reasons in an account's history
  // are theirs. Bundles are what HR plans a hire with, so HR reads them too.
  'access.manage': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'access.review': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'bundle.read': { roles: ['IT', 'MANAGER', 'HR'], describes: 'IT, MANAGER or HR' },
  'bundle.manage': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  // Equipment: IT and MANAGER run the inventory; an employee sees what they hold.
  'asset.read': { roles: ['IT', 'MANAGER'], self: true, describes: 'the employee holding it, IT or MANAGER' },
  'asset.readAll': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'asset.manage': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  // Licences: the same split; what a licence costs and who else holds one are IT's and MANAGER's.
  'license.read': { roles: ['IT', 'MANAGER'], self: true, describes: 'the employee holding the seat, IT or MANAGER' },
  'license.readAll': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'license.manage': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  // Helpdesk: anyone opens tickets for themselves and follows their own (without internal notes);
  // IT and MANAGER open them for others, work every ticket and see the queue's figures.
  'ticket.read': { roles: ['IT', 'MANAGER'], self: true, describes: 'the requester, IT or MANAGER' },
  'ticket.readAll': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'ticket.openForOthers': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'ticket.respond': { roles: ['IT', 'MANAGER'], self: true, describes: 'the requester, IT or MANAGER' },
  'ticket.work': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'supply.manage': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  'maintenance.manage': { roles: ['IT', 'MANAGER'], describes: 'IT or MANAGER' },
  // What IT published in a chain of events across departments: the manager's view.
  'correlation.read': { roles: ['MANAGER'], describes: 'MANAGER' },
});

export type ItPermission = keyof typeof itPolicy.rules;
