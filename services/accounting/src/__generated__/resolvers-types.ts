import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { LedgerAccountRecord } from '../ledger-accounts/ledger-account.record';
import { BudgetRecord } from '../budgets/budget.record';
import { JournalEntryRecord, JournalLineRecord, LedgerVerificationRecord, LedgerMismatchRecord } from '../journal/journal.record';
import { ExchangeRateRecord } from '../exchange-rates/exchange-rate.record';
import { DepartmentReference, AccountingContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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

/** A department's spending limit for one fiscal year. */
export type Budget = {
  __typename?: 'Budget';
  amount: Money;
  fiscalYear: Scalars['Int']['output'];
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
  /** Posts a balanced entry once per idempotency key. ACCOUNTING and MANAGER. */
  postJournalEntry: JournalEntry;
  /** Posts the mirror entry of a posted one, at most once. ACCOUNTING and MANAGER. */
  reverseJournalEntry: JournalEntry;
  /** Sets the rate for a currency from a date. ACCOUNTING only. */
  setExchangeRate: ExchangeRate;
};


export type MutationPostJournalEntryArgs = {
  input: PostJournalEntryInput;
};


export type MutationReverseJournalEntryArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ReverseJournalEntryInput>;
};


export type MutationSetExchangeRateArgs = {
  input: SetExchangeRateInput;
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
  /** Rates the ledger converts with, newest first. ACCOUNTING and MANAGER only. */
  exchangeRates: Array<ExchangeRate>;
  /** One posted entry. ACCOUNTING and MANAGER only. */
  journalEntry: Maybe<JournalEntry>;
  /** The chart of accounts. ACCOUNTING and MANAGER only. */
  ledgerAccounts: Array<LedgerAccount>;
  /** Recomputes every entry's hash, number and balance. ACCOUNTING and MANAGER only. */
  verifyLedger: LedgerVerification;
};


export type QueryExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJournalEntryArgs = {
  id: Scalars['ID']['input'];
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
  Budget: ResolverTypeWrapper<BudgetRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ExchangeRate: ResolverTypeWrapper<ExchangeRateRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  JournalEntry: ResolverTypeWrapper<JournalEntryRecord>;
  JournalLine: ResolverTypeWrapper<JournalLineRecord>;
  JournalLineInput: JournalLineInput;
  JournalSource: JournalSource;
  LedgerAccount: ResolverTypeWrapper<LedgerAccountRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LedgerAccountType: LedgerAccountType;
  LedgerMismatch: ResolverTypeWrapper<LedgerMismatchRecord>;
  LedgerVerification: ResolverTypeWrapper<LedgerVerificationRecord>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PostJournalEntryInput: PostJournalEntryInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetExchangeRateInput: SetExchangeRateInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Budget: BudgetRecord;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentReference;
  ID: Scalars['ID']['output'];
  ExchangeRate: ExchangeRateRecord;
  String: Scalars['String']['output'];
  JournalEntry: JournalEntryRecord;
  JournalLine: JournalLineRecord;
  JournalLineInput: JournalLineInput;
  LedgerAccount: LedgerAccountRecord;
  Boolean: Scalars['Boolean']['output'];
  LedgerMismatch: LedgerMismatchRecord;
  LedgerVerification: LedgerVerificationRecord;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PostJournalEntryInput: PostJournalEntryInput;
  Query: Record<PropertyKey, never>;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetExchangeRateInput: SetExchangeRateInput;
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
  postJournalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationPostJournalEntryArgs, 'input'>>;
  reverseJournalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationReverseJournalEntryArgs, 'id'>>;
  setExchangeRate?: Resolver<ResolversTypes['ExchangeRate'], ParentType, ContextType, RequireFields<MutationSetExchangeRateArgs, 'input'>>;
};

export type QueryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  exchangeRates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType, Partial<QueryExchangeRatesArgs>>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<QueryJournalEntryArgs, 'id'>>;
  ledgerAccounts?: Resolver<Array<ResolversTypes['LedgerAccount']>, ParentType, ContextType>;
  verifyLedger?: Resolver<ResolversTypes['LedgerVerification'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AccountingContext> = {
  Budget?: BudgetResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  LedgerAccount?: LedgerAccountResolvers<ContextType>;
  LedgerMismatch?: LedgerMismatchResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

