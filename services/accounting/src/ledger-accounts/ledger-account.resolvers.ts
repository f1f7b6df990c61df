import type { LedgerAccountResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { archiveLedgerAccount } from './ledger-account.commands/archive-ledger-account';
import { createLedgerAccount } from './ledger-account.commands/create-ledger-account';
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

export const ledgerAccountMutations: Pick<MutationResolvers, 'createLedgerAccount' | 'archiveLedgerAccount'> = {
  createLedgerAccount: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'chart.manage');
    return createLedgerAccount(ledger, input, eventMetadata());
  },
  archiveLedgerAccount: (_parent, { id }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'chart.manage');
    return archiveLedgerAccount(ledger, id, eventMetadata());
  },
};
