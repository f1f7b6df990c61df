import type { LedgerAccountResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { chartOfAccounts } from './ledger-account.queries';

export const ledgerAccountQueries: Pick<QueryResolvers, 'ledgerAccounts'> = {
  ledgerAccounts: (_parent, _args, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return chartOfAccounts(dataSource);
  },
};

export const LedgerAccount: Pick<LedgerAccountResolvers, 'parent' | 'archived'> = {
  parent: (account, _args, { loaders }) => (account.parentId ? loaders.ledgerAccount.load(account.parentId) : null),
  archived: (account) => account.archivedAt !== null,
};
