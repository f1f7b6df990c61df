import { Conflict, Forbidden, Refused, staleVersion, type FieldProblem } from '@backoffice/platform/domain-errors';
import type { Sql } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import { rateOn } from '../exchange-rates/exchange-rate.queries';
import type { LedgerSettings } from '../ledger-modules';
import { convert, fromCents, fromRateUnits, toCents, toRateUnits } from '../money';
import { expenseClaimInput } from './expense-claim.inputs';
import type { ExpenseCategory, ExpenseClaimRecord, ExpenseClaimStatus, ExpensePolicyFlagRecord, ExpensePolicyRecord } from './expense-claim.record';
import type { ClaimLineToStore } from './expense-claim.repository';

// The rules every claim command shares: what a claim holds, who may touch it, and the policy.

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

// A claim's title and lines as stored: each line also in the functional currency, at the rate in
// force on the line's date (a line in a currency without a rate is refused, naming it).
export async function claimContent(db: Sql, input: unknown, settings: LedgerSettings): Promise<{ title: string; total: string; lines: ClaimLineToStore[] }> {
  const claim = parseInput(expenseClaimInput, input);
  const problems: FieldProblem[] = [];
  const lines: ClaimLineToStore[] = [];
  for (const [index, line] of claim.lines.entries()) {
    const currency = line.currency ?? settings.functionalCurrency;
    const cents = toCents(line.amount)!;
    let rate: string | null = null;
    let functional = cents;
    if (currency !== settings.functionalCurrency) {
      const found = await rateOn(db, currency, line.date);
      if (!found) {
        problems.push({ field: `input.lines.${index}.currency`, message: `no ${currency} rate on or before ${line.date}; ACCOUNTING sets rates with setExchangeRate` });
        continue;
      }
      const units = toRateUnits(found)!;
      rate = fromRateUnits(units);
      functional = convert(cents, units);
    }
    lines.push({
      lineNo: index + 1,
      date: line.date,
      category: line.category,
      amount: fromCents(cents),
      currency,
      functionalAmount: fromCents(functional),
      rate,
      merchant: line.merchant,
      description: line.description ?? null,
      receiptReference: line.receiptReference ?? null,
    });
  }
  if (problems.length) throw new Refused(`The claim cannot be saved: ${problems.map((problem) => `${problem.field} (${problem.message})`).join('; ')}.`, problems);
  return { title: claim.title, total: fromCents(lines.reduce((sum, line) => sum + toCents(line.functionalAmount)!, 0n)), lines };
}

export function requireClaimant(claim: ExpenseClaimRecord, actor: string | null): void {
  if (actor !== claim.claimantId) throw new Forbidden('Only the claimant may change, submit or withdraw their claim.');
}

export function requireVersion(claim: ExpenseClaimRecord, expectedVersion: number): void {
  if (claim.version !== expectedVersion) throw staleVersion('Expense claim', claim.id, expectedVersion, claim.version);
}

const STATUS_WORDS: Record<ExpenseClaimStatus, string> = {
  DRAFT: 'still a draft',
  SUBMITTED: 'submitted and waiting for a decision',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
  PAID: 'paid',
};

// The claim is in one of `allowed`, or the caller learns where it stands (CONFLICT: it moved on).
export function requireStatus(claim: ExpenseClaimRecord, allowed: readonly ExpenseClaimStatus[], doing: string): void {
  if (!allowed.includes(claim.status)) throw new Conflict(`This claim is ${STATUS_WORDS[claim.status]}: it cannot be ${doing}.`, { status: claim.status, version: claim.version });
}

// Nobody decides their own claim; the LINE_MANAGER step is the claimant's line manager's alone,
// the ACCOUNTING step ACCOUNTING's.
export function requireDecider(claim: ExpenseClaimRecord, decider: { id: string | null; accounting: boolean }): void {
  if (!decider.id) throw new Forbidden('An expense claim is decided by a person: sign in as the line manager or the accountant deciding it.');
  if (decider.id === claim.claimantId) throw new Forbidden('You cannot decide your own expense claim: a second person decides it (your line manager, then ACCOUNTING).');
  if (claim.awaiting === 'LINE_MANAGER' && decider.id !== claim.approverId) throw new Forbidden("This claim waits for the claimant's line manager's decision; only they can decide this step.");
  if (claim.awaiting === 'ACCOUNTING' && !decider.accounting) throw new Forbidden("This claim waits for ACCOUNTING's decision.");
}

