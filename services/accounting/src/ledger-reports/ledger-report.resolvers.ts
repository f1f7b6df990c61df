import type { AccountLedgerLineResolvers, AccountLedgerResolvers, QueryResolvers, ReportLineResolvers, TrialBalanceLineResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import type { AccountingContext } from '../context';
import { accountLedger, balanceSheet, incomeStatement, trialBalance } from './ledger-report.queries';

export const ledgerReportQueries: Pick<QueryResolvers, 'trialBalance' | 'incomeStatement' | 'balanceSheet' | 'accountLedger'> = {
  trialBalance: (_parent, { asOf }, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return trialBalance(dataSource, asOf, ledger.settings.functionalCurrency);
  },
  incomeStatement: (_parent, { from, to, departmentId }, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return incomeStatement(dataSource, { from, to, departmentId: departmentId ?? null }, ledger.settings.functionalCurrency);
  },
  balanceSheet: (_parent, { asOf }, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return balanceSheet(dataSource, asOf, ledger.settings.functionalCurrency);
  },
  accountLedger: (_parent, args, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return accountLedger(dataSource, args);
  },
};

const accountOf = async (accountId: string, { loaders }: AccountingContext) => {
  const account = await loaders.ledgerAccount.load(accountId);
  if (!account) throw new Error(`report line points at missing account ${accountId}`);
  return account;
};

export const ReportLine: Pick<ReportLineResolvers, 'account'> = { account: (line, _args, context) => accountOf(line.accountId, context) };
export const TrialBalanceLine: Pick<TrialBalanceLineResolvers, 'account'> = { account: (line, _args, context) => accountOf(line.accountId, context) };
export const AccountLedger: Pick<AccountLedgerResolvers, 'account'> = { account: (ledger, _args, context) => accountOf(ledger.accountId, context) };
export const AccountLedgerLine: Pick<AccountLedgerLineResolvers, 'entry'> = {
  entry: async (line, _args, { loaders }) => {
    const entry = await loaders.journalEntry.load(line.entryId);
    if (!entry) throw new Error(`ledger line points at missing entry ${line.entryId}`);
    return entry;
  },
};
