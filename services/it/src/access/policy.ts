import { definePolicy } from '@backoffice/platform/access';

// Who may do and see what in IT. Resolvers and commands ask by name; the roles live here only.
export const itPolicy = definePolicy({
  'systemAccount.read': { roles: ['IT', 'HR', 'MANAGER'], self: true, describes: 'the employee themselves, IT, HR or MANAGER' },
});

export type ItPermission = keyof typeof itPolicy.rules;
