import type { Resolvers } from './__generated__/resolvers-types';
import { Budget, Department } from './budgets/budget.resolvers';
import { ExchangeRate, exchangeRateMutations, exchangeRateQueries } from './exchange-rates/exchange-rate.resolvers';
import { JournalEntry, JournalLine, journalMutations, journalQueries } from './journal/journal.resolvers';
import { LedgerAccount, ledgerAccountMutations, ledgerAccountQueries } from './ledger-accounts/ledger-account.resolvers';
import { AccountLedger, AccountLedgerLine, ReportLine, TrialBalanceLine, ledgerReportQueries } from './ledger-reports/ledger-report.resolvers';

export const resolvers: Resolvers = {
  Query: { ...ledgerAccountQueries, ...journalQueries, ...exchangeRateQueries, ...ledgerReportQueries },
  Mutation: { ...journalMutations, ...exchangeRateMutations, ...ledgerAccountMutations },
  Department,
  Budget,
  LedgerAccount,
  JournalEntry,
  JournalLine,
  ExchangeRate,
  ReportLine,
  TrialBalanceLine,
  AccountLedger,
  AccountLedgerLine,
};