type OtherLine = { claimId: string; date: string; category: ExpenseCategory; amount: string; currency: string; functionalAmount: string; merchant: string };

// The policy at submission: what refuses the claim (each offending line and field, with the
// reason), and what only flags it for the approver (a likely duplicate).
export function checkPolicy(
  claim: Pick<ExpenseClaimRecord, 'lines'>,
  policy: ExpensePolicyRecord,
  today: string,
  others: readonly OtherLine[],
): { problems: FieldProblem[]; flags: ExpensePolicyFlagRecord[] } {
  const problems: FieldProblem[] = [];
  const flags: ExpensePolicyFlagRecord[] = [];
  const money = (amount: string) => `${amount} ${policy.currency}`;
  const limits = new Map(policy.categories.map((category) => [category.category, category]));
  for (const [index, line] of claim.lines.entries()) {
    const field = `lines.${index}`;
    const age = daysBetween(line.date, today);
    if (age < 0) problems.push({ field: `${field}.date`, message: `is in the future (${line.date}); claim it once it is spent` });
    else if (age > policy.maxLineAgeDays) problems.push({ field: `${field}.date`, message: `is ${age} days old; the policy accepts lines up to ${policy.maxLineAgeDays} days old` });
    const functional = toCents(line.functionalAmount)!;
    const limit = limits.get(line.category);
    if (limit?.perLineLimit && functional > toCents(limit.perLineLimit)!) {
      problems.push({ field: `${field}.amount`, message: `${money(line.functionalAmount)} is above the ${line.category} limit of ${money(limit.perLineLimit)} a line` });
    }
    if (functional > toCents(policy.receiptRequiredAbove)! && !line.receiptReference) {
      problems.push({ field: `${field}.receiptReference`, message: `a receipt is required above ${money(policy.receiptRequiredAbove)}` });
    }
    const duplicate = others.find((other) => other.date === line.date && other.amount === line.amount && other.currency === line.currency && other.merchant.trim().toLowerCase() === line.merchant.trim().toLowerCase());
    if (duplicate) {
      flags.push({ kind: 'LIKELY_DUPLICATE', lineNo: line.lineNo, otherClaimId: duplicate.claimId, message: `Same amount, date and merchant (${line.amount} ${line.currency} at ${line.merchant} on ${line.date}) as a line of another claim of this person.` });
    }
  }
  // Per day and category, across this claim and the person's other live claims.
  const days = new Map<string, bigint>();
  const key = (date: string, category: string) => `${date}|${category}`;
  for (const other of others) days.set(key(other.date, other.category), (days.get(key(other.date, other.category)) ?? 0n) + toCents(other.functionalAmount)!);
  for (const line of claim.lines) days.set(key(line.date, line.category), (days.get(key(line.date, line.category)) ?? 0n) + toCents(line.functionalAmount)!);
  for (const [index, line] of claim.lines.entries()) {
    const limit = limits.get(line.category)?.perDayLimit;
    const spent = days.get(key(line.date, line.category))!;
    if (limit && spent > toCents(limit)!) {
      problems.push({ field: `lines.${index}.amount`, message: `${line.category} on ${line.date} comes to ${money(fromCents(spent))} with your other claims, above the limit of ${money(limit)} a day` });
    }
  }
  return { problems, flags };
}

// What every event of a claim says (analysts read the topic: no merchant, description or receipt).
export function eventFacts(claim: ExpenseClaimRecord) {
  return {
    claimId: claim.id,
    employeeId: claim.claimantId,
    departmentId: claim.departmentId,
    total: claim.total,
    currency: claim.currency,
    lineCount: claim.lines.length,
    status: claim.status as Exclude<ExpenseClaimStatus, 'DRAFT'>,
  };
}
