import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { LedgerAccountRecord } from '../ledger-accounts/ledger-account.record';
import { BudgetRecord, BudgetThresholdCrossingRecord } from '../budgets/budget.record';
import { JournalEntryRecord, JournalLineRecord, LedgerVerificationRecord, LedgerMismatchRecord, FiscalPeriodRecord, RefusedPostingRecord, JournalDraftRecord, JournalDraftLineRecord } from '../journal/journal.record';
import { ExchangeRateRecord } from '../exchange-rates/exchange-rate.record';
import { ReportLineRecord, TrialBalanceRecord, TrialBalanceLineRecord, IncomeStatementRecord, BalanceSheetRecord, AccountLedgerRecord, AccountLedgerLineRecord } from '../ledger-reports/ledger-report.record';
import { DepartmentReference, EmployeeReference, AccountingContext } from '../context';
import { ControlSettingsRecord } from '../control-settings/control-settings.record';
import { AuditFindingRecord } from '../audit-findings/audit-finding.record';
import { ExpenseClaimRecord, MonthlyExpenseSpendRecord, ExpenseClaimLineRecord, ExpensePolicyFlagRecord, ExpenseDecisionRecord, ExpensePolicyRecord, ExpenseCategoryPolicyRecord } from '../expense-claims/expense-claim.record';
import { PayrollRunRecord, PayrollLineRecord, PayInForceRecord, PayslipRecord } from '../payroll/payroll.record';
import { AssetReference, FixedAssetRecord, DepreciationMonthRecord } from '../fixed-assets/fixed-asset.record';
import { CorrelationRecord } from '../correlations/correlation.record';
import { PublishedEventRecord } from '@backoffice/platform/correlated-events';
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
  /** An ISO-8601 calendar date, YYYY-MM-DD, from 1900-01-01 to 2999-12-31. */
  Date: { input: string; output: string; }
  /** An ISO-8601 timestamp with time zone, from 1900-01-01 to 2999-12-31 in UTC. */
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
 * IT's equipment as accounting holds it. bookValue and accumulatedDepreciation are null when
 * accounting does not hold the asset as a fixed asset (expensed below the capitalisation threshold,
 * disposed of, or unknown). ACCOUNTING and MANAGER only; others get null with a FORBIDDEN error.
 */
export type Asset = {
  __typename?: 'Asset';
  accumulatedDepreciation: Maybe<Scalars['Decimal']['output']>;
  /** Cost less the depreciation posted so far. */
  bookValue: Maybe<Scalars['Decimal']['output']>;
  /** Whether the asset was capitalised (false: expensed at once); null when accounting never heard of it. */
  capitalised: Maybe<Scalars['Boolean']['output']>;
  disposedOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
};

/** Something in a fiscal year's books an auditor would ask about. */
export type AuditFinding = {
  __typename?: 'AuditFinding';
  /** For BUDGET_EXCEEDED. */
  budget: Maybe<Budget>;
  /** The entries concerned (none for a refused posting, a gap or a budget). */
  entries: Array<JournalEntry>;
  kind: AuditFindingKind;
  message: Scalars['String']['output'];
  /** For ENTRY_NUMBER_GAP: the numbers missing. */
  missingNumbers: Maybe<Array<Scalars['Int']['output']>>;
  /** For POSTING_INTO_CLOSED_PERIOD. */
  refusedPosting: Maybe<RefusedPosting>;
};

/** The checks auditors run on the journal, each a kind of finding. */
export type AuditFindingKind =
  /** An entry approved by the person who prepared it. The ledger refuses it: this stays empty. */
  | 'APPROVED_BY_MAKER'
  /** An entry whose hash no longer matches its content or the entry before it. */
  | 'BROKEN_HASH_CHAIN'
  /** A budget whose spend is above its amount. */
  | 'BUDGET_EXCEEDED'
  /** Entry numbers missing from the year's sequence. The ledger numbers without gaps: this stays empty. */
  | 'ENTRY_NUMBER_GAP'
  /** A MANUAL entry above the threshold with no source document. */
  | 'MANUAL_ENTRY_WITHOUT_SOURCE_DOCUMENT'
  /** An entry dated on a weekend or a company holiday (opening, closing and payroll entries, dated by rule, aside). */
  | 'POSTED_ON_NON_WORKING_DAY'
  /** An attempt to post into a closed period. */
  | 'POSTING_INTO_CLOSED_PERIOD'
  /** A MANUAL entry of a round amount (a multiple of the unit) at or above the threshold. */
  | 'ROUND_AMOUNT_MANUAL_ENTRY';

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

/**
 * A spending limit for one department and fiscal year: all its expenses, or one expense account
 * (with the accounts under it). Spend is what the ledger's cost-centre balances say: expense debits
 * less credits on the department's cost centre, the year-end closing entry left out.
 */
export type Budget = {
  __typename?: 'Budget';
  /** The expense account this budget limits; null for all of the department's expenses. */
  account: Maybe<LedgerAccount>;
  amount: Money;
  /** The thresholds (80 and 100 percent) that postings have taken spend across. */
  crossings: Array<BudgetThresholdCrossing>;
  /** HR's department id. */
  departmentId: Scalars['ID']['output'];
  fiscalYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** amount - spent; negative once the budget is exceeded. */
  remaining: Money;
  setAt: Scalars['DateTime']['output'];
  /** Who set the amount last, when, and why (the reason is required to change an amount). */
  setBy: Scalars['String']['output'];
  /** spent / amount to four decimals, e.g. "0.8312"; null for a zero budget. */
  shareUsed: Maybe<Scalars['Decimal']['output']>;
  spent: Money;
  /** Pass to setBudget as expectedVersion to change this amount. */
  version: Scalars['Int']['output'];
};

/** The posting that took a budget's spend across a threshold, recorded once. */
export type BudgetThresholdCrossing = {
  __typename?: 'BudgetThresholdCrossing';
  crossedAt: Scalars['DateTime']['output'];
  entry: JournalEntry;
  spent: Money;
  /** 80 or 100 (percent of the budget). */
  threshold: Scalars['Int']['output'];
};

/** The thresholds the controls and audit findings use, in the functional currency. */
export type ControlSettings = {
  __typename?: 'ControlSettings';
  /** IT's equipment costing at least this is capitalised and depreciated; cheaper equipment is expensed at once. Default 1000.00. */
  capitalisationThreshold: Money;
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  /** A MANUAL entry whose debits total more than this waits for a second person's approval. */
  manualApprovalThreshold: Money;
  reason: Maybe<Scalars['String']['output']>;
  /** A MANUAL entry of at least this total that is a multiple of roundAmountUnit is an audit finding. */
  roundAmountThreshold: Money;
  roundAmountUnit: Scalars['Decimal']['output'];
  /** A MANUAL entry above this without a source document is an audit finding. */
  unsupportedManualThreshold: Money;
};

/** A chain of events one request set off, across services (HR's correlatedEvents). */
export type Correlation = {
  __typename?: 'Correlation';
  /** The events accounting published in this chain, from its outbox (kept 90 days). */
  accountingEvents: Array<PublishedEvent>;
  /** The x-correlation-id a client sent, or the one the gateway gave its request (HR declares it String!, not ID!). */
  id: Scalars['String']['output'];
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
   * The department-wide budget of a fiscal year (this year's by default); null until one is set.
   * Visible to ACCOUNTING and MANAGER; anyone else gets null with a FORBIDDEN error at this path.
   */
  budget: Maybe<Budget>;
  id: Scalars['ID']['output'];
  /**
   * What the department spent in a fiscal year (this year's by default): its cost centre's expenses.
   * ACCOUNTING and MANAGER, like budget.
   */
  spend: Maybe<Money>;
};


export type DepartmentBudgetArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};


