import type { Resolvers } from './__generated__/resolvers-types';
import { Budget, Department } from './budgets/budget.resolvers';
import { exchangeRateMutations, exchangeRateQueries } from './exchange-rates/exchange-rate.resolvers';
import { JournalEntry, JournalLine, journalMutations, journalQueries } from './journal/journal.resolvers';
import { LedgerAccount, ledgerAccountQueries } from './ledger-accounts/ledger-account.resolvers';

export const resolvers: Resolvers = {
  Query: { ...ledgerAccountQueries, ...journalQueries, ...exchangeRateQueries },
  Mutation: { ...journalMutations, ...exchangeRateMutations },
  Department,
  Budget,
  LedgerAccount,
  JournalEntry,
  JournalLine,
};
