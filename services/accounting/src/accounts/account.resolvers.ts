import { requireAnyRole } from '@backoffice/platform/identity';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const accountQueries: Pick<QueryResolvers, 'accounts'> = {
  accounts: (_parent, _args, { principal, accounts }) => {
    requireAnyRole(principal, 'ACCOUNTING', 'MANAGER');
    return accounts.chartOfAccounts();
  },
};
