import { randomUUID } from 'node:crypto';
import { employeeHired, employeeTerminated } from '@backoffice/events/hr-events';
import { reactionFailedContracts } from '@backoffice/events/reaction-events';
import { createServiceDataSource, serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import type { Principal, Role } from '@backoffice/platform/identity';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { hrEvents } from '@backoffice/testkit/hr-events';
import { requiredEnv } from '@backoffice/testkit/isolation';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { ROLE_COLUMNS, type Column, type RoleColumn } from './authorization-matrix';
import type { Stack, SubgraphName } from './stack';
import { bearer, signToken } from './tokens';

// The people and records the authorization matrix is run against, and the callers of each of
// its columns. Built once per stack through HR's own mutations, as HR.

export type Person = { id: string };

export type World = {
  stack: Stack;
  // Today in UTC. The services' business day is within a day of it; every date the probes use
  // keeps weeks of margin from it.
  today: string;
  // Sets records up and reads writes back: HR, and nobody any row is about. One of several, in
  // turn, as the gateway limits each caller's requests per minute.
  hr(): Principal;
  roleCallers: Record<RoleColumn, Principal>;
  // Everyone the matrix hires works here unless said; its access bundle (set by IT before the
  // first hire) gives them the systems for everyone and BUNDLE_SYSTEM.
  department: { id: string; code: string };
  // The line manager of every person the rows are about.
  lineManager: Person;
  // Whom the read rows are about: the head of `department`, reporting to `lineManager`, with
  // private data, pay, a pending leave request, a leave balance, a termination in the future
  // (which IT holds as a pending change of their access), the accounts of the department's
  // bundle, a desktop, a licence seat and a department budget to see.
  subject: Person;
  // The subject's onboarding (HR opened it at the hire) and the chain of events of that hire (its
  // correlation id), which HR, accounting and IT each add their events to.
  onboardingId: string;
  hireCorrelationId: string;
  leaveRequestId: string;
  // Keeps the books in the accounting rows: posts and reads entries, as one of several
  // ACCOUNTING callers in turn; a posted entry and two accounts to post to.
  bookkeeper(): Principal;
  journalEntryId: string;
  // A manual entry a bookkeeper saved for a second person's approval, left waiting.
  journalDraftId: string;
  // The subject's expense claim: submitted once accounting knew their line manager, approved by
  // that line manager (so posted) and paid, so it has both entries.
  expenseClaimId: string;
  // The policy's amount above which a claim also needs ACCOUNTING's approval.
  accountingApprovalAbove: number;
  // Last month's payroll run, previewed by a bookkeeper, approved by a MANAGER and posted: the
  // subject's first payslip.
  payrollRunId: string;
  ledgerAccountIds: { expense: string; cash: string };
  // Runs the inventory in the IT rows: registers and hands out assets and seats and reads them
  // back, as one of several IT callers in turn.
  itStaff(): Principal;
  // The subject's desktop, registered and handed to them by IT: the only asset they hold, so its
  // holder, its hand-over and the second entry of its history name them. It cost more than the
  // capitalisation threshold, so accounting holds it as a fixed asset; it is the only DESKTOP the
  // matrix registers, so accounting's `fixedAssets(filter: { category: "DESKTOP" })` is it alone.
  heldAsset: { id: string; tag: string };
  // A phone IT registered and retired from stock, which accounting has disposed of: the only PHONE
  // the matrix registers.
  retiredAssetId: string;
  // An asset in stock: nobody holds it.
  stockAssetId: string;
  // A licence whose one seat taken is the subject's: their only seat.
  licenseId: string;
  // A team under `department` (its parent), with no access bundle of its own, whose one member
  // reports to the subject, holds an account IT granted outside the team's bundle (the team's only
  // finding of the access review) and moves into `department` months ahead (a pending move of
  // IT's access): the access review and the move lead back to the subject through HR's types.
  team: { id: string };
  teamMember: Person;
  // The subject's ticket: opened by the subject themself about their desktop, assigned to them by
  // IT, with a public comment and an internal note from IT. It is the only ticket they asked for,
  // so its requester, employee and assignee name them.
  ticketId: string;
  // A maintenance window of BUNDLE_SYSTEM IT planned on MAINTENANCE_DAY days from today, alone on
  // that day.
  maintenanceWindowId: string;
  // A fresh name for records that must not collide (department codes, emails, holidays).
  unique(): number;
};

// The caller of one cell. `self holding every role` runs the `self` column's "refused (second
// person needed)": the person themself, HR and MANAGER included.
export type CallerColumn = Column | 'self holding every role';
export const EVERY_HUMAN_ROLE: Role[] = ['MANAGER', 'HR', 'ACCOUNTING', 'IT', 'EMPLOYEE'];
export const SERVICE_ACCOUNT = 'authorization-matrix';

export const person = (employeeId: string, roles: Role[]): Principal => ({ employeeId, roles });

// A role column's caller is someone new for each cell (the gateway limits each caller's requests
// per minute, and a cell must not depend on the ones before it).
export function callerFor(world: World, column: CallerColumn, subject: Person | null): Principal {
  if (column === 'self' || column === 'self holding every role' || column === 'line manager') {
    if (!subject) throw new Error(`the column "${column}" needs a person the row is about: give its probe \`subject: true\`, or mark the cell n/a`);
    if (column === 'line manager') return person(world.lineManager.id, ['EMPLOYEE']);
    return person(subject.id, column === 'self' ? ['EMPLOYEE'] : EVERY_HUMAN_ROLE);
  }
  return roleCaller(column, world.unique());
}

export function roleCaller(column: RoleColumn, n: number): Principal {
  if (column === 'SERVICE only') return { employeeId: null, roles: ['SERVICE'], serviceAccount: `${SERVICE_ACCOUNT}-${n}` };
  return person(randomUUID(), [column]);
}

// A person's token carries their employee id as `sub`; a service account's, its name.
const tokens = new Map<string, string>();
function tokenFor(principal: Principal): string {
  const subject = principal.employeeId ?? principal.serviceAccount ?? null;
  const key = `${subject}:${principal.roles.join(',')}`;
  if (!tokens.has(key)) tokens.set(key, signToken({ employeeId: subject, roles: principal.roles }));
  return tokens.get(key)!;
}

export function viaGateway<TData = Record<string, unknown>>(world: World, principal: Principal, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<TData>> {
  return postGraphQL<TData>(world.stack.gatewayUrl, query, variables, bearer(tokenFor(principal)));
}

// Straight to a subgraph, with the identity header the gateway would sign for this caller.
export function atSubgraph<TData = Record<string, unknown>>(world: World, subgraph: SubgraphName, principal: Principal, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<TData>> {
  return postGraphQL<TData>(world.stack.subgraphUrls[subgraph], query, variables, identityHeaders(principal, subgraph));
}

export function dataOf<TData>(response: GraphQLResponse<TData>, what: string): TData {
  if (response.errors?.length || !response.data) throw new Error(`${what} failed (HTTP ${response.status}): ${JSON.stringify(response.errors ?? response)}`);
  return response.data;
}

// As HR, expecting success.
export async function asHr<TData = Record<string, unknown>>(world: World, what: string, query: string, variables: Record<string, unknown> = {}): Promise<TData> {
  return dataOf(await viaGateway<TData>(world, world.hr(), query, variables), what);
}

export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

// The first Monday to Friday on or after the date.
export function workingDayFrom(date: string): string {
  let day = date;
  while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = addDays(day, 1);
  return day;
}

const HIRE = `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`;

// Someone in the world's department (or the one given), started three months ago, reporting to its
// line manager (or the manager given).
// `phone: null` leaves the phone out: a record issue (MISSING_PHONE), so the hire's onboarding
// keeps its HR_RECORD step pending.
export async function hire(world: World, options: { managerId?: string | null; firstName?: string; departmentId?: string; phone?: null } = {}): Promise<Person> {
  const n = world.unique();
  const input = {
    firstName: options.firstName ?? 'Probe',
    lastName: `Person${n}`,
    email: `matrix-${n}@example.com`,
    title: 'Analyst',
    departmentId: options.departmentId ?? world.department.id,
    startDate: addDays(world.today, -90),
    salary: { amount: '60000.00', currency: 'EUR' },
    managerId: options.managerId === undefined ? world.lineManager.id : options.managerId,
    ...(options.phone === null ? {} : { phone: '+44 20 7946 0000' }),
    workLocation: 'London',
    emergencyContact: { name: 'Kin Person', relationship: 'Sibling', phone: '+44 20 7946 0001' },
  };
  return (await asHr<{ hireEmployee: Person }>(world, 'hiring a person for the matrix', HIRE, { input })).hireEmployee;
}

export async function requestLeaveAsHr(world: World, employeeId: string): Promise<string> {
  const day = workingDayFrom(addDays(world.today, 21));
  const data = await asHr<{ requestLeave: { id: string } }>(world, 'requesting leave', `mutation Request($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`, {
    input: { employeeId, leaveType: 'UNPAID', startDate: day, endDate: day },
  });
  return data.requestLeave.id;
}

export async function terminateAsHr(world: World, employeeId: string, lastDay: string): Promise<void> {
  await asHr(world, 'recording a termination', `mutation Terminate($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`, {
    id: employeeId,
    input: { terminationDate: lastDay, reason: 'RESIGNATION' },
  });
}

export async function createDepartmentAsHr(world: World): Promise<{ id: string; version: number }> {
  const data = await asHr<{ createDepartment: { id: string; version: number } }>(world, 'creating a department', `mutation Create($input: CreateDepartmentInput!) { createDepartment(input: $input) { id version } }`, {
    input: { code: `AZ-${world.unique()}`, name: 'Matrix department' },
  });
  return data.createDepartment;
}

// The department's budget for the fiscal years around today, set by a bookkeeper.
async function setBudgets(world: World, departmentId: string, years: number[]): Promise<void> {
  for (const fiscalYear of years) {
    const response = await viaGateway(world, world.bookkeeper(), `mutation Set($input: SetBudgetInput!) { setBudget(input: $input) { id } }`, {
      input: { departmentId, fiscalYear, amount: '250000.00' },
    });
    dataOf(response, 'setting the department budget');
  }
}

// A small balanced entry, posted by an ACCOUNTING caller; returns its id.
export async function postJournalEntryAsBookkeeper(world: World, idempotencyKey: string = randomUUID()): Promise<string> {
  const response = await viaGateway<{ postJournalEntry: { id: string } }>(world, world.bookkeeper(), `mutation Post($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }`, {
    input: journalEntryInput(world, idempotencyKey),
  });
  return dataOf(response, 'posting a journal entry').postJournalEntry.id;
}

export const journalEntryInput = (world: World, idempotencyKey: string) => ({
  idempotencyKey,
  date: world.today,
  memo: 'authorization matrix: stationery',
  lines: [
    { accountId: world.ledgerAccountIds.expense, debit: '12.50' },
    { accountId: world.ledgerAccountIds.cash, credit: '12.50' },
  ],
});

// A small manual entry saved for a second person's approval, by `preparer` (a bookkeeper unless
// given); returns the draft's id and version.
export async function draftJournalEntry(world: World, preparer: Principal = world.bookkeeper(), memo = 'authorization matrix: a draft'): Promise<{ id: string; version: number }> {
  const response = await viaGateway<{ draftJournalEntry: { id: string; version: number } }>(world, preparer, `mutation Draft($input: JournalEntryDraftInput!) { draftJournalEntry(input: $input) { id version } }`, {
    input: journalEntryDraftInput(world, memo),
  });
  return dataOf(response, 'saving a journal entry draft').draftJournalEntry;
}

export const journalEntryDraftInput = (world: World, memo: string) => ({
  date: world.today,
  memo,
  sourceId: 'INV-MATRIX',
  lines: [
    { accountId: world.ledgerAccountIds.expense, debit: '40.00', departmentId: world.department.id },
    { accountId: world.ledgerAccountIds.cash, credit: '40.00' },
  ],
});

// Rows from a service's own database, for what no API says: entries by idempotency key, and what
// a service's workforce projection has heard of yet.
async function rowsOf<T>(stack: Stack, service: SubgraphName, sql: string, parameters: unknown[]): Promise<T[]> {
  const database = createServiceDataSource({ url: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName(service, stack.env.DATABASE_NAME_SUFFIX!)), migrations: [], poolSize: 1 });
  await database.initialize();
  try {
    return (await database.query(sql, parameters)) as T[];
  } finally {
    await database.destroy();
  }
}

// How many entries were posted with this key (no API lists entries by key, and the key is what
// tells a refused post from an allowed one).
export async function entriesPostedWithKey(stack: Stack, idempotencyKey: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(stack, 'accounting', `SELECT count(*)::int AS n FROM journal_entries WHERE idempotency_key = $1`, [idempotencyKey]);
  return row?.n ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Expense claims. A claim is its claimant's: they draft and submit it, as themself.

export type ExpenseClaimState = { id: string; version: number; status: string; awaiting: string | null; approverId: string | null; title: string; decisions: Array<{ step: string; outcome: string }>; journalEntry: { id: string } | null; paymentEntry: { id: string } | null };
const EXPENSE_CLAIM_STATE = 'id version status awaiting approverId title decisions { step outcome } journalEntry { id } paymentEntry { id }';

// One line the default policy accepts: a few days old, with a receipt, within its category's
// limits. `large` is above the policy's amount for ACCOUNTING's approval.
export const expenseClaimInput = (world: World, title: string, size: 'small' | 'large' = 'small') => ({
  title,
  lines: [
    size === 'small'
      ? { date: addDays(world.today, -3), category: 'MEALS', amount: '18.00', merchant: 'Matrix Bistro', receiptReference: 'scan-matrix' }
      : { date: addDays(world.today, -3), category: 'TRAVEL', amount: (world.accountingApprovalAbove + 200).toFixed(2), merchant: 'Matrix Rail', receiptReference: 'scan-matrix' },
  ],
});

export async function draftExpenseClaimAs(world: World, claimant: Principal, title = `authorization matrix: claim ${world.unique()}`, size: 'small' | 'large' = 'small'): Promise<{ id: string; version: number }> {
  const response = await viaGateway<{ draftExpenseClaim: { id: string; version: number } }>(world, claimant, `mutation Draft($input: ExpenseClaimInput!) { draftExpenseClaim(input: $input) { id version } }`, {
    input: expenseClaimInput(world, title, size),
  });
  return dataOf(response, 'drafting an expense claim').draftExpenseClaim;
}

// Accounting learns who manages whom from HR's events: a claim submitted before it knows the hire
// would go to ACCOUNTING with no approver.
export async function accountingKnowsTheJobOf(world: World, employeeId: string): Promise<void> {
  await eventually(async () => (await rowsOf(world.stack, 'accounting', `SELECT manager_id FROM workforce_jobs WHERE employee_id = $1`, [employeeId])).length > 0, 90_000, 250);
}

// A claim of the person's, drafted and submitted as them (EMPLOYEE) once accounting knows their
// job, waiting for their line manager (the world's).
export async function submittedExpenseClaim(world: World, claimant: Person, size: 'small' | 'large' = 'small'): Promise<{ id: string; version: number }> {
  const as = person(claimant.id, ['EMPLOYEE']);
  const [draft] = await Promise.all([draftExpenseClaimAs(world, as, undefined, size), accountingKnowsTheJobOf(world, claimant.id)]);
  const response = await viaGateway<{ submitExpenseClaim: { id: string; version: number; awaiting: string | null; approverId: string | null } }>(
    world,
    as,
    `mutation Submit($id: ID!, $expectedVersion: Int!) { submitExpenseClaim(id: $id, expectedVersion: $expectedVersion) { id version awaiting approverId } }`,
    { id: draft.id, expectedVersion: draft.version },
  );
  const submitted = dataOf(response, 'submitting an expense claim').submitExpenseClaim;
  if (submitted.awaiting !== 'LINE_MANAGER' || submitted.approverId !== world.lineManager.id) {
    throw new Error(`the submitted claim should wait for the line manager ${world.lineManager.id}, got ${JSON.stringify(submitted)}`);
  }
  return submitted;
}

export async function approveExpenseClaimAs(world: World, decider: Principal, claim: { id: string; version: number }): Promise<{ id: string; version: number }> {
  const response = await viaGateway<{ approveExpenseClaim: { id: string; version: number } }>(
    world,
    decider,
    `mutation Approve($id: ID!, $expectedVersion: Int!) { approveExpenseClaim(id: $id, expectedVersion: $expectedVersion) { id version } }`,
    { id: claim.id, expectedVersion: claim.version },
  );
  return dataOf(response, 'approving an expense claim').approveExpenseClaim;
}

// As a bookkeeper (ACCOUNTING sees every claim and the ledger).
export async function readExpenseClaim(world: World, id: string): Promise<ExpenseClaimState | null> {
  const response = await viaGateway<{ expenseClaim: ExpenseClaimState | null }>(world, world.bookkeeper(), `query Back($id: ID!) { expenseClaim(id: $id) { ${EXPENSE_CLAIM_STATE} } }`, { id });
  return dataOf(response, 'reading an expense claim back').expenseClaim;
}

// ---------------------------------------------------------------------------------------------
// Payroll. A run is computed from accounting's workforce projection, approved by a second person
// and posted.

export type PayrollRunState = { id: string; period: string; status: string; preparedBy: string; approvedBy: string | null; postedAt: string | null };
const PAYROLL_RUN_STATE = 'id period status preparedBy approvedBy postedAt';

export async function previewPayrollAs(world: World, preparer: Principal, period: string): Promise<PayrollRunState> {
  const response = await viaGateway<{ previewPayroll: PayrollRunState }>(world, preparer, `mutation Preview($period: String!) { previewPayroll(period: $period) { ${PAYROLL_RUN_STATE} } }`, { period });
  return dataOf(response, `previewing the payroll of ${period}`).previewPayroll;
}

export async function approvePayrollAs(world: World, approver: Principal, runId: string): Promise<PayrollRunState> {
  const response = await viaGateway<{ approvePayroll: PayrollRunState }>(world, approver, `mutation Approve($id: ID!) { approvePayroll(runId: $id) { ${PAYROLL_RUN_STATE} } }`, { id: runId });
  return dataOf(response, 'approving a payroll run').approvePayroll;
}

// As a bookkeeper (ACCOUNTING reads every run).
export async function readPayrollRun(world: World, id: string): Promise<PayrollRunState | null> {
  const response = await viaGateway<{ payrollRun: PayrollRunState | null }>(world, world.bookkeeper(), `query Back($id: ID!) { payrollRun(id: $id) { ${PAYROLL_RUN_STATE} } }`, { id });
  return dataOf(response, 'reading a payroll run back').payrollRun;
}

// The month's runs, as a bookkeeper.
export async function payrollRunsOf(world: World, period: string): Promise<PayrollRunState[]> {
  const response = await viaGateway<{ payrollRuns: PayrollRunState[] }>(world, world.bookkeeper(), `query Back($year: Int!) { payrollRuns(year: $year) { ${PAYROLL_RUN_STATE} } }`, { year: Number(period.slice(0, 4)) });
  return dataOf(response, 'reading the payroll runs back').payrollRuns.filter((run) => run.period === period);
}

// Accounting learns a hire's pay from HR's events: a run computed before it knows would list the
// person with no pay known.
async function accountingKnowsThePayOf(world: World, employeeId: string): Promise<void> {
  await eventually(async () => (await rowsOf(world.stack, 'accounting', `SELECT 1 FROM workforce_pay WHERE employee_id = $1`, [employeeId])).length > 0, 90_000, 250);
}

// Last month's payroll, in which the subject (started 90 days ago) works every day: previewed by
// a bookkeeper, approved by a MANAGER, posted by a bookkeeper. Returns the run's id.
async function postLastMonthsPayroll(world: World): Promise<string> {
  const period = addDays(world.today, -30).slice(0, 7);
  await Promise.all([accountingKnowsTheJobOf(world, world.subject.id), accountingKnowsThePayOf(world, world.subject.id)]);
  const draft = await previewPayrollAs(world, world.bookkeeper(), period);
  const lines = dataOf(
    await viaGateway<{ payrollRun: { lines: Array<{ employeeId: string; problems: string[] }> } }>(world, world.bookkeeper(), `query Lines($id: ID!) { payrollRun(id: $id) { lines { employeeId problems } } }`, { id: draft.id }),
    'reading the run',
  ).payrollRun.lines;
  const subjectsLine = lines.find((line) => line.employeeId === world.subject.id);
  if (!subjectsLine || subjectsLine.problems.length) throw new Error(`the payroll of ${period} should pay the subject ${world.subject.id}, got ${JSON.stringify(subjectsLine ?? lines)}`);
  await approvePayrollAs(world, person(randomUUID(), ['MANAGER']), draft.id);
  dataOf(await viaGateway(world, world.bookkeeper(), `mutation Post($id: ID!) { postPayroll(runId: $id) { id } }`, { id: draft.id }), 'posting the payroll run');
  return draft.id;
}

// ---------------------------------------------------------------------------------------------
// Equipment and licences. IT runs them, and knows who is employed from HR's events (its workforce
// projection): an asset or a seat goes only to someone it knows is employed.

export async function itKnowsTheEmploymentOf(world: World, employeeId: string): Promise<void> {
  await eventually(async () => (await rowsOf(world.stack, 'it', `SELECT 1 FROM workforce_employment_periods WHERE employee_id = $1`, [employeeId])).length > 0, 90_000, 250);
}

// As an IT caller, expecting success.
export async function asIt<TData = Record<string, unknown>>(world: World, what: string, query: string, variables: Record<string, unknown> = {}): Promise<TData> {
  return dataOf(await viaGateway<TData>(world, world.itStaff(), query, variables), what);
}

export type AssetState = { id: string; tag: string; version: number; status: string; holder: { id: string } | null };
const ASSET_STATE = 'id tag version status holder { id }';

// A laptop (or a desktop or phone) bought a month ago, with a serial number of its own (serial
// numbers are unique), costing more than accounting's capitalisation threshold.
export type AssetKind = 'LAPTOP' | 'DESKTOP' | 'PHONE';
const MODELS: Record<AssetKind, string> = { LAPTOP: 'Probe Book 14', DESKTOP: 'Probe Tower', PHONE: 'Probe Phone' };
export const registerAssetInput = (world: World, serialNumber: string = `MATRIX-${randomUUID()}`, category: AssetKind = 'LAPTOP') => ({
  category,
  manufacturer: 'Matrix',
  model: MODELS[category],
  serialNumber,
  purchaseDate: addDays(world.today, -30),
  purchaseCost: '1299.00',
  currency: 'EUR',
  supplier: 'Matrix Supplies',
  warrantyEndsOn: addDays(world.today, 700),
  location: 'London',
  notes: 'authorization matrix: IT only',
});

export async function registerAssetAsIt(world: World, category: AssetKind = 'LAPTOP'): Promise<AssetState> {
  return (
    await asIt<{ registerAsset: AssetState }>(world, 'registering an asset', `mutation Register($input: RegisterAssetInput!) { registerAsset(input: $input) { ${ASSET_STATE} } }`, {
      input: registerAssetInput(world, undefined, category),
    })
  ).registerAsset;
}

// Hands the asset to the person once IT knows they are employed.
export async function assignAssetAsIt(world: World, asset: AssetState, employeeId: string): Promise<AssetState> {
  await itKnowsTheEmploymentOf(world, employeeId);
  const data = await asIt<{ assignAsset: AssetState }>(world, 'assigning an asset', `mutation Assign($input: AssignAssetInput!) { assignAsset(input: $input) { ${ASSET_STATE} } }`, {
    input: { assetId: asset.id, expectedVersion: asset.version, employeeId },
  });
  return data.assignAsset;
}

// As IT (IT sees every asset).
export async function readAsset(world: World, id: string): Promise<AssetState | null> {
  return (await asIt<{ asset: AssetState | null }>(world, 'reading an asset back', `query Back($id: ID!) { asset(id: $id) { ${ASSET_STATE} } }`, { id })).asset;
}

export type LicenseState = { id: string; product: string; version: number; renewalDate: string; seats: number; seatsUsed: number; holders: Array<{ employee: { id: string } }> };
const LICENSE_STATE = 'id product version renewalDate seats seatsUsed holders { employee { id } }';

// A monthly licence of three seats renewing in about seven months, under a product name of its
// own (a vendor's product is registered once).
export const registerLicenseInput = (world: World, product: string = `Matrix Suite ${world.unique()}`) => ({
  product,
  vendor: 'Matrix Software',
  seats: 3,
  costPerPeriod: '36.00',
  currency: 'EUR',
  billingPeriod: 'MONTHLY',
  renewalDate: addDays(world.today, 200),
  notes: 'authorization matrix: IT only',
});

export async function registerLicenseAsIt(world: World): Promise<LicenseState> {
  return (await asIt<{ registerLicense: LicenseState }>(world, 'registering a licence', `mutation Register($input: RegisterLicenseInput!) { registerLicense(input: $input) { ${LICENSE_STATE} } }`, { input: registerLicenseInput(world) }))
    .registerLicense;
}

// Gives the person a seat once IT knows they are employed.
export async function assignSeatAsIt(world: World, licenseId: string, employeeId: string): Promise<void> {
  await itKnowsTheEmploymentOf(world, employeeId);
  await asIt(world, 'assigning a seat', `mutation Seat($input: SeatInput!) { assignSeat(input: $input) { id } }`, { input: { licenseId, employeeId } });
}

// As IT (IT sees every licence and its holders).
export async function readLicense(world: World, id: string): Promise<LicenseState | null> {
  return (await asIt<{ license: LicenseState | null }>(world, 'reading a licence back', `query Back($id: ID!) { license(id: $id) { ${LICENSE_STATE} } }`, { id })).license;
}

// ---------------------------------------------------------------------------------------------
// Access. IT opens a hire's accounts itself when it hears of the hire (HR's events): those of
// their department's bundle. It grants, suspends and revokes accounts, schedules movers' and
// leavers' changes on HR's dates, and reviews access that differs from the bundles.

// The world department's bundle has BUNDLE_SYSTEM beside the systems for everyone; no bundle the
// matrix sets has EXTRA_SYSTEM, so IT's grant of it is a finding of the access review.
export const BUNDLE_SYSTEM = 'vpn';
export const EXTRA_SYSTEM = 'crm';

export type AccountState = { id: string; system: string; status: string; origin: string; version: number };
const ACCOUNT_STATE = 'id system status origin version';

// As IT (IT reads everyone's accounts).
export async function accountsOf(world: World, employeeId: string): Promise<AccountState[]> {
  const data = await asIt<{ employee: { accounts: AccountState[] | null } | null }>(world, 'reading accounts back', `query Back($id: ID!) { employee(id: $id) { accounts { ${ACCOUNT_STATE} } } }`, { id: employeeId });
  return data.employee?.accounts ?? [];
}

// IT knows the person is employed and has opened their bundle's accounts (one transaction opens
// them all): a write on their accounts before then would race with IT's own.
export async function itOpenedTheAccountsOf(world: World, employeeId: string): Promise<void> {
  await Promise.all([
    itKnowsTheEmploymentOf(world, employeeId),
    eventually(async () => (await accountsOf(world, employeeId)).some((account) => account.system === 'chat'), 90_000, 250),
  ]);
}

// Access to one system from today, granted by IT; returns the account.
export async function grantAccessAsIt(world: World, employeeId: string, system: string): Promise<AccountState> {
  const data = await asIt<{ grantAccess: AccountState }>(world, `granting ${system}`, `mutation Grant($input: GrantAccessInput!) { grantAccess(input: $input) { ${ACCOUNT_STATE} } }`, {
    input: { employeeId, system, reason: 'authorization matrix' },
  });
  return data.grantAccess;
}

// The person's pending changes of access, as IT.
export async function accessChangesOf(world: World, employeeId: string): Promise<Array<{ id: string; kind: string }>> {
  return (await asIt<{ accessChanges: Array<{ id: string; kind: string }> }>(world, 'reading access changes', `query Back($id: ID!) { accessChanges(employeeId: $id) { id kind } }`, { id: employeeId })).accessChanges;
}

export type FindingState = { kind: string; account: { id: string; system: string }; employee: { id: string } };

// The access review of a department's people, as IT.
export async function findingsOf(world: World, departmentId: string): Promise<FindingState[]> {
  return (
    await asIt<{ accessReview: FindingState[] }>(world, 'reading the access review', `query Back($id: ID!) { accessReview(departmentId: $id) { kind account { id system } employee { id } } }`, { id: departmentId })
  ).accessReview;
}

// The world department's bundle, set before anyone is hired into it: a laptop and BUNDLE_SYSTEM.
async function setDepartmentBundle(world: World, departmentId: string): Promise<void> {
  await asIt(world, 'setting the department\'s access bundle', `mutation Bundle($input: SetAccessBundleInput!) { setAccessBundle(input: $input) { version } }`, {
    input: { departmentId, expectedVersion: 0, systems: [BUNDLE_SYSTEM], equipment: [{ category: 'LAPTOP', quantity: 1 }] },
  });
}

// The team under the world's department and its one member (see World.team), once IT has
// granted the member's extra account, reviews it as a finding and has their move pending.
async function accessTeam(world: World): Promise<Pick<World, 'team' | 'teamMember'>> {
  const team = (
    await asHr<{ createDepartment: { id: string } }>(world, 'creating the team', `mutation Create($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, {
      input: { code: 'AUTHZ-TEAM', name: 'Authorization team', parentId: world.department.id },
    })
  ).createDepartment;
  const member = await hire(world, { departmentId: team.id, managerId: world.subject.id, firstName: 'Team' });
  await itOpenedTheAccountsOf(world, member.id);
  const extra = await grantAccessAsIt(world, member.id, EXTRA_SYSTEM);
  await asHr(world, 'scheduling the team member\'s move', `mutation Move($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { id } }`, {
    id: member.id,
    input: { departmentId: world.department.id, effectiveDate: addDays(world.today, 200), reason: 'authorization matrix' },
  });
  await Promise.all([
    eventually(async () => (await accessChangesOf(world, member.id)).some((change) => change.kind === 'MOVE'), 90_000, 250),
    eventually(async () => (await findingsOf(world, team.id)).some((finding) => finding.account.id === extra.id), 90_000, 250),
  ]);
  return { team, teamMember: member };
}

// The subject's desktop and seat, an asset left in stock and a phone retired from stock, once
// accounting holds the desktop (with its holder) and has disposed of the phone.
async function itInventory(world: World): Promise<Pick<World, 'heldAsset' | 'stockAssetId' | 'licenseId' | 'retiredAssetId'>> {
  const [desktop, stock, phone, license] = await Promise.all([registerAssetAsIt(world, 'DESKTOP'), registerAssetAsIt(world), registerAssetAsIt(world, 'PHONE'), registerLicenseAsIt(world)]);
  const [held] = await Promise.all([
    assignAssetAsIt(world, desktop, world.subject.id),
    assignSeatAsIt(world, license.id, world.subject.id),
    asIt(world, 'retiring the phone', `mutation Retire($input: AssetChangeInput!) { retireAsset(input: $input) { id } }`, {
      input: { assetId: phone.id, expectedVersion: phone.version, notes: 'authorization matrix' },
    }),
  ]);
  await Promise.all([
    eventually(async () => (await fixedAssetsOf(world, 'DESKTOP')).some((asset) => asset.asset.id === desktop.id && asset.holder?.id === world.subject.id), 90_000, 250),
    eventually(async () => (await fixedAssetsOf(world, 'PHONE')).some((asset) => asset.asset.id === phone.id && asset.disposedOn !== null), 90_000, 250),
  ]);
  return { heldAsset: { id: held.id, tag: held.tag }, stockAssetId: stock.id, licenseId: license.id, retiredAssetId: phone.id };
}

export type FixedAssetState = { asset: { id: string }; status: string; holder: { id: string } | null; disposedOn: string | null };

// Accounting's fixed assets of one of IT's categories, as a bookkeeper.
export async function fixedAssetsOf(world: World, category: AssetKind): Promise<FixedAssetState[]> {
  const response = await viaGateway<{ fixedAssets: { edges: Array<{ node: FixedAssetState }> } }>(
    world,
    world.bookkeeper(),
    `query Back($category: String) { fixedAssets(filter: { category: $category }) { edges { node { asset { id } status holder { id } disposedOn } } } }`,
    { category },
  );
  return dataOf(response, 'reading the fixed assets').fixedAssets.edges.map(({ node }) => node);
}

// ---------------------------------------------------------------------------------------------
// Processes. HR opens a person's onboarding at the hire and their offboarding at the termination;
// the departments' events move the steps.

export type StepState = { step: string; status: string; retriedAt: string | null; failure: { consumer: string } | null };
export type WorkflowState = { id: string; status: string; correlationId: string; version: number; steps: StepState[] };
const WORKFLOW_STATE = 'id status correlationId version steps { step status retriedAt failure { consumer } }';

// The person's latest onboarding or offboarding, as HR.
export async function workflowOf(world: World, employeeId: string, kind: 'onboarding' | 'offboarding'): Promise<WorkflowState | null> {
  const data = await asHr<{ employee: Record<string, WorkflowState | null> | null }>(world, `reading the ${kind}`, `query Back($id: ID!) { employee(id: $id) { ${kind} { ${WORKFLOW_STATE} } } }`, { id: employeeId });
  return data.employee?.[kind] ?? null;
}

export async function workflowOnceOpen(world: World, employeeId: string, kind: 'onboarding' | 'offboarding'): Promise<WorkflowState> {
  let found: WorkflowState | null = null;
  await eventually(async () => (found = await workflowOf(world, employeeId, kind)) !== null, 90_000, 250);
  return found!;
}

// A department's reaction to the hire or termination that opened a process was dead-lettered, as
// the department would say it (`<service>.reaction.failed`, naming the chain's correlation id): HR
// shows the step that service's consumer holds up FAILED. The consumer is one no service has, so
// a retry asks nobody to apply anything again, and nothing but the step moves.
export async function failReactionOf(world: World, service: 'hr' | 'accounting' | 'it', correlationId: string, kind: 'onboarding' | 'offboarding'): Promise<void> {
  const contract = reactionFailedContracts[service];
  const events = await hrEvents(world.stack.env.KAFKA_PREFIX!, `authorization-matrix-${service}-${world.unique()}`, [contract.topic]);
  try {
    await events.publish(contract, {
      failureId: randomUUID(),
      consumer: `${service}.authorization-matrix`,
      eventId: randomUUID(),
      eventType: (kind === 'onboarding' ? employeeHired : employeeTerminated).type,
      topic: 'hr.employee.v1',
      partition: 0,
      offset: '0',
      correlationId,
      reason: 'AuthorizationMatrixProbe',
    });
  } finally {
    await events.stop();
  }
}

// The offboarding policy, set by a MANAGER: a leaver's equipment is given up on a year after their
// last day (nobody the matrix terminates holds any), and written off.
export async function setOffboardingPolicyAsManager(world: World, unreturnedAfterDays = 365): Promise<void> {
  dataOf(
    await viaGateway(world, person(randomUUID(), ['MANAGER']), `mutation Set($input: OffboardingPolicyInput!) { setOffboardingPolicy(input: $input) { version } }`, {
      input: { unreturnedAfterDays, treatment: 'WRITE_OFF' },
    }),
    'setting the offboarding policy',
  );
}

// ---------------------------------------------------------------------------------------------
// Helpdesk. Anyone opens a ticket for themself; IT works it.

export type TicketState = { id: string; status: string; version: number; assignee: { id: string } | null; comments: Array<{ internal: boolean }>; items: Array<{ id: string; handedOut: number; done: boolean }> };
const TICKET_STATE = 'id status version assignee { id } comments { internal } items { id handedOut done }';
export const TICKET_OPEN = `mutation Open($input: OpenTicketInput!) { openTicket(input: $input) { ${TICKET_STATE} } }`;
export const openTicketInput = (requesterId?: string) => ({ category: 'HARDWARE', priority: 'MEDIUM', subject: 'authorization matrix', description: 'authorization matrix: a ticket', ...(requesterId ? { requesterId } : {}) });

// Opened by IT for the person, once IT knows they are employed.
export async function openTicketAsIt(world: World, requesterId: string): Promise<TicketState> {
  await itKnowsTheEmploymentOf(world, requesterId);
  return (await asIt<{ openTicket: TicketState }>(world, 'opening a ticket', TICKET_OPEN, { input: openTicketInput(requesterId) })).openTicket;
}

// A supply request IT opens for the person.
export async function requestSuppliesAsIt(world: World, requesterId: string, item: string): Promise<TicketState> {
  await itKnowsTheEmploymentOf(world, requesterId);
  return (
    await asIt<{ requestSupplies: TicketState }>(world, 'requesting supplies', `mutation Request($input: RequestSuppliesInput!) { requestSupplies(input: $input) { ${TICKET_STATE} } }`, {
      input: { items: [{ item, quantity: 1 }], requesterId },
    })
  ).requestSupplies;
}

// As IT, expecting success.
export async function ticketChangeAsIt(world: World, mutation: string, input: Record<string, unknown>): Promise<TicketState> {
  const data = await asIt<Record<string, TicketState>>(world, `${mutation} on a ticket`, `mutation Change($input: ${TICKET_INPUTS[mutation]}!) { ${mutation}(input: $input) { ${TICKET_STATE} } }`, { input });
  return data[mutation]!;
}
const TICKET_INPUTS: Record<string, string> = {
  assignTicket: 'AssignTicketInput',
  startTicket: 'TicketChangeInput',
  resolveTicket: 'ResolveTicketInput',
  commentOnTicket: 'CommentOnTicketInput',
};

// As IT (IT sees every ticket and its internal notes).
export async function readTicket(world: World, id: string): Promise<TicketState | null> {
  return (await asIt<{ ticket: TicketState | null }>(world, 'reading a ticket back', `query Back($id: ID!) { ticket(id: $id) { ${TICKET_STATE} } }`, { id })).ticket;
}

export const MAINTENANCE_DAY = 380;
export const maintenanceInput = (world: World, day: number) => ({
  system: BUNDLE_SYSTEM,
  title: 'authorization matrix',
  startsAt: `${addDays(world.today, day)}T02:00:00.000Z`,
  endsAt: `${addDays(world.today, day)}T04:00:00.000Z`,
  impact: 'DEGRADED',
});
export type MaintenanceState = { id: string; version: number; impact: string; status: string };
export async function scheduleMaintenanceAsIt(world: World, day: number): Promise<MaintenanceState> {
  return (
    await asIt<{ scheduleMaintenance: MaintenanceState }>(world, 'scheduling maintenance', `mutation Plan($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id version impact status } }`, {
      input: maintenanceInput(world, day),
    })
  ).scheduleMaintenance;
}
// The windows of BUNDLE_SYSTEM on that day, as IT.
export async function maintenanceOn(world: World, day: number): Promise<MaintenanceState[]> {
  const date = addDays(world.today, day);
  return (
    await asIt<{ maintenanceWindows: MaintenanceState[] }>(world, 'reading maintenance back', `query Back($from: DateTime, $to: DateTime, $system: String) { maintenanceWindows(from: $from, to: $to, system: $system) { id version impact status } }`, {
      from: `${date}T00:00:00.000Z`,
      to: `${date}T23:59:00.000Z`,
      system: BUNDLE_SYSTEM,
    })
  ).maintenanceWindows;
}

// The subject's ticket (see World.ticketId).
async function helpdesk(world: World): Promise<Pick<World, 'ticketId' | 'maintenanceWindowId'>> {
  await itKnowsTheEmploymentOf(world, world.subject.id);
  const opened = dataOf(
    await viaGateway<{ openTicket: TicketState }>(world, person(world.subject.id, ['EMPLOYEE']), TICKET_OPEN, { input: { ...openTicketInput(), assetId: world.heldAsset.id, system: BUNDLE_SYSTEM } }),
    'the subject opening a ticket',
  ).openTicket;
  const assigned = await ticketChangeAsIt(world, 'assignTicket', { ticketId: opened.id, expectedVersion: opened.version, assigneeId: world.subject.id });
  await ticketChangeAsIt(world, 'commentOnTicket', { ticketId: assigned.id, body: 'authorization matrix: a public comment' });
  await ticketChangeAsIt(world, 'commentOnTicket', { ticketId: assigned.id, body: 'authorization matrix: an internal note', internal: true });
  const window = await scheduleMaintenanceAsIt(world, MAINTENANCE_DAY);
  return { ticketId: opened.id, maintenanceWindowId: window.id };
}

export async function createWorld(stack: Stack): Promise<World> {
  let counter = 0;
  let turn = 0;
  const hrPool = Array.from({ length: 12 }, () => person(randomUUID(), ['HR']));
  const roleCallers = Object.fromEntries(ROLE_COLUMNS.map((column, index) => [column, roleCaller(column, index)])) as Record<RoleColumn, Principal>;
  const itStaff = Array.from({ length: 4 }, () => person(randomUUID(), ['IT']));
  let itTurn = 0;
  const partial = {
    stack,
    today: new Date().toISOString().slice(0, 10),
    hr: () => hrPool[turn++ % hrPool.length]!,
    itStaff: () => itStaff[itTurn++ % itStaff.length]!,
    roleCallers,
    unique: () => (counter += 1),
  } as World;

  const code = 'AUTHZ';
  const department = (await asHr<{ createDepartment: { id: string; version: number } }>(partial, 'creating the department', `mutation { createDepartment(input: { code: "${code}", name: "Authorization" }) { id version } }`)).createDepartment;
  partial.department = { id: department.id, code };
  await setDepartmentBundle(partial, department.id);
  partial.lineManager = await hire(partial, { managerId: null, firstName: 'Line' });
  const bookkeepers = Array.from({ length: 4 }, () => person(randomUUID(), ['ACCOUNTING']));
  let bookkeeperTurn = 0;
  const world: World = {
    ...partial,
    subject: await hire(partial, { firstName: 'Subject' }),
    leaveRequestId: '',
    bookkeeper: () => bookkeepers[bookkeeperTurn++ % bookkeepers.length]!,
    journalEntryId: '',
    journalDraftId: '',
    expenseClaimId: '',
    accountingApprovalAbove: 0,
    payrollRunId: '',
    ledgerAccountIds: { expense: '', cash: '' },
    onboardingId: '',
    hireCorrelationId: '',
    heldAsset: { id: '', tag: '' },
    retiredAssetId: '',
    stockAssetId: '',
    licenseId: '',
    team: { id: '' },
    teamMember: { id: '' },
    ticketId: '',
    maintenanceWindowId: '',
  };

  const year = Number(world.today.slice(0, 4));
  const [leaveRequestId, inventory, access] = await Promise.all([
    requestLeaveAsHr(world, world.subject.id),
    itInventory(world),
    accessTeam(world),
    asHr(world, 'making the subject head of the department', `mutation Head($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`, {
      id: department.id,
      input: { version: department.version, headId: world.subject.id },
    }),
    asHr(world, 'allocating leave', `mutation Allocate($input: AllocateLeaveInput!) { allocateLeave(input: $input) { year } }`, {
      input: { employeeId: world.subject.id, leaveType: 'VACATION', year, days: 20 },
    }),
    setBudgets(world, department.id, [...new Set([Number(addDays(world.today, -1).slice(0, 4)), Number(addDays(world.today, 1).slice(0, 4))])]),
    // IT opens the accounts of the department's bundle when it hears of the hire (hr.employee.hired on Kafka).
    itOpenedTheAccountsOf(world, world.subject.id),
    setOffboardingPolicyAsManager(world),
  ]);
  const onboarding = await workflowOnceOpen(world, world.subject.id, 'onboarding');
  world.onboardingId = onboarding.id;
  world.hireCorrelationId = onboarding.correlationId;
  world.leaveRequestId = leaveRequestId;
  Object.assign(world, inventory, access);
  Object.assign(world, await helpdesk(world));
  const books = await viaGateway<{ ledgerAccounts: Array<{ id: string; code: string }> }>(world, world.bookkeeper(), '{ ledgerAccounts { id code } }');
  const accountId = (code: string) => dataOf(books, 'reading the chart of accounts').ledgerAccounts.find((account) => account.code === code)!.id;
  world.ledgerAccountIds = { expense: accountId('6400'), cash: accountId('1000') };
  const [journalEntryId, draft] = await Promise.all([postJournalEntryAsBookkeeper(world), draftJournalEntry(world)]);
  world.journalEntryId = journalEntryId;
  world.journalDraftId = draft.id;
  world.accountingApprovalAbove = Number(
    dataOf(await viaGateway<{ expensePolicy: { accountingApprovalAbove: { amount: string } } }>(world, world.bookkeeper(), '{ expensePolicy { accountingApprovalAbove { amount } } }'), 'reading the expense policy')
      .expensePolicy.accountingApprovalAbove.amount,
  );
  const claim = await submittedExpenseClaim(world, world.subject);
  await approveExpenseClaimAs(world, person(world.lineManager.id, ['EMPLOYEE']), claim);
  const approved = await readExpenseClaim(world, claim.id);
  dataOf(
    await viaGateway(world, world.bookkeeper(), `mutation Pay($id: ID!, $expectedVersion: Int!) { markExpenseClaimPaid(id: $id, expectedVersion: $expectedVersion) { id } }`, { id: claim.id, expectedVersion: approved!.version }),
    'paying the expense claim',
  );
  world.expenseClaimId = claim.id;
  world.payrollRunId = await postLastMonthsPayroll(world);
  // After the leave is booked: a last day far enough ahead that the booked leave stays.
  await terminateAsHr(world, world.subject.id, addDays(world.today, 300));
  // IT schedules the end of the subject's access for the end of that day; HR opens their offboarding.
  await Promise.all([
    eventually(async () => (await accessChangesOf(world, world.subject.id)).some((change) => change.kind === 'LEAVE'), 90_000, 250),
    workflowOnceOpen(world, world.subject.id, 'offboarding'),
  ]);
  return world;
}
