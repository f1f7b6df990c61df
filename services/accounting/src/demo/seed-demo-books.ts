import { randomUUID } from 'node:crypto';
import type { Logger } from '@backoffice/platform/logger';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { holidays } from '@backoffice/workforce/workforce.queries';
import { setBudget } from '../budgets/budget.commands/set-budget';
import { approveJournalEntry } from '../journal/journal.commands/approve-journal-entry';
import { draftJournalEntry } from '../journal/journal.commands/draft-journal-entry';
import type { JournalEntryDraftInput } from '../journal/journal.inputs';
import { closePeriod } from '../journal/journal.commands/close-period';
import { postJournalEntry } from '../journal/journal.commands/post-journal-entry';
import type { PostJournalEntryInput } from '../journal/journal.inputs';
import { PeriodClosed } from '../journal/journal.rules';
import { chartOfAccounts } from '../ledger-accounts/ledger-account.queries';
import type { LedgerModules } from '../ledger-modules';
import { fromCents, toCents } from '../money';
import { approvePayroll } from '../payroll/payroll.commands/approve-payroll';
import { postPayroll } from '../payroll/payroll.commands/post-payroll';
import { previewPayroll } from '../payroll/payroll.commands/preview-payroll';
import type { HrFacts } from '../hr-facts';
import { computeMonth, paidLines } from '../payroll/payroll.rules';
import { demoBooksSeeded, underSeedLock } from './demo.repository';

// A believable year of books for the demo company, posted through the same commands a client
// calls, from 1 January to the business clock's today: opening balances, rent, software,
// equipment, travel, and each completed month's payroll computed from the workforce projection,
// approved and posted; budgets chosen from that spend (two departments above 80%, one of them
// above 100%), the first quarter closed after its payroll, one manual entry waiting for its
// approver, and a few things on purpose for the audit findings: a late invoice refused by the
// closed quarter, a manual entry above the unsupported threshold without a source document, a
// round-amount manual entry and one dated on a Saturday. Direct postings carry idempotency keys
// `demo:<year>:…`; finding one, a re-run (or a second replica, once the seed lock is free) posts
// nothing. The departments, and what their people cost each month, are the payroll's.

// `maker` prepares the manual entries and the payroll runs and posts the runs; `approver`
// (someone else) approves both, sets the budgets and closes the quarter.
export type DemoBooksInput = { maker: string; approver: string };

type Post = { kind: 'post'; date: string; by: string; input: PostJournalEntryInput };
// A manual entry above the approval threshold: drafted by the maker, approved by the approver.
type FourEyes = { kind: 'four-eyes'; date: string; input: JournalEntryDraftInput };
// A completed month's payroll: previewed by the maker, approved by the approver, posted by the
// maker; `lines` is what the run is planned to debit, for the budgets.
type Payroll = { kind: 'payroll'; date: string; period: string; input: { lines: Array<{ departmentId?: string; debit?: string }> } };
type Step = Post | FourEyes | Payroll;

// The seed starts once the projection's count of the company has held steady
// (seed-demo-books-on-start.ts), and it computes months long past: nothing to wait for.
const workforceAlreadySettled: HrFacts = { eventsNotYetApplied: () => Promise.resolve(0) };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TRAVEL = ['Client visits', 'Conference travel', 'Customer workshop', 'Team offsite travel'];
// Budget used by the end of the seeded spend, in basis points: the largest department ends over
// budget, the second close to it, the others comfortably inside.
const OVER_BUDGET_BP = 10_850n;
const NEAR_BUDGET_BP = 8_750n;
const inside = (index: number) => 5_200n + 600n * BigInt(index % 4);

export async function seedDemoBooks(modules: LedgerModules, input: DemoBooksInput, logger: Logger): Promise<number> {
  if (input.maker === input.approver) throw new Error('The demo books need two people: a manual entry cannot be approved by its maker.');
  return underSeedLock(modules.dataSource, demoBooksSeeded, async (alreadySeeded) => {
    if (alreadySeeded) return 0;
    const posted = await seed(modules, input, logger);
    logger.info('demo books seeded', { entries: posted, year: modules.clock.today().slice(0, 4) });
    return posted;
  });
}

