import type { QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { chartOfAccounts } from './ledger-account.queries';

export const ledgerAccountQueries: Pick<QueryResolvers, 'ledgerAccounts'> = {
  ledgerAccounts: (_parent, _args, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return chartOfAccounts(dataSource);
  },
};
