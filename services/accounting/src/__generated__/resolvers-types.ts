import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { LedgerAccountRecord } from '../ledger-accounts/ledger-account.record';
import { BudgetRecord } from '../budgets/budget.record';
import { JournalEntryRecord, JournalLineRecord, LedgerVerificationRecord, LedgerMismatchRecord, FiscalPeriodRecord, RefusedPostingRecord } from '../journal/journal.record';
import { ExchangeRateRecord } from '../exchange-rates/exchange-rate.record';
import { ReportLineRecord, TrialBalanceRecord, TrialBalanceLineRecord, IncomeStatementRecord, BalanceSheetRecord, AccountLedgerRecord, AccountLedgerLineRecord } from '../ledger-reports/ledger-report.record';
import { DepartmentReference, AccountingContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO-8601 timestamp with time zone. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number carried as a string, e.g. "72000.00". Never a float. */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An account's lines between two dates, a page at a time, with its balance before them. */
export type AccountLedger = {
  __typename?: 'AccountLedger';
  account: LedgerAccount;
  /** Pass as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  from: Scalars['Date']['output'];
  hasNextPage: Scalars['Boolean']['output'];
  lines: Array<AccountLedgerLine>;
  openingBalance: Scalars['Decimal']['output'];
  to: Scalars['Date']['output'];
};

/** One line of an account's ledger, with the account's balance after it. */
export type AccountLedgerLine = {
  __typename?: 'AccountLedgerLine';
  credit: Scalars['Decimal']['output'];
  date: Scalars['Date']['output'];
  debit: Scalars['Decimal']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  entry: JournalEntry;
  lineNo: Scalars['Int']['output'];
  memo: Maybe<Scalars['String']['output']>;
  /** In the account's natural direction. */
  runningBalance: Scalars['Decimal']['output'];
};

/**
 * Assets, liabilities and equity on a date. Equity includes the profit not yet closed into retained
 * earnings, so totalAssets always equals totalLiabilitiesAndEquity.
 */
export type BalanceSheet = {
  __typename?: 'BalanceSheet';
  asOf: Scalars['Date']['output'];
  assets: Array<ReportLine>;
  currency: Scalars['String']['output'];
  /** Revenue less expenses from the start of the fiscal year to asOf. */
  currentYearProfit: Scalars['Decimal']['output'];
  /** Profit of earlier years not yet closed into retained earnings (zero once closeFiscalYear has run). */
  earlierUnclosedProfit: Scalars['Decimal']['output'];
  equity: Array<ReportLine>;
  liabilities: Array<ReportLine>;
  totalAssets: Scalars['Decimal']['output'];
  totalLiabilitiesAndEquity: Scalars['Decimal']['output'];
};

/** A department's spending limit for one fiscal year. */
export type Budget = {
  __typename?: 'Budget';
  amount: Money;
  fiscalYear: Scalars['Int']['output'];
};

export type CreateLedgerAccountInput = {
  /** 3 to 8 digits, unique in the chart. */
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** An account of the same type to group it under. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  type: LedgerAccountType;
};

export type Department = {
  __typename?: 'Department';
  /**
   * This fiscal year's budget; null until one is set. Visible to ACCOUNTING and MANAGER; anyone
   * else gets null with a FORBIDDEN error at this path.
   */
  budget: Maybe<Budget>;
  id: Scalars['ID']['output'];
};

/** A rate the ledger converts another currency with, from a date until the next one. */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  currency: Scalars['String']['output'];
  /** Units of the functional currency for one unit of `currency`. */
  rate: Scalars['Decimal']['output'];
  setAt: Scalars['DateTime']['output'];
  setBy: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
};

/** A month of the fiscal year. Nothing dated in a closed month can be posted. */
export type FiscalPeriod = {
  __typename?: 'FiscalPeriod';
  changedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who closed or reopened it last, when, and (for a reopening) why; null for a month never closed. */
  changedBy: Maybe<Scalars['String']['output']>;
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  status: FiscalPeriodStatus;
};

export type FiscalPeriodStatus =
  | 'CLOSED'
  | 'OPEN';

/** Revenue and expenses between two dates, for the company or one department (cost centre). */
export type IncomeStatement = {
  __typename?: 'IncomeStatement';
  currency: Scalars['String']['output'];
  departmentId: Maybe<Scalars['ID']['output']>;
  expenses: Array<ReportLine>;
  from: Scalars['Date']['output'];
  netIncome: Scalars['Decimal']['output'];
  revenue: Array<ReportLine>;
  to: Scalars['Date']['output'];
  totalExpenses: Scalars['Decimal']['output'];
  totalRevenue: Scalars['Decimal']['output'];
};

/**
 * A posted journal entry: balanced, immutable, numbered without gaps within its fiscal year, and
 * chained by hash to the entry before it. ACCOUNTING and MANAGER only.
 */
export type JournalEntry = {
  __typename?: 'JournalEntry';
  date: Scalars['Date']['output'];
  fiscalYear: Scalars['Int']['output'];
  /** SHA-256 over this entry's content and the previous entry's hash. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lines: Array<JournalLine>;
  memo: Scalars['String']['output'];
  /** Gapless within the fiscal year, from 1. */
  number: Scalars['Int']['output'];
  postedAt: Scalars['DateTime']['output'];
  /** Who posted it: an employee id, or service:<name>. */
  postedBy: Scalars['String']['output'];
  /** The entry that reversed this one, if any (an entry is reversed once). */
  reversedBy: Maybe<JournalEntry>;
  /** The entry this one reverses. */
  reverses: Maybe<JournalEntry>;
  source: JournalSource;
  /** The source document's id (an expense claim, a payroll run, an asset...). */
  sourceId: Maybe<Scalars['String']['output']>;
};

/** Posted entries in date and number order. */
export type JournalEntryConnection = {
  __typename?: 'JournalEntryConnection';
  edges: Array<JournalEntryEdge>;
  pageInfo: PageInfo;
};

export type JournalEntryEdge = {
  __typename?: 'JournalEntryEdge';
  cursor: Scalars['String']['output'];
  node: JournalEntry;
};

export type JournalEntryFilter = {
  /** Entries with a line on this account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries with a line on this cost centre (HR's department id). */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  source?: InputMaybe<JournalSource>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One side of a journal entry, in the functional currency. */
export type JournalLine = {
  __typename?: 'JournalLine';
  account: LedgerAccount;
  /** Zero on a debit line. */
  credit: Scalars['Decimal']['output'];
  /** Zero on a credit line. */
  debit: Scalars['Decimal']['output'];
  /** The cost centre: HR's department id. */
  departmentId: Maybe<Scalars['ID']['output']>;
  lineNo: Scalars['Int']['output'];
  memo: Maybe<Scalars['String']['output']>;
  /** What was entered, in its own currency; the functional amount is debit or credit. */
  original: Money;
  /** Functional-currency units per unit of the original currency; null in the functional currency. */
  rate: Maybe<Scalars['Decimal']['output']>;
};

export type JournalLineInput = {
  accountId: Scalars['ID']['input'];
  credit?: InputMaybe<Scalars['Decimal']['input']>;
  /** ISO 4217; defaults to the ledger's functional currency. Another currency converts at the rate in force on the entry's date. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Give a debit or a credit, a positive amount in the line's currency. */
  debit?: InputMaybe<Scalars['Decimal']['input']>;
  /** The cost centre: HR's department id. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
};

/** Where a journal entry comes from. REVERSAL and CLOSING are posted by the ledger itself. */
export type JournalSource =
  | 'ASSET'
  | 'CLOSING'
  | 'EXPENSE'
  | 'MANUAL'
  | 'OPENING'
  | 'PAYROLL'
  | 'REVERSAL';

/** A ledger account in the chart of accounts (a tree). ACCOUNTING and MANAGER only. */
export type LedgerAccount = {
  __typename?: 'LedgerAccount';
  /** An archived account keeps its postings and takes no new ones. */
  archived: Scalars['Boolean']['output'];
  /** Chart-of-accounts code, e.g. 6100. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The account this one is grouped under; null at the top of the tree. */
  parent: Maybe<LedgerAccount>;
  type: LedgerAccountType;
};

export type LedgerAccountType =
  | 'ASSET'
  | 'EQUITY'
  | 'EXPENSE'
  | 'LIABILITY'
  | 'REVENUE';

/** Where the ledger's hash chain, numbering or balance first fails, if anywhere. */
export type LedgerMismatch = {
  __typename?: 'LedgerMismatch';
  entryId: Maybe<Scalars['ID']['output']>;
  fiscalYear: Scalars['Int']['output'];
  number: Maybe<Scalars['Int']['output']>;
  problem: Scalars['String']['output'];
};

export type LedgerVerification = {
  __typename?: 'LedgerVerification';
  entriesChecked: Scalars['Int']['output'];
  firstMismatch: Maybe<LedgerMismatch>;
  ok: Scalars['Boolean']['output'];
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Archives an account: it keeps its postings and takes no new ones (accounts are never deleted). ACCOUNTING only. */
  archiveLedgerAccount: LedgerAccount;
  /** Posts the CLOSING entry that moves the year's result to retained earnings, then closes its months. Once per year. ACCOUNTING and MANAGER. */
  closeFiscalYear: JournalEntry;
  /** Closes a month (YYYY-MM) to postings. ACCOUNTING and MANAGER. */
  closePeriod: FiscalPeriod;
  /** Adds an account to the chart. ACCOUNTING only. */
  createLedgerAccount: LedgerAccount;
  /** Posts a balanced entry once per idempotency key. ACCOUNTING and MANAGER. */
  postJournalEntry: JournalEntry;
  /** Reopens a closed month, with the reason; audited. MANAGER only. */
  reopenPeriod: FiscalPeriod;
  /** Posts the mirror entry of a posted one, at most once. ACCOUNTING and MANAGER. */
  reverseJournalEntry: JournalEntry;
  /** Sets the rate for a currency from a date. ACCOUNTING only. */
  setExchangeRate: ExchangeRate;
};


export type MutationArchiveLedgerAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseFiscalYearArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type MutationClosePeriodArgs = {
  period: Scalars['String']['input'];
};


export type MutationCreateLedgerAccountArgs = {
  input: CreateLedgerAccountInput;
};


export type MutationPostJournalEntryArgs = {
  input: PostJournalEntryInput;
};


export type MutationReopenPeriodArgs = {
  input: ReopenPeriodInput;
};


export type MutationReverseJournalEntryArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ReverseJournalEntryInput>;
};


export type MutationSetExchangeRateArgs = {
  input: SetExchangeRateInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PostJournalEntryInput = {
  date: Scalars['Date']['input'];
  /** Chosen by the client once per entry: a retry with the same key and request returns the posted entry; the same key for another request is CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  lines: Array<JournalLineInput>;
  memo: Scalars['String']['input'];
  /** MANUAL unless the entry comes from a source document. */
  source?: InputMaybe<JournalSource>;
  sourceId?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One account's lines with opening and running balance; null for an unknown account. ACCOUNTING and MANAGER only. */
  accountLedger: Maybe<AccountLedger>;
  /** ACCOUNTING and MANAGER only. */
  balanceSheet: BalanceSheet;
  /** Rates the ledger converts with, newest first. ACCOUNTING and MANAGER only. */
  exchangeRates: Array<ExchangeRate>;
  /** The twelve months of a fiscal year. ACCOUNTING and MANAGER only. */
  fiscalPeriods: Array<FiscalPeriod>;
  /** ACCOUNTING and MANAGER only. */
  incomeStatement: IncomeStatement;
  /** Posted entries, filtered, a page at a time. ACCOUNTING and MANAGER only. */
  journalEntries: JournalEntryConnection;
  /** One posted entry. ACCOUNTING and MANAGER only. */
  journalEntry: Maybe<JournalEntry>;
  /** The chart of accounts. ACCOUNTING and MANAGER only. */
  ledgerAccounts: Array<LedgerAccount>;
  /** Attempts to post into closed periods of a fiscal year. ACCOUNTING and MANAGER only. */
  refusedPostings: Array<RefusedPosting>;
  /** ACCOUNTING and MANAGER only. */
  trialBalance: TrialBalance;
  /** Recomputes every entry's hash, number and balance. ACCOUNTING and MANAGER only. */
  verifyLedger: LedgerVerification;
};


export type QueryAccountLedgerArgs = {
  accountId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryBalanceSheetArgs = {
  asOf: Scalars['Date']['input'];
};


export type QueryExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFiscalPeriodsArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type QueryIncomeStatementArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryJournalEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JournalEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJournalEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRefusedPostingsArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type QueryTrialBalanceArgs = {
  asOf: Scalars['Date']['input'];
};

/** An attempt to post into a closed period, kept for the auditors. */
export type RefusedPosting = {
  __typename?: 'RefusedPosting';
  actor: Scalars['String']['output'];
  attemptedAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  idempotencyKey: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

export type ReopenPeriodInput = {
  /** YYYY-MM. */
  period: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** An account's amount in a report, positive in its natural direction (debits for assets and expenses, credits otherwise). */
export type ReportLine = {
  __typename?: 'ReportLine';
  account: LedgerAccount;
  amount: Scalars['Decimal']['output'];
};

export type ReverseJournalEntryInput = {
  /** Defaults to today. */
  date?: InputMaybe<Scalars['Date']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
};

export type SetExchangeRateInput = {
  currency: Scalars['String']['input'];
  rate: Scalars['Decimal']['input'];
  validFrom: Scalars['Date']['input'];
};

/** Every account's net balance on a date, as a debit or a credit. The two columns always total the same. */
export type TrialBalance = {
  __typename?: 'TrialBalance';
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  lines: Array<TrialBalanceLine>;
  totalCredit: Scalars['Decimal']['output'];
  totalDebit: Scalars['Decimal']['output'];
};

export type TrialBalanceLine = {
  __typename?: 'TrialBalanceLine';
  account: LedgerAccount;
  credit: Scalars['Decimal']['output'];
  debit: Scalars['Decimal']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Department: Department;
  JournalEntry: JournalEntry;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  JournalEntry:
    ( { __typename: 'JournalEntry' }
    & GraphQLRecursivePick<FederationTypes['JournalEntry'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccountLedger: ResolverTypeWrapper<AccountLedgerRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccountLedgerLine: ResolverTypeWrapper<AccountLedgerLineRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BalanceSheet: ResolverTypeWrapper<BalanceSheetRecord>;
  Budget: ResolverTypeWrapper<BudgetRecord>;
  CreateLedgerAccountInput: CreateLedgerAccountInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentReference>;
  ExchangeRate: ResolverTypeWrapper<ExchangeRateRecord>;
  FiscalPeriod: ResolverTypeWrapper<FiscalPeriodRecord>;
  FiscalPeriodStatus: FiscalPeriodStatus;
  IncomeStatement: ResolverTypeWrapper<IncomeStatementRecord>;
  JournalEntry: ResolverTypeWrapper<JournalEntryRecord>;
  JournalEntryConnection: ResolverTypeWrapper<Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversTypes['JournalEntryEdge']> }>;
  JournalEntryEdge: ResolverTypeWrapper<Omit<JournalEntryEdge, 'node'> & { node: ResolversTypes['JournalEntry'] }>;
  JournalEntryFilter: JournalEntryFilter;
  JournalLine: ResolverTypeWrapper<JournalLineRecord>;
  JournalLineInput: JournalLineInput;
  JournalSource: JournalSource;
  LedgerAccount: ResolverTypeWrapper<LedgerAccountRecord>;
  LedgerAccountType: LedgerAccountType;
  LedgerMismatch: ResolverTypeWrapper<LedgerMismatchRecord>;
  LedgerVerification: ResolverTypeWrapper<LedgerVerificationRecord>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostJournalEntryInput: PostJournalEntryInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefusedPosting: ResolverTypeWrapper<RefusedPostingRecord>;
  ReopenPeriodInput: ReopenPeriodInput;
  ReportLine: ResolverTypeWrapper<ReportLineRecord>;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetExchangeRateInput: SetExchangeRateInput;
  TrialBalance: ResolverTypeWrapper<TrialBalanceRecord>;
  TrialBalanceLine: ResolverTypeWrapper<TrialBalanceLineRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccountLedger: AccountLedgerRecord;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  AccountLedgerLine: AccountLedgerLineRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  BalanceSheet: BalanceSheetRecord;
  Budget: BudgetRecord;
  CreateLedgerAccountInput: CreateLedgerAccountInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentReference;
  ExchangeRate: ExchangeRateRecord;
  FiscalPeriod: FiscalPeriodRecord;
  IncomeStatement: IncomeStatementRecord;
  JournalEntry: JournalEntryRecord;
  JournalEntryConnection: Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['JournalEntryEdge']> };
  JournalEntryEdge: Omit<JournalEntryEdge, 'node'> & { node: ResolversParentTypes['JournalEntry'] };
  JournalEntryFilter: JournalEntryFilter;
  JournalLine: JournalLineRecord;
  JournalLineInput: JournalLineInput;
  LedgerAccount: LedgerAccountRecord;
  LedgerMismatch: LedgerMismatchRecord;
  LedgerVerification: LedgerVerificationRecord;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostJournalEntryInput: PostJournalEntryInput;
  Query: Record<PropertyKey, never>;
  RefusedPosting: RefusedPostingRecord;
  ReopenPeriodInput: ReopenPeriodInput;
  ReportLine: ReportLineRecord;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetExchangeRateInput: SetExchangeRateInput;
  TrialBalance: TrialBalanceRecord;
  TrialBalanceLine: TrialBalanceLineRecord;
};

export type AccountLedgerResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['AccountLedger'] = ResolversParentTypes['AccountLedger']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['AccountLedgerLine']>, ParentType, ContextType>;
  openingBalance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AccountLedgerLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['AccountLedgerLine'] = ResolversParentTypes['AccountLedgerLine']> = {
  credit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runningBalance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type BalanceSheetResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['BalanceSheet'] = ResolversParentTypes['BalanceSheet']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assets?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentYearProfit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  earlierUnclosedProfit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  equity?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  liabilities?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  totalAssets?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalLiabilitiesAndEquity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type BudgetResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DepartmentResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ExchangeRateResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type FiscalPeriodResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['FiscalPeriod'] = ResolversParentTypes['FiscalPeriod']> = {
  changedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FiscalPeriodStatus'], ParentType, ContextType>;
};

export type IncomeStatementResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['IncomeStatement'] = ResolversParentTypes['IncomeStatement']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  netIncome?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['ReportLine']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalExpenses?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalRevenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type JournalEntryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['JournalEntry'] = ResolversParentTypes['JournalEntry'], FederationReferenceType extends FederationReferenceTypes['JournalEntry'] = FederationReferenceTypes['JournalEntry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JournalEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['JournalLine']>, ParentType, ContextType>;
  memo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  postedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['JournalSource'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JournalEntryConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['JournalEntryConnection'] = ResolversParentTypes['JournalEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JournalEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type JournalEntryEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['JournalEntryEdge'] = ResolversParentTypes['JournalEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
};

export type JournalLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['JournalLine'] = ResolversParentTypes['JournalLine']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  original?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type LedgerAccountResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['LedgerAccount'] = ResolversParentTypes['LedgerAccount']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['LedgerAccount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LedgerAccountType'], ParentType, ContextType>;
};

export type LedgerMismatchResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['LedgerMismatch'] = ResolversParentTypes['LedgerMismatch']> = {
  entryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LedgerVerificationResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['LedgerVerification'] = ResolversParentTypes['LedgerVerification']> = {
  entriesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstMismatch?: Resolver<Maybe<ResolversTypes['LedgerMismatch']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  archiveLedgerAccount?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType, RequireFields<MutationArchiveLedgerAccountArgs, 'id'>>;
  closeFiscalYear?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationCloseFiscalYearArgs, 'fiscalYear'>>;
  closePeriod?: Resolver<ResolversTypes['FiscalPeriod'], ParentType, ContextType, RequireFields<MutationClosePeriodArgs, 'period'>>;
  createLedgerAccount?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType, RequireFields<MutationCreateLedgerAccountArgs, 'input'>>;
  postJournalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationPostJournalEntryArgs, 'input'>>;
  reopenPeriod?: Resolver<ResolversTypes['FiscalPeriod'], ParentType, ContextType, RequireFields<MutationReopenPeriodArgs, 'input'>>;
  reverseJournalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationReverseJournalEntryArgs, 'id'>>;
  setExchangeRate?: Resolver<ResolversTypes['ExchangeRate'], ParentType, ContextType, RequireFields<MutationSetExchangeRateArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accountLedger?: Resolver<Maybe<ResolversTypes['AccountLedger']>, ParentType, ContextType, RequireFields<QueryAccountLedgerArgs, 'accountId' | 'first' | 'from' | 'to'>>;
  balanceSheet?: Resolver<ResolversTypes['BalanceSheet'], ParentType, ContextType, RequireFields<QueryBalanceSheetArgs, 'asOf'>>;
  exchangeRates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType, Partial<QueryExchangeRatesArgs>>;
  fiscalPeriods?: Resolver<Array<ResolversTypes['FiscalPeriod']>, ParentType, ContextType, RequireFields<QueryFiscalPeriodsArgs, 'fiscalYear'>>;
  incomeStatement?: Resolver<ResolversTypes['IncomeStatement'], ParentType, ContextType, RequireFields<QueryIncomeStatementArgs, 'from' | 'to'>>;
  journalEntries?: Resolver<ResolversTypes['JournalEntryConnection'], ParentType, ContextType, RequireFields<QueryJournalEntriesArgs, 'first'>>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<QueryJournalEntryArgs, 'id'>>;
  ledgerAccounts?: Resolver<Array<ResolversTypes['LedgerAccount']>, ParentType, ContextType>;
  refusedPostings?: Resolver<Array<ResolversTypes['RefusedPosting']>, ParentType, ContextType, RequireFields<QueryRefusedPostingsArgs, 'fiscalYear'>>;
  trialBalance?: Resolver<ResolversTypes['TrialBalance'], ParentType, ContextType, RequireFields<QueryTrialBalanceArgs, 'asOf'>>;
  verifyLedger?: Resolver<ResolversTypes['LedgerVerification'], ParentType, ContextType>;
};

export type RefusedPostingResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['RefusedPosting'] = ResolversParentTypes['RefusedPosting']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  idempotencyKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ReportLine'] = ResolversParentTypes['ReportLine']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type TrialBalanceResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['TrialBalance'] = ResolversParentTypes['TrialBalance']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['TrialBalanceLine']>, ParentType, ContextType>;
  totalCredit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalDebit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type TrialBalanceLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['TrialBalanceLine'] = ResolversParentTypes['TrialBalanceLine']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AccountingContext> = {
  AccountLedger?: AccountLedgerResolvers<ContextType>;
  AccountLedgerLine?: AccountLedgerLineResolvers<ContextType>;
  BalanceSheet?: BalanceSheetResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  FiscalPeriod?: FiscalPeriodResolvers<ContextType>;
  IncomeStatement?: IncomeStatementResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalEntryConnection?: JournalEntryConnectionResolvers<ContextType>;
  JournalEntryEdge?: JournalEntryEdgeResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  LedgerAccount?: LedgerAccountResolvers<ContextType>;
  LedgerMismatch?: LedgerMismatchResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefusedPosting?: RefusedPostingResolvers<ContextType>;
  ReportLine?: ReportLineResolvers<ContextType>;
  TrialBalance?: TrialBalanceResolvers<ContextType>;
  TrialBalanceLine?: TrialBalanceLineResolvers<ContextType>;
};