async function seed(modules: LedgerModules, { maker, approver }: DemoBooksInput, logger: Logger): Promise<number> {
  const correlationId = randomUUID();
  const as = (actor: string): EventMetadata => ({ actor, correlationId });
  const today = modules.clock.today();
  const year = Number(today.slice(0, 4));
  const currentMonth = Number(today.slice(5, 7));
  const accountIds = new Map((await chartOfAccounts(modules.dataSource)).map((account) => [account.code, account.id]));
  const account = (code: string): string => {
    const id = accountIds.get(code);
    if (!id) throw new Error(`The demo books need account ${code} in the chart of accounts.`);
    return id;
  };
  const calendar = new Set((await holidays(modules.dataSource, year)).map((holiday) => holiday.date));
  const working = (date: string) => !isWeekend(date) && !calendar.has(date);
  const workingOnOrAfter = (date: string): string => (working(date) ? date : workingOnOrAfter(addDays(date, 1)));
  const workingOnOrBefore = (date: string): string => (working(date) ? date : workingOnOrBefore(addDays(date, -1)));
  // Each month's payroll by department as the workforce projection says now (the current month's
  // too, to size its travel); largest yearly cost first (ties by id), so the same departments end
  // over and near budget every time.
  const payrollOf = new Map<number, Map<string, bigint>>();
  const paidIn = new Set<number>();
  for (let month = 1; month <= currentMonth; month += 1) {
    const byDepartment = new Map<string, bigint>();
    const paid = paidLines(await computeMonth(modules.dataSource, `${year}-${String(month).padStart(2, '0')}`, modules.settings));
    for (const line of paid) {
      if (line.departmentId) byDepartment.set(line.departmentId, (byDepartment.get(line.departmentId) ?? 0n) + toCents(line.gross)!);
    }
    payrollOf.set(month, byDepartment);
    if (paid.length) paidIn.add(month);
  }
  const yearly = new Map<string, bigint>();
  for (const byDepartment of payrollOf.values()) for (const [id, cents] of byDepartment) yearly.set(id, (yearly.get(id) ?? 0n) + cents);
  const departments = [...yearly]
    .map(([id, cost]) => ({ id, cost }))
    .sort((a, b) => (a.cost === b.cost ? a.id.localeCompare(b.id) : a.cost > b.cost ? -1 : 1));

  const steps: Step[] = [];
  const post = (date: string, entry: Omit<PostJournalEntryInput, 'date' | 'source'> & { source?: PostJournalEntryInput['source'] }, by = maker) =>
    steps.push({ kind: 'post', date, by, input: { source: 'MANUAL', ...entry, date } });
  const debitCredit = (debit: string, credit: string, amount: bigint, departmentId?: string) => [
    { accountId: account(debit), debit: fromCents(amount), ...(departmentId ? { departmentId } : {}) },
    { accountId: account(credit), credit: fromCents(amount) },
  ];

  const opening = { cash: 185_000_000n, equipment: 9_640_000n, depreciation: 1_825_000n, payables: 4_218_000n, capital: 50_000_000n };
  post(`${year}-01-01`, {
    idempotencyKey: `demo:${year}:opening`,
    memo: `Opening balances ${year}, brought forward from last year's closed books`,
    source: 'OPENING',
    lines: [
      { accountId: account('1000'), debit: fromCents(opening.cash) },
      { accountId: account('1500'), debit: fromCents(opening.equipment) },
      { accountId: account('1590'), credit: fromCents(opening.depreciation) },
      { accountId: account('2000'), credit: fromCents(opening.payables) },
      { accountId: account('3000'), credit: fromCents(opening.capital) },
      { accountId: account('3100'), credit: fromCents(opening.cash + opening.equipment - opening.depreciation - opening.payables - opening.capital) },
    ],
  });

  for (let month = 1; month <= currentMonth; month += 1) {
    const mm = String(month).padStart(2, '0');
    const name = `${MONTHS[month - 1]} ${year}`;
    const day = (d: number) => `${year}-${mm}-${String(d).padStart(2, '0')}`;
    post(workingOnOrAfter(day(1)), { idempotencyKey: `demo:${year}:rent:${mm}`, memo: `Office rent, ${name}`, sourceId: `LEASE-${year}-${mm}`, lines: debitCredit('6600', '1000', 935_000n) });
    const software = month < 7 ? 248_640n : 273_190n;
    post(workingOnOrAfter(day(10)), { idempotencyKey: `demo:${year}:software:${mm}`, memo: `Software subscriptions, ${name}`, sourceId: `SAAS-${year}-${mm}`, lines: debitCredit('6300', '1000', software) });
    for (const [index, { id }] of departments.entries()) {
      const department = { id, cost: payrollOf.get(month)!.get(id) ?? 0n };
      if (department.cost === 0n) continue;
      // 2.5% to 3.5% of the department's pay, never a round amount.
      const travel = max((department.cost * BigInt(25 + ((index * 7 + month * 5) % 11))) / 1000n, 15_000n) + BigInt(1 + ((index * 37 + month * 13) % 98));
      post(workingOnOrAfter(day(15 + (index % 5))), {
        idempotencyKey: `demo:${year}:travel:${mm}:${index + 1}`,
        memo: `${TRAVEL[(index + month) % TRAVEL.length]}, ${name}`,
        source: 'EXPENSE',
        sourceId: `CLAIM-${year}-${mm}-${String(index + 1).padStart(3, '0')}`,
        lines: debitCredit('6200', '1000', travel, department.id),
      });
      if (month % 3 === 2) {
        const equipment = min((department.cost * 15n) / 1000n, 420_000n) + BigInt(1 + ((index * 53 + month * 7) % 98));
        post(workingOnOrAfter(day(20 + (index % 4))), {
          idempotencyKey: `demo:${year}:equipment:${mm}:${index + 1}`,
          memo: `Monitors, docks and headsets, ${name}`,
          sourceId: `IT-INV-${year}-${mm}-${String(index + 1).padStart(3, '0')}`,
          lines: debitCredit('6700', '1000', equipment, department.id),
        });
      }
    }
    if (month === 2) {
      steps.push({
        kind: 'four-eyes',
        date: workingOnOrAfter(day(12)),
        input: { date: workingOnOrAfter(day(12)), memo: 'Laptops for new joiners (24 × 14-inch), capitalised', sourceId: `PO-${year}-0142`, lines: debitCredit('1500', '2000', 3_187_200n) },
      });
    }
    // Payroll posts on the month's last day, so only completed months have theirs.
    if (month < currentMonth && paidIn.has(month)) {
      const planned = [...payrollOf.get(month)!].map(([departmentId, cents]) => ({ departmentId, debit: fromCents(cents) }));
      steps.push({ kind: 'payroll', date: day(daysInMonth(year, month)), period: `${year}-${mm}`, input: { lines: planned } });
    }
  }

  // What the manager's findings show, in the months still open (after the closed quarter).
  const closesQuarter = currentMonth > 3;
  const openFrom = closesQuarter ? `${year}-04-01` : `${year}-01-01`;
  const inOpenMonths = (date: string) => date >= openFrom && date <= today;
  const [first, second, third] = [departments[0]?.id, departments[1]?.id ?? departments[0]?.id, departments[2]?.id ?? departments[0]?.id];
  const unsupportedOn = workingOnOrBefore(addDays(today, -9));
  if (inOpenMonths(unsupportedOn)) {
    post(unsupportedOn, { idempotencyKey: `demo:${year}:consulting-fee`, memo: 'Consulting fee, invoice to follow', lines: debitCredit('6900', '2000', 746_825n, second) });
  }
  const roundOn = workingOnOrBefore(addDays(today, -4));
  if (inOpenMonths(roundOn)) {
    post(roundOn, { idempotencyKey: `demo:${year}:agency-retainer`, memo: 'Recruitment agency retainer', sourceId: `AGENCY-${year}-017`, lines: debitCredit('6900', '2000', 600_000n, third) });
  }
  let saturday = addDays(today, -7);
  while (!isSaturday(saturday)) saturday = addDays(saturday, -1);
  if (saturday < openFrom) saturday = addDays(saturday, 7 * Math.ceil((dayNumber(openFrom) - dayNumber(saturday)) / 7));
  if (inOpenMonths(saturday)) {
    post(saturday, { idempotencyKey: `demo:${year}:saturday-parts`, memo: 'Replacement server disks, bought on a Saturday', lines: debitCredit('6700', '1000', 68_490n, first) });
  }

  const dueSteps = steps.filter((step) => step.date <= today).sort((a, b) => a.date.localeCompare(b.date));

  // Budgets first, as a year's plan would be, so the postings that take spend across 80% and 100%
  // record their crossings.
  const spend = new Map<string, bigint>();
  for (const step of dueSteps) {
    for (const line of step.input.lines) {
      if (line.departmentId && line.debit) spend.set(line.departmentId, (spend.get(line.departmentId) ?? 0n) + toCents(line.debit)!);
    }
  }
  for (const [index, department] of departments.entries()) {
    const spent = spend.get(department.id) ?? 0n;
    if (spent === 0n) continue;
    const share = index === 0 ? OVER_BUDGET_BP : index === 1 ? NEAR_BUDGET_BP : inside(index - 2);
    await setBudget(modules, { departmentId: department.id, fiscalYear: year, amount: fromCents(budgetFor(spent, share)) }, as(approver));
  }

  let posted = 0;
  for (const step of dueSteps) {
    if (step.kind === 'post') {
      await postJournalEntry(modules, step.input, as(step.by));
    } else if (step.kind === 'payroll') {
      const run = await previewPayroll(modules, step.period, as(maker), workforceAlreadySettled);
      await approvePayroll(modules, run.id, as(approver));
      await postPayroll(modules, run.id, as(maker));
    } else {
      const draft = await draftJournalEntry(modules, step.input, as(maker));
      await approveJournalEntry(modules, draft.id, draft.version, as(approver));
    }
    posted += 1;
  }

  if (closesQuarter) {
    for (const mm of ['01', '02', '03']) await closePeriod(modules, `${year}-${mm}`, as(approver));
    // A supplier's March invoice that arrived after the close: refused, and kept for the auditors.
    const lateOn = workingOnOrBefore(`${year}-03-31`);
    try {
      await postJournalEntry(
        modules,
        { idempotencyKey: `demo:${year}:late-invoice`, date: lateOn, memo: 'Office supplies, March invoice received late', sourceId: `SUP-${year}-0311`, lines: debitCredit('6400', '2000', 31_240n) },
        as(maker),
      );
      logger.warn('demo books: the late invoice posted into the closed quarter');
    } catch (error) {
      if (!(error instanceof PeriodClosed)) throw error;
    }
  }

  // One manual entry waiting for its approver.
  const pendingOn = workingOnOrBefore(today);
  if (pendingOn >= openFrom) {
    await draftJournalEntry(
      modules,
      { date: pendingOn, memo: 'Accrual for the external audit fee', sourceId: `AUDIT-LETTER-${year}`, lines: debitCredit('6900', '2300', 1_485_000n) },
      as(maker),
    );
  }
  return posted;
}

// The amount that `spent` uses `shareBp` basis points of, rounded to a hundred (a thousand for
// six figures and above) as a budget would be.
function budgetFor(spent: bigint, shareBp: bigint): bigint {
  const exact = (spent * 10_000n) / shareBp;
  const unit = exact >= 10_000_000n ? 100_000n : 10_000n;
  return max(((exact + unit / 2n) / unit) * unit, unit);
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
const max = (a: bigint, b: bigint) => (a > b ? a : b);
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;
const isSaturday = (date: string) => weekday(date) === 6;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
