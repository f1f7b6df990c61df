import { definePolicy } from '@backoffice/platform/access';

// Who may do and see what in accounting. Resolvers and commands ask by name; the roles live here only.
export const accountingPolicy = definePolicy({
  'ledger.read': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'ledger.post': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'ledger.close': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
  'period.reopen': { roles: ['MANAGER'], describes: 'MANAGER' },
  'rates.manage': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  'chart.manage': { roles: ['ACCOUNTING'], describes: 'ACCOUNTING' },
  'budget.read': { roles: ['ACCOUNTING', 'MANAGER'], describes: 'ACCOUNTING or MANAGER' },
});

export type AccountingPermission = keyof typeof accountingPolicy.rules;