export type DepartmentSpendArgs = {
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};

/** One month of an asset's straight-line schedule. */
export type DepreciationMonth = {
  __typename?: 'DepreciationMonth';
  accumulated: Scalars['Decimal']['output'];
  amount: Scalars['Decimal']['output'];
  bookValue: Scalars['Decimal']['output'];
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  /** Whether the month's entry is posted. */
  posted: Scalars['Boolean']['output'];
};

export type DiscardJournalEntryDraftInput = {
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type Employee = {
  __typename?: 'Employee';
  /** The employee's expense claims the caller may see: all for themselves, ACCOUNTING and MANAGER; those waiting for or decided by a line manager. */
  expenseClaims: Array<ExpenseClaim>;
  id: Scalars['ID']['output'];
  /**
   * What posted payroll runs paid the employee, newest month first. The employee, HR, ACCOUNTING and
   * MANAGER; anyone else gets null with a FORBIDDEN error at this path.
   */
  payslips: Maybe<Array<Payslip>>;
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

/** The decisions a claim goes through: the claimant's line manager, then ACCOUNTING above the policy's amount. */
export type ExpenseApprovalStep =
  | 'ACCOUNTING'
  | 'LINE_MANAGER';

export type ExpenseCategory =
  | 'EQUIPMENT'
  | 'LODGING'
  | 'MEALS'
  | 'OFFICE_SUPPLIES'
  | 'OTHER'
  | 'SOFTWARE'
  | 'TRAINING'
  | 'TRAVEL';

export type ExpenseCategoryLimitInput = {
  category: ExpenseCategory;
  perDayLimit?: InputMaybe<Scalars['Decimal']['input']>;
  perLineLimit?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What each category may claim and where it is booked. */
export type ExpenseCategoryPolicy = {
  __typename?: 'ExpenseCategoryPolicy';
  account: LedgerAccount;
  category: ExpenseCategory;
  /** A person's lines of the category on one day, across their claims. Null: no limit. */
  perDayLimit: Maybe<Money>;
  /** Null: no limit. */
  perLineLimit: Maybe<Money>;
};

/**
 * An employee's claim to be reimbursed. The claimant sees their own; a line manager the claims
 * waiting for them or decided by them; ACCOUNTING and MANAGER all of them.
 */
export type ExpenseClaim = {
  __typename?: 'ExpenseClaim';
  /** The line manager (HR's employee id) who decides the LINE_MANAGER step: the claimant's on the day they submitted. */
  approverId: Maybe<Scalars['ID']['output']>;
  /** The decision it waits for while SUBMITTED. */
  awaiting: Maybe<ExpenseApprovalStep>;
  /** Set when final approval took the department past its budget; the claim is approved all the same. */
  budgetWarning: Maybe<Scalars['String']['output']>;
  claimant: Employee;
  createdAt: Scalars['DateTime']['output'];
  decisions: Array<ExpenseDecision>;
  /** The claimant's department when the claim was submitted: the cost centre it is booked to. */
  department: Maybe<Department>;
  flags: Array<ExpensePolicyFlag>;
  id: Scalars['ID']['output'];
  /** The entry posted on final approval (each line's expense account against reimbursements payable). */
  journalEntry: Maybe<JournalEntry>;
  lines: Array<ExpenseClaimLine>;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  /** The entry posted when it was paid (reimbursements payable against the bank). */
  paymentEntry: Maybe<JournalEntry>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  status: ExpenseClaimStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  total: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** Pass as expectedVersion to change or decide it. */
  version: Scalars['Int']['output'];
};

export type ExpenseClaimConnection = {
  __typename?: 'ExpenseClaimConnection';
  edges: Array<ExpenseClaimEdge>;
  pageInfo: PageInfo;
};

export type ExpenseClaimEdge = {
  __typename?: 'ExpenseClaimEdge';
  cursor: Scalars['String']['output'];
  node: ExpenseClaim;
};

export type ExpenseClaimFilter = {
  claimantId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Claims created on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ExpenseClaimStatus>;
  /** Claims created on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type ExpenseClaimInput = {
  lines: Array<ExpenseClaimLineInput>;
  title: Scalars['String']['input'];
};

export type ExpenseClaimLine = {
  __typename?: 'ExpenseClaimLine';
  /** As spent, in its own currency. */
  amount: Money;
  category: ExpenseCategory;
  /** When the money was spent. */
  date: Scalars['Date']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** In the ledger's functional currency, at the rate in force on the line's date. */
  functionalAmount: Money;
  lineNo: Scalars['Int']['output'];
  merchant: Scalars['String']['output'];
  /** Functional-currency units per unit of the line's currency; null in the functional currency. */
  rate: Maybe<Scalars['Decimal']['output']>;
  /** Where the receipt is kept (a file name, a scan id). */
  receiptReference: Maybe<Scalars['String']['output']>;
};

export type ExpenseClaimLineInput = {
  /** Positive, in the line's currency. */
  amount: Scalars['Decimal']['input'];
  category: ExpenseCategory;
  /** ISO 4217; defaults to the functional currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  merchant: Scalars['String']['input'];
  receiptReference?: InputMaybe<Scalars['String']['input']>;
};

export type ExpenseClaimStatus =
  /** Approved by every step and posted to the ledger; waiting to be paid. */
  | 'APPROVED'
  /** Being written by the claimant; editable. */
  | 'DRAFT'
  /** Reimbursed: the payment is posted. */
  | 'PAID'
  | 'REJECTED'
  /** Checked against the policy and waiting for a decision (see awaiting). */
  | 'SUBMITTED'
  /** Withdrawn by the claimant before it was decided. */
  | 'WITHDRAWN';

export type ExpenseDecision = {
  __typename?: 'ExpenseDecision';
  decidedAt: Scalars['DateTime']['output'];
  decidedBy: Scalars['ID']['output'];
  outcome: ExpenseDecisionOutcome;
  reason: Maybe<Scalars['String']['output']>;
  step: ExpenseApprovalStep;
};

export type ExpenseDecisionOutcome =
  | 'APPROVED'
  | 'REJECTED';

/** The expense policy, checked when a claim is submitted. ACCOUNTING changes it. */
export type ExpensePolicy = {
  __typename?: 'ExpensePolicy';
  /** A claim whose total is above this needs ACCOUNTING's approval after the line manager's. */
  accountingApprovalAbove: Money;
  categories: Array<ExpenseCategoryPolicy>;
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  /** Lines older than this many days at submission are refused. */
  maxLineAgeDays: Scalars['Int']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** A line above this needs a receipt reference. */
  receiptRequiredAbove: Money;
};

/** Something the approver should look at; it does not block the claim. */
export type ExpensePolicyFlag = {
  __typename?: 'ExpensePolicyFlag';
  kind: ExpensePolicyFlagKind;
  lineNo: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  /** The other claim a LIKELY_DUPLICATE line matches. */
  otherClaimId: Maybe<Scalars['ID']['output']>;
};

export type ExpensePolicyFlagKind =
  /** Same person, amount, date and merchant as a line of another claim. */
  | 'LIKELY_DUPLICATE';

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

/** A capitalised piece of equipment (amounts in the functional currency). */
export type FixedAsset = {
  __typename?: 'FixedAsset';
  accumulatedDepreciation: Money;
  acquiredOn: Scalars['Date']['output'];
  asset: Asset;
  bookValue: Money;
  category: Scalars['String']['output'];
  cost: Money;
  depreciationSchedule: Array<DepreciationMonth>;
  disposedOn: Maybe<Scalars['Date']['output']>;
  /** Who holds it now; null while in stock, in repair or lost. */
  holder: Maybe<Employee>;
  /** The purchase price as IT registered it, in its currency. */
  originalCost: Money;
  status: FixedAssetStatus;
  tag: Scalars['String']['output'];
  usefulLifeMonths: Scalars['Int']['output'];
};

export type FixedAssetConnection = {
  __typename?: 'FixedAssetConnection';
  edges: Array<FixedAssetEdge>;
  pageInfo: PageInfo;
};

export type FixedAssetEdge = {
  __typename?: 'FixedAssetEdge';
  cursor: Scalars['String']['output'];
  node: FixedAsset;
};

export type FixedAssetFilter = {
  /** IT's category, e.g. LAPTOP. */
  category?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FixedAssetStatus>;
};

export type FixedAssetStatus =
  /** In the books and still depreciating. */
  | 'ACTIVE'
  /** Retired, lost or not returned by a leaver: out of the books. */
  | 'DISPOSED'
  /** In the books at book value zero. */
  | 'FULLY_DEPRECIATED';

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

/** A line of a draft, as entered. */
export type JournalDraftLine = {
  __typename?: 'JournalDraftLine';
  account: LedgerAccount;
  credit: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['String']['output'];
  debit: Maybe<Scalars['Decimal']['output']>;
  departmentId: Maybe<Scalars['ID']['output']>;
  lineNo: Scalars['Int']['output'];
  memo: Maybe<Scalars['String']['output']>;
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
  /** For an entry that went through four eyes: who prepared it (the approver is postedBy). */
  preparedBy: Maybe<Scalars['String']['output']>;
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

/**
 * A manual entry above the approval threshold: it posts only when a second person approves it.
 * Nobody who prepared or edited it may approve it. ACCOUNTING and MANAGER only.
 */
export type JournalEntryDraft = {
  __typename?: 'JournalEntryDraft';
  date: Scalars['Date']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who approved or discarded it, and when. */
  decidedBy: Maybe<Scalars['String']['output']>;
  discardReason: Maybe<Scalars['String']['output']>;
  /** Everyone who wrote this draft, its maker first: none of them may approve it. */
  editors: Array<Scalars['String']['output']>;
  /** The posted entry, once approved. */
  entry: Maybe<JournalEntry>;
  id: Scalars['ID']['output'];
  lines: Array<JournalDraftLine>;
  memo: Scalars['String']['output'];
  preparedAt: Scalars['DateTime']['output'];
  preparedBy: Scalars['String']['output'];
  /** The supporting document (an invoice number, a contract...). */
  sourceId: Maybe<Scalars['String']['output']>;
  status: JournalEntryDraftStatus;
  /** Total debits in the functional currency, at the rates in force on the entry's date. */
  total: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** Pass to updateJournalEntryDraft, discardJournalEntryDraft or approveJournalEntry. */
  version: Scalars['Int']['output'];
};

export type JournalEntryDraftInput = {
  date: Scalars['Date']['input'];
  lines: Array<JournalLineInput>;
  memo: Scalars['String']['input'];
  /** The supporting document (an invoice number, a contract...). */
  sourceId?: InputMaybe<Scalars['String']['input']>;
};

export type JournalEntryDraftStatus =
  | 'DISCARDED'
  /** Waiting for a second person's approval; can still be edited or discarded. */
  | 'DRAFT'
  /** Approved and posted. */
  | 'POSTED';

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

/** The order of the journal: by entry date, then fiscal year and entry number. */
export type JournalEntryOrder =
  /** Newest first: what was posted lately. */
  | 'NEWEST'
  /** Oldest first (the default): the books as they were written. */
  | 'OLDEST';

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

/** What a department's approved expense claims came to in a month, in the functional currency. */
export type MonthlyExpenseSpend = {
  __typename?: 'MonthlyExpenseSpend';
  claims: Scalars['Int']['output'];
  /** The claimants' department when they submitted; null for claims booked to no department. */
  department: Maybe<Department>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  total: Money;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Approves the step the claim waits for: its line manager, then ACCOUNTING. The last approval posts it. Never the claimant. */
  approveExpenseClaim: ExpenseClaim;
  /** Approves and posts a draft, once; nobody who wrote it may approve it. ACCOUNTING and MANAGER. */
  approveJournalEntry: JournalEntry;
  /** Approves a draft run; never by its preparer. ACCOUNTING and MANAGER. */
  approvePayroll: PayrollRun;
  /** Archives an account: it keeps its postings and takes no new ones (accounts are never deleted). ACCOUNTING only. */
  archiveLedgerAccount: LedgerAccount;
  /** Posts the CLOSING entry that moves the year's result to retained earnings, then closes its months. Once per year. ACCOUNTING and MANAGER. */
  closeFiscalYear: JournalEntry;
  /** Closes a month (YYYY-MM) to postings. ACCOUNTING and MANAGER. */
  closePeriod: FiscalPeriod;
  /** Adds an account to the chart. ACCOUNTING only. */
  createLedgerAccount: LedgerAccount;
  /** Discards a waiting draft, with the reason. ACCOUNTING and MANAGER. */
  discardJournalEntryDraft: JournalEntryDraft;
  /** Starts a claim for the caller (an employee). */
  draftExpenseClaim: ExpenseClaim;
  /** Saves a MANUAL entry for a second person to approve. ACCOUNTING and MANAGER. */
  draftJournalEntry: JournalEntryDraft;
  /** Posts the reimbursement of an approved claim (bank against reimbursements payable). ACCOUNTING. */
  markExpenseClaimPaid: ExpenseClaim;
  /**
   * Posts a balanced entry once per idempotency key. A MANUAL entry above the approval threshold is
   * refused (BAD_USER_INPUT with extensions.approvalRequired): save it with draftJournalEntry for a second person to approve.
   * EXPENSE, PAYROLL and ASSET entries name their source document (sourceId). ACCOUNTING and MANAGER.
   */
  postJournalEntry: JournalEntry;
  /** Posts an approved run, once: posting it again returns it. ACCOUNTING. */
  postPayroll: PayrollRun;
  /** Computes a month's (YYYY-MM) payroll as a draft, replacing the month's run not yet posted; after the month is posted, an ADJUSTMENT run of the differences. Refused (CONFLICT, reason HR_FACTS_BEHIND) while HR events already published have not reached accounting yet: preview again in a minute. ACCOUNTING. */
  previewPayroll: PayrollRun;
  /** Rejects the step the claim waits for, with the reason. Never the claimant. */
  rejectExpenseClaim: ExpenseClaim;
  /** Reopens a closed month, with the reason; audited. MANAGER only. */
  reopenPeriod: FiscalPeriod;
  /** Posts the mirror entry of a posted one, at most once. ACCOUNTING and MANAGER. */
  reverseJournalEntry: JournalEntry;
  /** Sets a department's budget for a year (optionally for one expense account); a change needs a reason. ACCOUNTING and MANAGER. */
  setBudget: Budget;
  /** Changes the control thresholds, with the reason; audited. MANAGER only. */
  setControlSettings: ControlSettings;
  /** Sets the rate for a currency from a date. ACCOUNTING only. */
  setExchangeRate: ExchangeRate;
  /** Changes the expense policy, with the reason; audited. ACCOUNTING. */
  setExpensePolicy: ExpensePolicy;
  /** Checks a draft against the policy and sends it to its first approver. The claimant only. */
  submitExpenseClaim: ExpenseClaim;
  /** Replaces a draft's title and lines. The claimant only. */
  updateExpenseClaim: ExpenseClaim;
  /** Replaces a draft's content while it waits; the editor can no longer approve it. ACCOUNTING and MANAGER. */
  updateJournalEntryDraft: JournalEntryDraft;
  /** Takes a claim back before it is decided. The claimant only. */
  withdrawExpenseClaim: ExpenseClaim;
};


export type MutationApproveExpenseClaimArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationApproveJournalEntryArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationApprovePayrollArgs = {
  runId: Scalars['ID']['input'];
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


export type MutationDiscardJournalEntryDraftArgs = {
  id: Scalars['ID']['input'];
  input: DiscardJournalEntryDraftInput;
};


export type MutationDraftExpenseClaimArgs = {
  input: ExpenseClaimInput;
};


export type MutationDraftJournalEntryArgs = {
  input: JournalEntryDraftInput;
};


export type MutationMarkExpenseClaimPaidArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  paidOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationPostJournalEntryArgs = {
  input: PostJournalEntryInput;
};


export type MutationPostPayrollArgs = {
  runId: Scalars['ID']['input'];
};


export type MutationPreviewPayrollArgs = {
  period: Scalars['String']['input'];
};


export type MutationRejectExpenseClaimArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReopenPeriodArgs = {
  input: ReopenPeriodInput;
};


export type MutationReverseJournalEntryArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ReverseJournalEntryInput>;
};


export type MutationSetBudgetArgs = {
  input: SetBudgetInput;
};


export type MutationSetControlSettingsArgs = {
  input: SetControlSettingsInput;
};


export type MutationSetExchangeRateArgs = {
  input: SetExchangeRateInput;
};


export type MutationSetExpensePolicyArgs = {
  input: SetExpensePolicyInput;
};


export type MutationSubmitExpenseClaimArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateExpenseClaimArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ExpenseClaimInput;
};


export type MutationUpdateJournalEntryDraftArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: JournalEntryDraftInput;
};


export type MutationWithdrawExpenseClaimArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The pay in force for part of the month, as HR recorded it. */
export type PayInForce = {
  __typename?: 'PayInForce';
  amount: Money;
  effectiveDate: Scalars['Date']['output'];
  /** ANNUAL, MONTHLY or HOURLY. */
  payFrequency: Scalars['String']['output'];
};

/** One person in a payroll run. ACCOUNTING and MANAGER. */
export type PayrollLine = {
  __typename?: 'PayrollLine';
  /** Calendar days employed in the month. */
  daysWorked: Scalars['Int']['output'];
  /** The cost centre: the department of the job in force on the last day employed in the month. */
  departmentId: Maybe<Scalars['ID']['output']>;
  /** HR's employee id. */
  employeeId: Scalars['ID']['output'];
  /** The month holds their last day. */
  finalPay: Scalars['Boolean']['output'];
  /** Gross pay for the month (for an ADJUSTMENT run, the difference from what was posted). */
  gross: Money;
  payInForce: Array<PayInForce>;
  /** Why the run does not pay this person (hourly pay, no pay known...); empty when it does. */
  problems: Array<Scalars['String']['output']>;
  /** Approved unpaid working days deducted, in half-day steps. */
  unpaidDays: Scalars['Float']['output'];
};

/** A month's payroll: computed from HR's records, approved by a second person, posted once. ACCOUNTING and MANAGER. */
export type PayrollRun = {
  __typename?: 'PayrollRun';
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  approvedBy: Maybe<Scalars['String']['output']>;
  /** People the run pays (lines without problems). */
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The entry posting it: salary expense per department against payroll liabilities. */
  journalEntry: Maybe<JournalEntry>;
  kind: PayrollRunKind;
  lines: Array<PayrollLine>;
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  postedAt: Maybe<Scalars['DateTime']['output']>;
  preparedAt: Scalars['DateTime']['output'];
  preparedBy: Scalars['String']['output'];
  status: PayrollRunStatus;
  total: Money;
};

export type PayrollRunKind =
  /** After the month's regular run was posted: the differences per person, never an edit. */
  | 'ADJUSTMENT'
  /** A month's pay. */
  | 'REGULAR';

export type PayrollRunStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'POSTED';

/** What a posted payroll run paid one person for a month. */
export type Payslip = {
  __typename?: 'Payslip';
  daysWorked: Scalars['Int']['output'];
  finalPay: Scalars['Boolean']['output'];
  gross: Money;
  kind: PayrollRunKind;
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  postedAt: Scalars['DateTime']['output'];
  unpaidDays: Scalars['Float']['output'];
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

/** An event a service published: what happened and what caused it, without its data. */
export type PublishedEvent = {
  __typename?: 'PublishedEvent';
  actor: Scalars['String']['output'];
  /** The event this one reacts to; null when a command or a job caused it. */
  causationId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  sequence: Scalars['Int']['output'];
  subject: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One account's lines with opening and running balance; null for an unknown account. ACCOUNTING and MANAGER only. */
  accountLedger: Maybe<AccountLedger>;
  /** What an auditor would ask about in a fiscal year's books. ACCOUNTING and MANAGER only. */
  auditFindings: Array<AuditFinding>;
  /** ACCOUNTING and MANAGER only. */
  balanceSheet: BalanceSheet;
  /** Every budget of a fiscal year with its spend, department-wide and per account. ACCOUNTING and MANAGER only. */
  budgets: Array<Budget>;
  /** The thresholds the controls use. ACCOUNTING and MANAGER only. */
  controlSettings: ControlSettings;
  /** Rates the ledger converts with, newest first. ACCOUNTING and MANAGER only. */
  exchangeRates: Array<ExchangeRate>;
  /** Claims waiting for the caller's decision: as line manager, and for ACCOUNTING those at its step. Oldest first. */
  expenseApprovalQueue: Array<ExpenseClaim>;
  /** One claim, if the caller may see it. */
  expenseClaim: Maybe<ExpenseClaim>;
  /** Expense claims the caller may see, newest first. */
  expenseClaims: ExpenseClaimConnection;
  /** The expense policy. Anyone signed in (claimants need to know it). */
  expensePolicy: ExpensePolicy;
  /** Approved expense claims (paid or not) per department and month of a year, by the date of their ledger entry: the spend the overview charts; departmentId narrows it to one. ACCOUNTING and MANAGER. */
  expenseSpendByMonth: Array<MonthlyExpenseSpend>;
  /** The twelve months of a fiscal year. ACCOUNTING and MANAGER only. */
  fiscalPeriods: Array<FiscalPeriod>;
  /** Capitalised equipment, by asset id. ACCOUNTING and MANAGER. */
  fixedAssets: FixedAssetConnection;
  /** ACCOUNTING and MANAGER only. */
  incomeStatement: IncomeStatement;
  /** Posted entries, filtered, a page at a time, by date and number (oldest first unless `order` says otherwise). ACCOUNTING and MANAGER only. */
  journalEntries: JournalEntryConnection;
  /** One posted entry. ACCOUNTING and MANAGER only. */
  journalEntry: Maybe<JournalEntry>;
  /** ACCOUNTING and MANAGER only. */
  journalEntryDraft: Maybe<JournalEntryDraft>;
  /** Manual entries waiting for approval (status DRAFT by default), oldest first. ACCOUNTING and MANAGER only. */
  journalEntryDrafts: Array<JournalEntryDraft>;
  /** The chart of accounts. ACCOUNTING and MANAGER only. */
  ledgerAccounts: Array<LedgerAccount>;
  /** ACCOUNTING and MANAGER. */
  payrollRun: Maybe<PayrollRun>;
  /** A year's payroll runs, by month. ACCOUNTING and MANAGER. */
  payrollRuns: Array<PayrollRun>;
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


export type QueryAuditFindingsArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type QueryBalanceSheetArgs = {
  asOf: Scalars['Date']['input'];
};


export type QueryBudgetsArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type QueryExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExpenseClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpenseClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpenseClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExpenseSpendByMonthArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryFiscalPeriodsArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type QueryFixedAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FixedAssetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  order?: InputMaybe<JournalEntryOrder>;
};


export type QueryJournalEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJournalEntryDraftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJournalEntryDraftsArgs = {
  status?: InputMaybe<JournalEntryDraftStatus>;
};


export type QueryPayrollRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPayrollRunsArgs = {
  year: Scalars['Int']['input'];
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

export type SetBudgetInput = {
  /** An expense account to limit; leave out for the whole department. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** In the functional currency, zero or more. */
  amount: Scalars['Decimal']['input'];
  /** HR's department id. */
  departmentId: Scalars['ID']['input'];
  /** The version read, required to change an amount already set: a concurrent change is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear: Scalars['Int']['input'];
  /** Required to change an amount already set; kept in the audit trail. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type SetControlSettingsInput = {
  /** At least 0; left out, the threshold in force stays. */
  capitalisationThreshold?: InputMaybe<Scalars['Decimal']['input']>;
  manualApprovalThreshold: Scalars['Decimal']['input'];
  reason: Scalars['String']['input'];
  roundAmountThreshold: Scalars['Decimal']['input'];
  roundAmountUnit: Scalars['Decimal']['input'];
  unsupportedManualThreshold: Scalars['Decimal']['input'];
};

export type SetExchangeRateInput = {
  currency: Scalars['String']['input'];
  rate: Scalars['Decimal']['input'];
  validFrom: Scalars['Date']['input'];
};

export type SetExpensePolicyInput = {
  accountingApprovalAbove: Scalars['Decimal']['input'];
  /** Every category's limits (a category left out keeps its limits). */
  categories?: InputMaybe<Array<ExpenseCategoryLimitInput>>;
  maxLineAgeDays: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  receiptRequiredAbove: Scalars['Decimal']['input'];
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
  Asset: Asset;
  Correlation: Correlation;
  Department: Department;
  Employee: Employee;
  ExpenseClaim: ExpenseClaim;
  JournalEntry: JournalEntry;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Asset:
    ( { __typename: 'Asset' }
    & GraphQLRecursivePick<FederationTypes['Asset'], {"id":true}> );
  Correlation:
    ( { __typename: 'Correlation' }
    & GraphQLRecursivePick<FederationTypes['Correlation'], {"id":true}> );
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
  ExpenseClaim:
    ( { __typename: 'ExpenseClaim' }
    & GraphQLRecursivePick<FederationTypes['ExpenseClaim'], {"id":true}> );
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
  Asset: ResolverTypeWrapper<AssetReference>;
  AuditFinding: ResolverTypeWrapper<AuditFindingRecord>;
  AuditFindingKind: AuditFindingKind;
  BalanceSheet: ResolverTypeWrapper<BalanceSheetRecord>;
  Budget: ResolverTypeWrapper<BudgetRecord>;
  BudgetThresholdCrossing: ResolverTypeWrapper<BudgetThresholdCrossingRecord>;
  ControlSettings: ResolverTypeWrapper<ControlSettingsRecord>;
  Correlation: ResolverTypeWrapper<CorrelationRecord>;
  CreateLedgerAccountInput: CreateLedgerAccountInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentReference>;
  DepreciationMonth: ResolverTypeWrapper<DepreciationMonthRecord>;
  DiscardJournalEntryDraftInput: DiscardJournalEntryDraftInput;
  Employee: ResolverTypeWrapper<EmployeeReference>;
  ExchangeRate: ResolverTypeWrapper<ExchangeRateRecord>;
  ExpenseApprovalStep: ExpenseApprovalStep;
  ExpenseCategory: ExpenseCategory;
  ExpenseCategoryLimitInput: ExpenseCategoryLimitInput;
  ExpenseCategoryPolicy: ResolverTypeWrapper<ExpenseCategoryPolicyRecord>;
  ExpenseClaim: ResolverTypeWrapper<ExpenseClaimRecord>;
  ExpenseClaimConnection: ResolverTypeWrapper<Omit<ExpenseClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ExpenseClaimEdge']> }>;
  ExpenseClaimEdge: ResolverTypeWrapper<Omit<ExpenseClaimEdge, 'node'> & { node: ResolversTypes['ExpenseClaim'] }>;
  ExpenseClaimFilter: ExpenseClaimFilter;
  ExpenseClaimInput: ExpenseClaimInput;
  ExpenseClaimLine: ResolverTypeWrapper<ExpenseClaimLineRecord>;
  ExpenseClaimLineInput: ExpenseClaimLineInput;
  ExpenseClaimStatus: ExpenseClaimStatus;
  ExpenseDecision: ResolverTypeWrapper<ExpenseDecisionRecord>;
  ExpenseDecisionOutcome: ExpenseDecisionOutcome;
  ExpensePolicy: ResolverTypeWrapper<ExpensePolicyRecord>;
  ExpensePolicyFlag: ResolverTypeWrapper<ExpensePolicyFlagRecord>;
  ExpensePolicyFlagKind: ExpensePolicyFlagKind;
  FiscalPeriod: ResolverTypeWrapper<FiscalPeriodRecord>;
  FiscalPeriodStatus: FiscalPeriodStatus;
  FixedAsset: ResolverTypeWrapper<FixedAssetRecord>;
  FixedAssetConnection: ResolverTypeWrapper<Omit<FixedAssetConnection, 'edges'> & { edges: Array<ResolversTypes['FixedAssetEdge']> }>;
  FixedAssetEdge: ResolverTypeWrapper<Omit<FixedAssetEdge, 'node'> & { node: ResolversTypes['FixedAsset'] }>;
  FixedAssetFilter: FixedAssetFilter;
  FixedAssetStatus: FixedAssetStatus;
  IncomeStatement: ResolverTypeWrapper<IncomeStatementRecord>;
  JournalDraftLine: ResolverTypeWrapper<JournalDraftLineRecord>;
  JournalEntry: ResolverTypeWrapper<JournalEntryRecord>;
  JournalEntryConnection: ResolverTypeWrapper<Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversTypes['JournalEntryEdge']> }>;
  JournalEntryDraft: ResolverTypeWrapper<JournalDraftRecord>;
  JournalEntryDraftInput: JournalEntryDraftInput;
  JournalEntryDraftStatus: JournalEntryDraftStatus;
  JournalEntryEdge: ResolverTypeWrapper<Omit<JournalEntryEdge, 'node'> & { node: ResolversTypes['JournalEntry'] }>;
  JournalEntryFilter: JournalEntryFilter;
  JournalEntryOrder: JournalEntryOrder;
  JournalLine: ResolverTypeWrapper<JournalLineRecord>;
  JournalLineInput: JournalLineInput;
  JournalSource: JournalSource;
  LedgerAccount: ResolverTypeWrapper<LedgerAccountRecord>;
  LedgerAccountType: LedgerAccountType;
  LedgerMismatch: ResolverTypeWrapper<LedgerMismatchRecord>;
  LedgerVerification: ResolverTypeWrapper<LedgerVerificationRecord>;
  Money: ResolverTypeWrapper<Money>;
  MonthlyExpenseSpend: ResolverTypeWrapper<MonthlyExpenseSpendRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayInForce: ResolverTypeWrapper<PayInForceRecord>;
  PayrollLine: ResolverTypeWrapper<PayrollLineRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PayrollRun: ResolverTypeWrapper<PayrollRunRecord>;
  PayrollRunKind: PayrollRunKind;
  PayrollRunStatus: PayrollRunStatus;
  Payslip: ResolverTypeWrapper<PayslipRecord>;
  PostJournalEntryInput: PostJournalEntryInput;
  PublishedEvent: ResolverTypeWrapper<PublishedEventRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefusedPosting: ResolverTypeWrapper<RefusedPostingRecord>;
  ReopenPeriodInput: ReopenPeriodInput;
  ReportLine: ResolverTypeWrapper<ReportLineRecord>;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetBudgetInput: SetBudgetInput;
  SetControlSettingsInput: SetControlSettingsInput;
  SetExchangeRateInput: SetExchangeRateInput;
  SetExpensePolicyInput: SetExpensePolicyInput;
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
  Asset: AssetReference;
  AuditFinding: AuditFindingRecord;
  BalanceSheet: BalanceSheetRecord;
  Budget: BudgetRecord;
  BudgetThresholdCrossing: BudgetThresholdCrossingRecord;
  ControlSettings: ControlSettingsRecord;
  Correlation: CorrelationRecord;
  CreateLedgerAccountInput: CreateLedgerAccountInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentReference;
  DepreciationMonth: DepreciationMonthRecord;
  DiscardJournalEntryDraftInput: DiscardJournalEntryDraftInput;
  Employee: EmployeeReference;
  ExchangeRate: ExchangeRateRecord;
  ExpenseCategoryLimitInput: ExpenseCategoryLimitInput;
  ExpenseCategoryPolicy: ExpenseCategoryPolicyRecord;
  ExpenseClaim: ExpenseClaimRecord;
  ExpenseClaimConnection: Omit<ExpenseClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpenseClaimEdge']> };
  ExpenseClaimEdge: Omit<ExpenseClaimEdge, 'node'> & { node: ResolversParentTypes['ExpenseClaim'] };
  ExpenseClaimFilter: ExpenseClaimFilter;
  ExpenseClaimInput: ExpenseClaimInput;
  ExpenseClaimLine: ExpenseClaimLineRecord;
  ExpenseClaimLineInput: ExpenseClaimLineInput;
  ExpenseDecision: ExpenseDecisionRecord;
  ExpensePolicy: ExpensePolicyRecord;
  ExpensePolicyFlag: ExpensePolicyFlagRecord;
  FiscalPeriod: FiscalPeriodRecord;
  FixedAsset: FixedAssetRecord;
  FixedAssetConnection: Omit<FixedAssetConnection, 'edges'> & { edges: Array<ResolversParentTypes['FixedAssetEdge']> };
  FixedAssetEdge: Omit<FixedAssetEdge, 'node'> & { node: ResolversParentTypes['FixedAsset'] };
  FixedAssetFilter: FixedAssetFilter;
  IncomeStatement: IncomeStatementRecord;
  JournalDraftLine: JournalDraftLineRecord;
  JournalEntry: JournalEntryRecord;
  JournalEntryConnection: Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['JournalEntryEdge']> };
  JournalEntryDraft: JournalDraftRecord;
  JournalEntryDraftInput: JournalEntryDraftInput;
  JournalEntryEdge: Omit<JournalEntryEdge, 'node'> & { node: ResolversParentTypes['JournalEntry'] };
  JournalEntryFilter: JournalEntryFilter;
  JournalLine: JournalLineRecord;
  JournalLineInput: JournalLineInput;
  LedgerAccount: LedgerAccountRecord;
  LedgerMismatch: LedgerMismatchRecord;
  LedgerVerification: LedgerVerificationRecord;
  Money: Money;
  MonthlyExpenseSpend: MonthlyExpenseSpendRecord;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PayInForce: PayInForceRecord;
  PayrollLine: PayrollLineRecord;
  Float: Scalars['Float']['output'];
  PayrollRun: PayrollRunRecord;
  Payslip: PayslipRecord;
  PostJournalEntryInput: PostJournalEntryInput;
  PublishedEvent: PublishedEventRecord;
  Query: Record<PropertyKey, never>;
  RefusedPosting: RefusedPostingRecord;
  ReopenPeriodInput: ReopenPeriodInput;
  ReportLine: ReportLineRecord;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetBudgetInput: SetBudgetInput;
  SetControlSettingsInput: SetControlSettingsInput;
  SetExchangeRateInput: SetExchangeRateInput;
  SetExpensePolicyInput: SetExpensePolicyInput;
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

export type AssetResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset'], FederationReferenceType extends FederationReferenceTypes['Asset'] = FederationReferenceTypes['Asset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Asset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accumulatedDepreciation?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  bookValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  capitalised?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  disposedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditFindingResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['AuditFinding'] = ResolversParentTypes['AuditFinding']> = {
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditFindingKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingNumbers?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  refusedPosting?: Resolver<Maybe<ResolversTypes['RefusedPosting']>, ParentType, ContextType>;
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
  account?: Resolver<Maybe<ResolversTypes['LedgerAccount']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  crossings?: Resolver<Array<ResolversTypes['BudgetThresholdCrossing']>, ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shareUsed?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetThresholdCrossingResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['BudgetThresholdCrossing'] = ResolversParentTypes['BudgetThresholdCrossing']> = {
  crossedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ControlSettingsResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ControlSettings'] = ResolversParentTypes['ControlSettings']> = {
  capitalisationThreshold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  manualApprovalThreshold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roundAmountThreshold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  roundAmountUnit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unsupportedManualThreshold?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CorrelationResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Correlation'] = ResolversParentTypes['Correlation'], FederationReferenceType extends FederationReferenceTypes['Correlation'] = FederationReferenceTypes['Correlation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Correlation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountingEvents?: Resolver<Array<ResolversTypes['PublishedEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType, Partial<DepartmentBudgetArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spend?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType, Partial<DepartmentSpendArgs>>;
};

export type DepreciationMonthResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['DepreciationMonth'] = ResolversParentTypes['DepreciationMonth']> = {
  accumulated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  bookValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  posted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expenseClaims?: Resolver<Array<ResolversTypes['ExpenseClaim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payslips?: Resolver<Maybe<Array<ResolversTypes['Payslip']>>, ParentType, ContextType>;
};

export type ExchangeRateResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  setBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ExpenseCategoryPolicyResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpenseCategoryPolicy'] = ResolversParentTypes['ExpenseCategoryPolicy']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ExpenseCategory'], ParentType, ContextType>;
  perDayLimit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  perLineLimit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type ExpenseClaimResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpenseClaim'] = ResolversParentTypes['ExpenseClaim'], FederationReferenceType extends FederationReferenceTypes['ExpenseClaim'] = FederationReferenceTypes['ExpenseClaim']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExpenseClaim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approverId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  awaiting?: Resolver<Maybe<ResolversTypes['ExpenseApprovalStep']>, ParentType, ContextType>;
  budgetWarning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claimant?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['ExpenseDecision']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['ExpensePolicyFlag']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ExpenseClaimLine']>, ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paymentEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExpenseClaimStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExpenseClaimConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpenseClaimConnection'] = ResolversParentTypes['ExpenseClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExpenseClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ExpenseClaimEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpenseClaimEdge'] = ResolversParentTypes['ExpenseClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType>;
};

export type ExpenseClaimLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpenseClaimLine'] = ResolversParentTypes['ExpenseClaimLine']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ExpenseCategory'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  functionalAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merchant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  receiptReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExpenseDecisionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpenseDecision'] = ResolversParentTypes['ExpenseDecision']> = {
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ExpenseDecisionOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  step?: Resolver<ResolversTypes['ExpenseApprovalStep'], ParentType, ContextType>;
};

export type ExpensePolicyResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpensePolicy'] = ResolversParentTypes['ExpensePolicy']> = {
  accountingApprovalAbove?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['ExpenseCategoryPolicy']>, ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLineAgeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receiptRequiredAbove?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ExpensePolicyFlagResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['ExpensePolicyFlag'] = ResolversParentTypes['ExpensePolicyFlag']> = {
  kind?: Resolver<ResolversTypes['ExpensePolicyFlagKind'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherClaimId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type FiscalPeriodResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['FiscalPeriod'] = ResolversParentTypes['FiscalPeriod']> = {
  changedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FiscalPeriodStatus'], ParentType, ContextType>;
};

export type FixedAssetResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['FixedAsset'] = ResolversParentTypes['FixedAsset']> = {
  accumulatedDepreciation?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  acquiredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  asset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  bookValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  depreciationSchedule?: Resolver<Array<ResolversTypes['DepreciationMonth']>, ParentType, ContextType>;
  disposedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  originalCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FixedAssetStatus'], ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usefulLifeMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FixedAssetConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['FixedAssetConnection'] = ResolversParentTypes['FixedAssetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FixedAssetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FixedAssetEdgeResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['FixedAssetEdge'] = ResolversParentTypes['FixedAssetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FixedAsset'], ParentType, ContextType>;
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

export type JournalDraftLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['JournalDraftLine'] = ResolversParentTypes['JournalDraftLine']> = {
  account?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  debit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  preparedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['JournalSource'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JournalEntryConnectionResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['JournalEntryConnection'] = ResolversParentTypes['JournalEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JournalEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type JournalEntryDraftResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['JournalEntryDraft'] = ResolversParentTypes['JournalEntryDraft']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discardReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['JournalDraftLine']>, ParentType, ContextType>;
  memo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preparedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  preparedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JournalEntryDraftStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MonthlyExpenseSpendResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['MonthlyExpenseSpend'] = ResolversParentTypes['MonthlyExpenseSpend']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveExpenseClaim?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType, RequireFields<MutationApproveExpenseClaimArgs, 'expectedVersion' | 'id'>>;
  approveJournalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationApproveJournalEntryArgs, 'expectedVersion' | 'id'>>;
  approvePayroll?: Resolver<ResolversTypes['PayrollRun'], ParentType, ContextType, RequireFields<MutationApprovePayrollArgs, 'runId'>>;
  archiveLedgerAccount?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType, RequireFields<MutationArchiveLedgerAccountArgs, 'id'>>;
  closeFiscalYear?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationCloseFiscalYearArgs, 'fiscalYear'>>;
  closePeriod?: Resolver<ResolversTypes['FiscalPeriod'], ParentType, ContextType, RequireFields<MutationClosePeriodArgs, 'period'>>;
  createLedgerAccount?: Resolver<ResolversTypes['LedgerAccount'], ParentType, ContextType, RequireFields<MutationCreateLedgerAccountArgs, 'input'>>;
  discardJournalEntryDraft?: Resolver<ResolversTypes['JournalEntryDraft'], ParentType, ContextType, RequireFields<MutationDiscardJournalEntryDraftArgs, 'id' | 'input'>>;
  draftExpenseClaim?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType, RequireFields<MutationDraftExpenseClaimArgs, 'input'>>;
  draftJournalEntry?: Resolver<ResolversTypes['JournalEntryDraft'], ParentType, ContextType, RequireFields<MutationDraftJournalEntryArgs, 'input'>>;
  markExpenseClaimPaid?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType, RequireFields<MutationMarkExpenseClaimPaidArgs, 'expectedVersion' | 'id'>>;
  postJournalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationPostJournalEntryArgs, 'input'>>;
  postPayroll?: Resolver<ResolversTypes['PayrollRun'], ParentType, ContextType, RequireFields<MutationPostPayrollArgs, 'runId'>>;
  previewPayroll?: Resolver<ResolversTypes['PayrollRun'], ParentType, ContextType, RequireFields<MutationPreviewPayrollArgs, 'period'>>;
  rejectExpenseClaim?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType, RequireFields<MutationRejectExpenseClaimArgs, 'expectedVersion' | 'id' | 'reason'>>;
  reopenPeriod?: Resolver<ResolversTypes['FiscalPeriod'], ParentType, ContextType, RequireFields<MutationReopenPeriodArgs, 'input'>>;
  reverseJournalEntry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType, RequireFields<MutationReverseJournalEntryArgs, 'id'>>;
  setBudget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType, RequireFields<MutationSetBudgetArgs, 'input'>>;
  setControlSettings?: Resolver<ResolversTypes['ControlSettings'], ParentType, ContextType, RequireFields<MutationSetControlSettingsArgs, 'input'>>;
  setExchangeRate?: Resolver<ResolversTypes['ExchangeRate'], ParentType, ContextType, RequireFields<MutationSetExchangeRateArgs, 'input'>>;
  setExpensePolicy?: Resolver<ResolversTypes['ExpensePolicy'], ParentType, ContextType, RequireFields<MutationSetExpensePolicyArgs, 'input'>>;
  submitExpenseClaim?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType, RequireFields<MutationSubmitExpenseClaimArgs, 'expectedVersion' | 'id'>>;
  updateExpenseClaim?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType, RequireFields<MutationUpdateExpenseClaimArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateJournalEntryDraft?: Resolver<ResolversTypes['JournalEntryDraft'], ParentType, ContextType, RequireFields<MutationUpdateJournalEntryDraftArgs, 'expectedVersion' | 'id' | 'input'>>;
  withdrawExpenseClaim?: Resolver<ResolversTypes['ExpenseClaim'], ParentType, ContextType, RequireFields<MutationWithdrawExpenseClaimArgs, 'expectedVersion' | 'id'>>;
};

export type PageInfoResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PayInForceResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PayInForce'] = ResolversParentTypes['PayInForce']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payFrequency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PayrollLineResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PayrollLine'] = ResolversParentTypes['PayrollLine']> = {
  daysWorked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  employeeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  finalPay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payInForce?: Resolver<Array<ResolversTypes['PayInForce']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unpaidDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PayrollRunResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PayrollRun'] = ResolversParentTypes['PayrollRun']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PayrollRunKind'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PayrollLine']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  preparedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  preparedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PayrollRunStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PayslipResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Payslip'] = ResolversParentTypes['Payslip']> = {
  daysWorked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finalPay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PayrollRunKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unpaidDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PublishedEventResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['PublishedEvent'] = ResolversParentTypes['PublishedEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AccountingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accountLedger?: Resolver<Maybe<ResolversTypes['AccountLedger']>, ParentType, ContextType, RequireFields<QueryAccountLedgerArgs, 'accountId' | 'first' | 'from' | 'to'>>;
  auditFindings?: Resolver<Array<ResolversTypes['AuditFinding']>, ParentType, ContextType, RequireFields<QueryAuditFindingsArgs, 'fiscalYear'>>;
  balanceSheet?: Resolver<ResolversTypes['BalanceSheet'], ParentType, ContextType, RequireFields<QueryBalanceSheetArgs, 'asOf'>>;
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType, RequireFields<QueryBudgetsArgs, 'fiscalYear'>>;
  controlSettings?: Resolver<ResolversTypes['ControlSettings'], ParentType, ContextType>;
  exchangeRates?: Resolver<Array<ResolversTypes['ExchangeRate']>, ParentType, ContextType, Partial<QueryExchangeRatesArgs>>;
  expenseApprovalQueue?: Resolver<Array<ResolversTypes['ExpenseClaim']>, ParentType, ContextType>;
  expenseClaim?: Resolver<Maybe<ResolversTypes['ExpenseClaim']>, ParentType, ContextType, RequireFields<QueryExpenseClaimArgs, 'id'>>;
  expenseClaims?: Resolver<ResolversTypes['ExpenseClaimConnection'], ParentType, ContextType, RequireFields<QueryExpenseClaimsArgs, 'first'>>;
  expensePolicy?: Resolver<ResolversTypes['ExpensePolicy'], ParentType, ContextType>;
  expenseSpendByMonth?: Resolver<Array<ResolversTypes['MonthlyExpenseSpend']>, ParentType, ContextType, RequireFields<QueryExpenseSpendByMonthArgs, 'year'>>;
  fiscalPeriods?: Resolver<Array<ResolversTypes['FiscalPeriod']>, ParentType, ContextType, RequireFields<QueryFiscalPeriodsArgs, 'fiscalYear'>>;
  fixedAssets?: Resolver<ResolversTypes['FixedAssetConnection'], ParentType, ContextType, RequireFields<QueryFixedAssetsArgs, 'first'>>;
  incomeStatement?: Resolver<ResolversTypes['IncomeStatement'], ParentType, ContextType, RequireFields<QueryIncomeStatementArgs, 'from' | 'to'>>;
  journalEntries?: Resolver<ResolversTypes['JournalEntryConnection'], ParentType, ContextType, RequireFields<QueryJournalEntriesArgs, 'first' | 'order'>>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<QueryJournalEntryArgs, 'id'>>;
  journalEntryDraft?: Resolver<Maybe<ResolversTypes['JournalEntryDraft']>, ParentType, ContextType, RequireFields<QueryJournalEntryDraftArgs, 'id'>>;
  journalEntryDrafts?: Resolver<Array<ResolversTypes['JournalEntryDraft']>, ParentType, ContextType, RequireFields<QueryJournalEntryDraftsArgs, 'status'>>;
  ledgerAccounts?: Resolver<Array<ResolversTypes['LedgerAccount']>, ParentType, ContextType>;
  payrollRun?: Resolver<Maybe<ResolversTypes['PayrollRun']>, ParentType, ContextType, RequireFields<QueryPayrollRunArgs, 'id'>>;
  payrollRuns?: Resolver<Array<ResolversTypes['PayrollRun']>, ParentType, ContextType, RequireFields<QueryPayrollRunsArgs, 'year'>>;
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
  Asset?: AssetResolvers<ContextType>;
  AuditFinding?: AuditFindingResolvers<ContextType>;
  BalanceSheet?: BalanceSheetResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  BudgetThresholdCrossing?: BudgetThresholdCrossingResolvers<ContextType>;
  ControlSettings?: ControlSettingsResolvers<ContextType>;
  Correlation?: CorrelationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DepreciationMonth?: DepreciationMonthResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  ExpenseCategoryPolicy?: ExpenseCategoryPolicyResolvers<ContextType>;
  ExpenseClaim?: ExpenseClaimResolvers<ContextType>;
  ExpenseClaimConnection?: ExpenseClaimConnectionResolvers<ContextType>;
  ExpenseClaimEdge?: ExpenseClaimEdgeResolvers<ContextType>;
  ExpenseClaimLine?: ExpenseClaimLineResolvers<ContextType>;
  ExpenseDecision?: ExpenseDecisionResolvers<ContextType>;
  ExpensePolicy?: ExpensePolicyResolvers<ContextType>;
  ExpensePolicyFlag?: ExpensePolicyFlagResolvers<ContextType>;
  FiscalPeriod?: FiscalPeriodResolvers<ContextType>;
  FixedAsset?: FixedAssetResolvers<ContextType>;
  FixedAssetConnection?: FixedAssetConnectionResolvers<ContextType>;
  FixedAssetEdge?: FixedAssetEdgeResolvers<ContextType>;
  IncomeStatement?: IncomeStatementResolvers<ContextType>;
  JournalDraftLine?: JournalDraftLineResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalEntryConnection?: JournalEntryConnectionResolvers<ContextType>;
  JournalEntryDraft?: JournalEntryDraftResolvers<ContextType>;
  JournalEntryEdge?: JournalEntryEdgeResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  LedgerAccount?: LedgerAccountResolvers<ContextType>;
  LedgerMismatch?: LedgerMismatchResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MonthlyExpenseSpend?: MonthlyExpenseSpendResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PayInForce?: PayInForceResolvers<ContextType>;
  PayrollLine?: PayrollLineResolvers<ContextType>;
  PayrollRun?: PayrollRunResolvers<ContextType>;
  Payslip?: PayslipResolvers<ContextType>;
  PublishedEvent?: PublishedEventResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefusedPosting?: RefusedPostingResolvers<ContextType>;
  ReportLine?: ReportLineResolvers<ContextType>;
  TrialBalance?: TrialBalanceResolvers<ContextType>;
  TrialBalanceLine?: TrialBalanceLineResolvers<ContextType>;
};

