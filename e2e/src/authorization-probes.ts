import { COLUMNS, type MatrixSubgraph } from './authorization-matrix';
import type { SubgraphName } from './stack';
import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { eventually } from '@backoffice/testkit/kafka-observer';
import {
  accountsOf,
  addDays,
  approveExpenseClaimAs,
  approvePayrollAs,
  asHr,
  asIt,
  assignAssetAsIt,
  assignSeatAsIt,
  BUNDLE_SYSTEM,
  createDepartmentAsHr,
  dataOf,
  draftExpenseClaimAs,
  draftJournalEntry,
  entriesPostedWithKey,
  EXTRA_SYSTEM,
  expenseClaimInput,
  failReactionOf,
  findingsOf,
  grantAccessAsIt,
  itKnowsTheEmploymentOf,
  itOpenedTheAccountsOf,
  MAINTENANCE_DAY,
  maintenanceInput,
  maintenanceOn,
  openTicketAsIt,
  openTicketInput,
  readTicket,
  requestSuppliesAsIt,
  scheduleMaintenanceAsIt,
  ticketChangeAsIt,
  TICKET_OPEN,
  journalEntryDraftInput,
  journalEntryInput,
  payrollRunsOf,
  person,
  postJournalEntryAsBookkeeper,
  previewPayrollAs,
  readAsset,
  readExpenseClaim,
  readLicense,
  readPayrollRun,
  registerAssetAsIt,
  registerAssetInput,
  registerLicenseAsIt,
  registerLicenseInput,
  requestLeaveAsHr,
  submittedExpenseClaim,
  terminateAsHr,
  viaGateway,
  workingDayFrom,
  workflowOf,
  workflowOnceOpen,
  type CallerColumn,
  type Person,
  type World,
} from './authorization-world';

// How to exercise each row of the authorization matrix (docs/security.md), under its subgraph and
// the row's exact name. The document says who may; a probe says how to ask and, for a write, how to read it
// back. authorization-matrix.e2e.test.ts runs every cell of every row with its probe, and fails
// on a row without a probe or a probe without a row.

// One way to reach a field: through the gateway, or straight at a subgraph (`_entities`,
// `_service`) with the identity header the gateway would sign. `path` is where the field's value
// (and, when refused, its FORBIDDEN error) must be in the response, EVERY standing for each
// element of the list there (each of the subject's accounts, every one judged by the cell, with
// an error of its own when refused); `expect`, when given, says what is wrong with an allowed
// value (null when it is the value the world holds).
export const EVERY = '*';
export type ReadPath = {
  via: string;
  target: 'gateway' | SubgraphName;
  query: string;
  variables(world: World): Record<string, unknown>;
  path: Array<string | number>;
  expect?(value: unknown, world: World): string | null;
  // The callers this way in is open to at all, when not every column (a path through the
  // subject's expense claim reaches the subject only for those who may see the claim).
  columns?: readonly CallerColumn[];
  // The field is non-null: refused, it nulls its parent (an `_entities` entity), not itself alone.
  nullsParent?: boolean;
};

const nonEmpty = (value: unknown) => (Array.isArray(value) && value.length > 0 ? null : `expected a non-empty list, got ${JSON.stringify(value)}`);
const withExpectation = (probe: ReadProbe, expect: NonNullable<ReadPath['expect']>): ReadProbe => ({ ...probe, paths: probe.paths.map((path) => ({ ...path, expect })) });
export type ReadProbe = { kind: 'read'; paths: ReadPath[] };

// One attempt at a write, prepared afresh for each cell so cells do not see each other's writes.
// `readBack` reads, as HR, what the mutation would change: it must change when the write is
// allowed and stay as it was when it is refused.
export type WriteAttempt = { mutation: string; variables: Record<string, unknown>; readBack(): Promise<unknown> };
export type WriteProbe = {
  kind: 'write';
  // Whether the row is about a person: each cell then gets a newly hired one (reporting to the
  // world's line manager), who is the `self` of that cell; `{ phone: null }` hires them without a
  // phone (a record issue).
  subject: boolean | { phone: null };
  prepare(world: World, subject: Person | null): Promise<WriteAttempt>;
};
export type Probe = ReadProbe | WriteProbe;

const entitiesQuery = (fragment: string) => `query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ${fragment} } }`;

function entity(subgraph: SubgraphName, typename: string, id: (world: World) => string, selection: string, fieldName?: string): ReadPath {
  return {
    via: `${subgraph} _entities`,
    target: subgraph,
    query: entitiesQuery(`... on ${typename} { id ${selection} }`),
    variables: (world) => ({ representations: [{ __typename: typename, id: id(world) }] }),
    path: fieldName ? ['_entities', 0, fieldName] : ['_entities', 0],
  };
}

// A field of the subject's Employee record: from the root, through HR's Department.head, and by
// `_entities` at the subgraph that resolves it (for IT's fields the gateway path itself crosses
// from HR's Employee to IT's).
function employeeField(subgraph: SubgraphName, fieldName: string, selection = fieldName): ReadProbe {
  return {
    kind: 'read',
    paths: [
      { via: 'gateway employee(id)', target: 'gateway', query: `query Read($id: ID!) { employee(id: $id) { id ${selection} } }`, variables: (w) => ({ id: w.subject.id }), path: ['employee', fieldName] },
      {
        via: 'gateway department(id).head',
        target: 'gateway',
        query: `query Read($id: ID!) { department(id: $id) { id head { id ${selection} } } }`,
        variables: (w) => ({ id: w.department.id }),
        path: ['department', 'head', fieldName],
      },
      entity(subgraph, 'Employee', (w) => w.subject.id, selection, fieldName),
      // Back into HR from accounting: the subject's own claim names them as claimant, and its
      // department is the subject's (whom it has as head), for those who may see the claim.
      {
        via: 'gateway expenseClaim(id).claimant',
        target: 'gateway',
        query: `query Read($id: ID!) { expenseClaim(id: $id) { id claimant { id ${selection} } } }`,
        variables: (w) => ({ id: w.expenseClaimId }),
        path: ['expenseClaim', 'claimant', fieldName],
        columns: SEE_THE_SUBJECTS_CLAIM,
      },
      {
        via: 'gateway expenseClaim(id).department.head',
        target: 'gateway',
        query: `query Read($id: ID!) { expenseClaim(id: $id) { id department { id head { id ${selection} } } } }`,
        variables: (w) => ({ id: w.expenseClaimId }),
        path: ['expenseClaim', 'department', 'head', fieldName],
        columns: SEE_THE_SUBJECTS_CLAIM,
      },
      // Back into HR from IT: the subject's desktop names them as its holder, in its hand-over and
      // in its history, and their seat names them, for those who may see each.
      {
        via: 'gateway asset(id).holder',
        target: 'gateway',
        query: `query Read($id: ID!) { asset(id: $id) { id holder { id ${selection} } } }`,
        variables: (w) => ({ id: w.heldAsset.id }),
        path: ['asset', 'holder', fieldName],
        columns: HOLDER_IT_AND_MANAGER,
      },
      {
        via: 'gateway asset(id).currentAssignment.employee',
        target: 'gateway',
        query: `query Read($id: ID!) { asset(id: $id) { id currentAssignment { id employee { id ${selection} } } } }`,
        variables: (w) => ({ id: w.heldAsset.id }),
        path: ['asset', 'currentAssignment', 'employee', fieldName],
        columns: HOLDER_IT_AND_MANAGER,
      },
      // Registered, then handed to the subject: the second entry is theirs.
      {
        via: 'gateway asset(id).history.employee',
        target: 'gateway',
        query: `query Read($id: ID!) { asset(id: $id) { id history { action employee { id ${selection} } } } }`,
        variables: (w) => ({ id: w.heldAsset.id }),
        path: ['asset', 'history', 1, 'employee', fieldName],
        columns: IT_AND_MANAGER,
      },
      {
        via: 'gateway employee(id).licenses.employee',
        target: 'gateway',
        query: `query Read($id: ID!) { employee(id: $id) { id licenses { id employee { id ${selection} } } } }`,
        variables: (w) => ({ id: w.subject.id }),
        path: ['employee', 'licenses', 0, 'employee', fieldName],
        columns: HOLDER_IT_AND_MANAGER,
      },
      // Back into HR through the monthly figures of the subject's department (whom it has as
      // head): this month its only row, with the subject's approved claim and held desktop.
      {
        via: 'gateway expenseSpendByMonth(year, departmentId).department.head',
        target: 'gateway',
        query: `query Read($year: Int!, $id: ID) { expenseSpendByMonth(year: $year, departmentId: $id) { month department { id head { id ${selection} } } } }`,
        variables: (w) => ({ year: thisYear(w), id: w.department.id }),
        path: ['expenseSpendByMonth', 0, 'department', 'head', fieldName],
        columns: READ_THE_BOOKS_OF_ASSETS,
      },
      {
        via: 'gateway equipmentInUseByMonth(year, departmentId).department.head',
        target: 'gateway',
        query: `query Read($year: Int!, $id: ID) { equipmentInUseByMonth(year: $year, departmentId: $id) { month department { id head { id ${selection} } } } }`,
        variables: (w) => ({ year: thisYear(w), id: w.department.id }),
        path: ['equipmentInUseByMonth', 0, 'department', 'head', fieldName],
        columns: IT_AND_MANAGER,
      },
      // Back into HR from accounting's books: the subject's desktop is the only DESKTOP accounting
      // holds, and names them as its holder, for those who read the fixed assets.
      {
        via: 'gateway fixedAssets(category).holder',
        target: 'gateway',
        query: `query Read($category: String) { fixedAssets(filter: { category: $category }, first: 1) { edges { node { tag holder { id ${selection} } } } } }`,
        variables: () => ({ category: 'DESKTOP' }),
        path: ['fixedAssets', 'edges', 0, 'node', 'holder', fieldName],
        columns: READ_THE_BOOKS_OF_ASSETS,
      },
      {
        via: 'gateway license(id).holders.employee',
        target: 'gateway',
        query: `query Read($id: ID!) { license(id: $id) { id holders { id employee { id ${selection} } } } }`,
        variables: (w) => ({ id: w.licenseId }),
        path: ['license', 'holders', 0, 'employee', fieldName],
        columns: IT_AND_MANAGER,
      },
      // Back into HR from IT's access: each of the subject's accounts names them; their pending
      // leave names them; the team member's pending move leaves the team (under the subject's
      // department) for the subject's department; the team's one finding of the access review is
      // about someone reporting to the subject; the department's bundle names the department.
      {
        via: 'gateway employee(id).accounts.employee',
        target: 'gateway',
        query: `query Read($id: ID!) { employee(id: $id) { id accounts { id employee { id ${selection} } } } }`,
        variables: (w) => ({ id: w.subject.id }),
        path: ['employee', 'accounts', EVERY, 'employee', fieldName],
        columns: SEE_THE_SUBJECTS_ACCOUNTS,
      },
      {
        via: 'gateway accessChanges(employeeId).employee',
        target: 'gateway',
        query: `query Read($id: ID!) { accessChanges(employeeId: $id) { id employee { id ${selection} } } }`,
        variables: (w) => ({ id: w.subject.id }),
        path: ['accessChanges', 0, 'employee', fieldName],
        columns: IT_AND_MANAGER,
      },
      {
        via: 'gateway accessChanges(employeeId).fromDepartment.parent.head',
        target: 'gateway',
        query: `query Read($id: ID!) { accessChanges(employeeId: $id) { id fromDepartment { id parent { id head { id ${selection} } } } } }`,
        variables: (w) => ({ id: w.teamMember.id }),
        path: ['accessChanges', 0, 'fromDepartment', 'parent', 'head', fieldName],
        columns: IT_AND_MANAGER,
      },
      {
        via: 'gateway accessChanges(employeeId).toDepartment.head',
        target: 'gateway',
        query: `query Read($id: ID!) { accessChanges(employeeId: $id) { id toDepartment { id head { id ${selection} } } } }`,
        variables: (w) => ({ id: w.teamMember.id }),
        path: ['accessChanges', 0, 'toDepartment', 'head', fieldName],
        columns: IT_AND_MANAGER,
      },
      {
        via: 'gateway accessReview(departmentId).employee.manager',
        target: 'gateway',
        query: `query Read($id: ID!) { accessReview(departmentId: $id) { kind employee { id manager { id ${selection} } } } }`,
        variables: (w) => ({ id: w.team.id }),
        path: ['accessReview', 0, 'employee', 'manager', fieldName],
        columns: IT_AND_MANAGER,
      },
      {
        via: 'gateway accessReview(departmentId).department.parent.head',
        target: 'gateway',
        query: `query Read($id: ID!) { accessReview(departmentId: $id) { kind department { id parent { id head { id ${selection} } } } } }`,
        variables: (w) => ({ id: w.team.id }),
        path: ['accessReview', 0, 'department', 'parent', 'head', fieldName],
        columns: IT_AND_MANAGER,
      },
      // Back into HR from the helpdesk: the subject asked for their ticket, it is about them and
      // IT assigned it to them, for those who may see it.
      ...(['requester', 'employee', 'assignee'] as const).map(
        (hop): ReadPath => ({
          via: `gateway ticket(id).${hop}`,
          target: 'gateway',
          query: `query Read($id: ID!) { ticket(id: $id) { id ${hop} { id ${selection} } } }`,
          variables: (w) => ({ id: w.ticketId }),
          path: ['ticket', hop, fieldName],
          columns: HOLDER_IT_AND_MANAGER,
        }),
      ),
      {
        via: 'gateway department(id).accessBundle.department.head',
        target: 'gateway',
        query: `query Read($id: ID!) { department(id: $id) { id accessBundle { department { id head { id ${selection} } } } } }`,
        variables: (w) => ({ id: w.department.id }),
        path: ['department', 'accessBundle', 'department', 'head', fieldName],
        columns: SEE_BUNDLES,
      },
    ],
  };
}

// Who sees the subject's expense claim: MANAGER and ACCOUNTING, the subject, and their line
// manager (who approved it).
const SEE_THE_SUBJECTS_CLAIM: readonly CallerColumn[] = ['MANAGER', 'ACCOUNTING', 'self', 'line manager', 'self holding every role'];

// Who sees the subject's desktop and seat (`asset.read`, `license.read`): IT, MANAGER and the
// subject. What IT keeps about them (`asset.readAll`, `license.readAll`): IT and MANAGER alone.
const HOLDER_IT_AND_MANAGER: readonly CallerColumn[] = ['MANAGER', 'IT', 'self', 'self holding every role'];
const IT_AND_MANAGER: readonly CallerColumn[] = ['MANAGER', 'IT', 'self holding every role'];
// Who sees the subject's accounts (`systemAccount.read`), and the bundles (`bundle.read`). IT's
// access changes, its review and an account's history (`access.manage`, `access.review`) are IT's
// and MANAGER's alone.
const SEE_THE_SUBJECTS_ACCOUNTS: readonly CallerColumn[] = ['MANAGER', 'HR', 'IT', 'self', 'self holding every role'];
const SEE_BUNDLES: readonly CallerColumn[] = ['MANAGER', 'HR', 'IT', 'self holding every role'];
const EVERY_CALLER: readonly CallerColumn[] = [...COLUMNS, 'self holding every role'];
// Who reads accounting's fixed assets (`fixedAsset.read`).
const READ_THE_BOOKS_OF_ASSETS: readonly CallerColumn[] = ['MANAGER', 'ACCOUNTING', 'self holding every role'];
// Who asks HR's `correlatedEvents` (`correlation.read`).
const MANAGER_ALONE: readonly CallerColumn[] = ['MANAGER', 'self holding every role'];

// One way to a field of a record only some callers may see: for them the field's own path (where
// a refusal of the field itself must be); for everyone else the path where the record, or the
// list holding it, is refused first.
function underGuardedRecord(way: Omit<ReadPath, 'path' | 'columns'>, record: Array<string | number>, refusedAt: Array<string | number>, fieldName: string, seers: readonly CallerColumn[]): ReadPath[] {
  return [
    { ...way, path: [...record, fieldName], columns: seers },
    { ...way, via: `${way.via}, refused the record`, path: refusedAt, columns: EVERY_CALLER.filter((column) => !seers.includes(column)) },
  ];
}

function rootField(fieldName: string, query: string, variables: (world: World) => Record<string, unknown> = () => ({})): ReadProbe {
  return { kind: 'read', paths: [{ via: 'gateway', target: 'gateway', query, variables, path: [fieldName] }] };
}

const serviceSdl = (subgraph: SubgraphName): ReadProbe => ({
  kind: 'read',
  paths: [{ via: `${subgraph} _service`, target: subgraph, query: `{ _service { sdl } }`, variables: () => ({}), path: ['_service'] }],
});

// ---------------------------------------------------------------------------------------------
// Reading writes back, as HR.

async function employee(world: World, id: string, selection: string): Promise<Record<string, unknown>> {
  return (await asHr<{ employee: Record<string, unknown> }>(world, 'reading an employee back', `query Back($id: ID!) { employee(id: $id) { ${selection} } }`, { id })).employee;
}

async function employeeVersion(world: World, id: string): Promise<number> {
  return (await employee(world, id, 'version')).version as number;
}

async function department(world: World, id: string, selection: string): Promise<Record<string, unknown> | null> {
  return (await asHr<{ department: Record<string, unknown> | null }>(world, 'reading a department back', `query Back($id: ID!) { department(id: $id) { ${selection} } }`, { id })).department;
}

async function leaveStatus(world: World, employeeId: string): Promise<unknown> {
  const data = await asHr<{ leaveRequests: { edges: Array<{ node: { id: string; status: string } }> } }>(
    world,
    'reading leave back',
    `query Back($employeeId: ID!) { leaveRequests(filter: { employeeId: $employeeId }) { edges { node { id status } } } }`,
    { employeeId },
  );
  return data.leaveRequests.edges.map(({ node }) => node);
}

async function vacationBalance(world: World, employeeId: string, year: number): Promise<unknown> {
  const data = await asHr<{ leaveBalance: Array<{ leaveType: { code: string } }> }>(
    world,
    'reading a balance back',
    `query Back($employeeId: ID!, $year: Int!) { leaveBalance(employeeId: $employeeId, year: $year) { leaveType { code } allocated adjusted } }`,
    { employeeId, year },
  );
  return data.leaveBalance.find((balance) => balance.leaveType.code === 'VACATION') ?? null;
}

async function isHoliday(world: World, date: string): Promise<boolean> {
  const data = await asHr<{ holidays: Array<{ date: string }> }>(world, 'reading holidays back', `query Back($year: Int!) { holidays(year: $year) { date } }`, { year: Number(date.slice(0, 4)) });
  return data.holidays.some((holiday) => holiday.date === date);
}

const thisYear = (world: World) => Number(world.today.slice(0, 4));
// The thresholds of accounting's controls, as read and as set.
const CONTROL_SETTINGS = 'manualApprovalThreshold { amount currency } unsupportedManualThreshold { amount currency } roundAmountThreshold { amount currency } roundAmountUnit capitalisationThreshold { amount currency }';
// What a reader of a claim gets, every field that follows the claim's rule included; through the
// gateway also open fields of HR's types it leads to (the gateway crosses to HR as the caller).
const CLAIM_SELECTION =
  'id claimant { id } department { id } status awaiting approverId title lines { lineNo date category amount { amount currency } functionalAmount { amount } rate merchant description receiptReference } total { amount currency } flags { kind lineNo message otherClaimId } decisions { step outcome decidedBy decidedAt reason } submittedAt rejectionReason paidAt budgetWarning version createdAt updatedAt';
const HOPS_INTO_HR = 'claimant { firstName } department { name }';
const isTheClaim = (value: unknown, world: World) => ((value as { id?: string }).id === world.expenseClaimId ? null : `expected the claim ${world.expenseClaimId}, got ${JSON.stringify(value)}`);
const needs = (subject: Person | null): Person => {
  if (!subject) throw new Error('this probe needs a subject');
  return subject;
};

// What a reader of a run gets, every field that follows the run's rule included.
const PAYROLL_RUN_SELECTION =
  'id period kind status headcount total { amount currency } lines { employeeId departmentId gross { amount currency } daysWorked unpaidDays payInForce { effectiveDate amount { amount currency } payFrequency } problems finalPay } preparedBy preparedAt approvedBy approvedAt journalEntry { id } postedAt';
const PAYSLIP_SELECTION = 'period kind gross { amount currency } daysWorked unpaidDays finalPay postedAt';
const isTheSubjectsPayslip = (value: unknown, world: World) => {
  const period = addDays(world.today, -30).slice(0, 7);
  return (value as Array<{ period: string }>).some((slip) => slip.period === period) ? null : `expected the subject's payslip for ${period}, got ${JSON.stringify(value)}`;
};

// What a reader of an asset gets, every field that follows the asset's rule included (IT's notes,
// hand-overs and history are rows of their own); through the gateway also open fields of HR's
// Employee it leads to.
const ASSIGNMENT_SELECTION = 'id employee { id } assignedOn expectedReturnOn conditionOut handedOverBy returnedOn conditionIn receivedBy returnNotes endedAs';
const ASSET_SELECTION = `id tag serialNumber model { id manufacturer name category { code } } category { code name usefulLifeMonths } purchaseDate purchaseCost { amount currency } supplier warrantyEndsOn location status condition holder { id } currentAssignment { ${ASSIGNMENT_SELECTION} } unrecoveredOn version createdAt updatedAt`;
const ASSET_HOPS_INTO_HR = 'holder { firstName } currentAssignment { employee { lastName } }';
const isTheHeldAsset = (value: unknown, world: World) => {
  const asset = value as { id?: string; holder?: { id: string } | null };
  return asset.id === world.heldAsset.id && asset.holder?.id === world.subject.id ? null : `expected the subject's desktop ${world.heldAsset.id}, got ${JSON.stringify(value)}`;
};
// What a reader of a licence gets, the seat's fields included (its cost, notes and holders are
// rows of their own).
const LICENSE_SELECTION = 'id product vendor seats seatsUsed seatsFree billingPeriod renewalDate version createdAt';
// The subject's ticket (World.ticketId), every field that follows it.
const TICKET_SELECTION =
  'id number kind category priority status subject description requester { id } employee { id } assignee { id } asset { id } system dueOn sla { firstResponseDue resolutionDue firstResponseBreached resolutionBreached breached paused pausedFor } items { id supplyItem { code name kind assetCategory } assetCategory quantity handedOut asset { id } done } resolution resolutionNote openedAt firstRespondedAt resolvedAt closedAt reopenableUntil version';
const TICKET_HOPS_INTO_HR = 'requester { firstName } employee { lastName } assignee { email }';
const isTheTicket = (value: unknown, world: World) => ((value as { id?: string }).id === world.ticketId ? null : `expected the ticket ${world.ticketId}, got ${JSON.stringify(value)}`);
// Consumables no other probe hands out: one for each cell of Mutation.restockSupply.
const RESTOCKED_ITEMS = ['toner', 'stapler', 'staples', 'sticky-notes', 'printer-paper', 'usb-c-cable', 'mouse', 'keyboard'];
let nextRestockedItem = 0;
const isTheSubjectsTicketList = (value: unknown, world: World) =>
  (value as Array<{ id: string }>).length === 1 && (value as Array<{ id: string }>)[0]!.id === world.ticketId ? null : `expected the subject's ticket ${world.ticketId} alone, got ${JSON.stringify(value)}`;
const SEAT_SELECTION = `id license { ${LICENSE_SELECTION} } employee { id } assignedOn assignedBy releasedOn`;
const isTheLicense = (value: unknown, world: World) => ((value as { id?: string }).id === world.licenseId ? null : `expected the licence ${world.licenseId}, got ${JSON.stringify(value)}`);
// What a reader of accounts, access changes, findings and bundles gets, every field that follows
// them included (an account's history is a row of its own).
const ACCOUNT_SELECTION = 'id system username status activeFrom origin revokedOn employee { id } version createdAt';
const ACCOUNT_HISTORY_SELECTION = 'history { status effectiveOn reason actor at }';
const ACCESS_CHANGE_SELECTION = 'id employee { id } kind effectiveDate dueAt fromDepartment { id } toDepartment { id } status settledAt';
const FINDING_SELECTION = `kind account { ${ACCOUNT_SELECTION} } employee { id } department { id } detail`;
const BUNDLE_SELECTION = 'department { id } systems { code name description forEveryone } equipment { category { code name usefulLifeMonths } quantity } version updatedBy updatedAt';
const isTheDepartmentsBundle = (value: unknown, world: World) => {
  const bundle = value as { department: { id: string }; systems: Array<{ code: string }>; version: number };
  return bundle.department.id === world.department.id && bundle.version >= 1 && bundle.systems.some((system) => system.code === BUNDLE_SYSTEM)
    ? null
    : `expected the bundle of ${world.department.id} with ${BUNDLE_SYSTEM}, got ${JSON.stringify(value)}`;
};

// Months the payroll writes use, one per cell, from 2002 on: a payroll run's year is 2000 to 2100,
// and nobody the matrix hires was employed then, so each run is empty and posts no entry.
let nextPayrollMonth = 0;
const payrollMonth = () => monthOf(2002, nextPayrollMonth++);

// A date no other cell uses, years ahead, for the calendar's writes.
const holidayDate = (world: World) => workingDayFrom(addDays(world.today, 700 + world.unique() * 3));

// A process, every field that follows it; an event of a chain, every field.
const WORKFLOW_SELECTION =
  'id kind status employee { id } anchorDate openedAt completedAt cancelledAt correlationId steps { step department status dueOn doneAt failure { consumer reason eventType failedAt } retriedAt } overdue version';
const PUBLISHED_EVENT_SELECTION = 'id type topic subject sequence time actor causationId publishedAt';
const isTheSubjectsProcess = (kind: 'ONBOARDING' | 'OFFBOARDING') => (value: unknown, world: World) => {
  const workflow = value as { kind?: string; employee?: { id: string } | null; steps?: unknown[] };
  return workflow.kind === kind && workflow.employee?.id === world.subject.id && workflow.steps?.length ? null : `expected the subject's ${kind.toLowerCase()}, got ${JSON.stringify(value)}`;
};
// What accounting holds of an asset, every field that follows it.
const FIXED_ASSET_SELECTION =
  'asset { id } tag category acquiredOn usefulLifeMonths cost { amount currency } originalCost { amount currency } accumulatedDepreciation { amount currency } bookValue { amount currency } holder { id } status disposedOn depreciationSchedule { period amount accumulated bookValue posted }';
// Each cell of setOffboardingPolicy its own number of days (the policy allows 0 to 365).
let nextPolicyDays = 0;

// ---------------------------------------------------------------------------------------------
// The probes, by subgraph and row name.

export const probes: Record<MatrixSubgraph, Record<string, Probe>> = {
  hr: {
    // reads
    'Employee.phone': employeeField('hr', 'phone'),
    'Employee.emergencyContact': employeeField('hr', 'emergencyContact', 'emergencyContact { name }'),
    'Employee.terminationDate': employeeField('hr', 'terminationDate'),
    'Employee.terminationReason': employeeField('hr', 'terminationReason'),
    'Employee.history': withExpectation(employeeField('hr', 'history', 'history { action }'), nonEmpty),
    'Employee.salary': employeeField('hr', 'salary', 'salary { amount currency }'),
    'Employee.compensation': employeeField('hr', 'compensation', 'compensation { amount }'),
    'Employee.compensationHistory': withExpectation(employeeField('hr', 'compensationHistory', 'compensationHistory { amount }'), nonEmpty),
    'Query.recordIssues': rootField('recordIssues', `{ recordIssues { kind } }`),
    'Query.leaveBalance': withExpectation(
      rootField('leaveBalance', `query Read($id: ID!, $year: Int!) { leaveBalance(employeeId: $id, year: $year) { leaveType { code } allocated } }`, (w) => ({ id: w.subject.id, year: thisYear(w) })),
      (value) => ((value as Array<{ leaveType: { code: string }; allocated: string }>).some((b) => b.leaveType.code === 'VACATION' && Number(b.allocated) > 0) ? null : `expected the VACATION allocation, got ${JSON.stringify(value)}`),
    ),
    'Query.leaveRequests (filter.employeeId: the person)': withExpectation(
      rootField('leaveRequests', `query Read($id: ID!) { leaveRequests(filter: { employeeId: $id }) { totalCount edges { node { id status } } } }`, (w) => ({ id: w.subject.id })),
      (value, w) => ((value as { edges: Array<{ node: { id: string } }> }).edges.some(({ node }) => node.id === w.leaveRequestId) ? null : `expected the person's request ${w.leaveRequestId}, got ${JSON.stringify(value)}`),
    ),
    'Query._entities (LeaveRequest)': { kind: 'read', paths: [entity('hr', 'LeaveRequest', (w) => w.leaveRequestId, 'status leaveType { code }')] },
    'Query._entities (Employee, Department, Correlation)': {
      kind: 'read',
      paths: [
        entity('hr', 'Employee', (w) => w.subject.id, 'firstName'),
        entity('hr', 'Department', (w) => w.department.id, 'code'),
        entity('hr', 'Correlation', (w) => w.hireCorrelationId, ''),
      ],
    },
    'Query._service': serviceSdl('hr'),

    // departments
    'Mutation.createDepartment': {
      kind: 'write',
      subject: true,
      // The person the cell is about is named head: for `self`, the caller makes themself head.
      prepare: async (world, subject) => {
        const code = `AZ-${world.unique()}`;
        return {
          mutation: `mutation Write($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
          variables: { input: { code, name: 'Probe department', headId: needs(subject).id } },
          readBack: async () => {
            const data = await asHr<{ departments: Array<{ code: string; head: { id: string } | null }> }>(world, 'reading departments back', `{ departments { code head { id } } }`);
            return data.departments.filter((d) => d.code === code);
          },
        };
      },
    },
    'Mutation.updateDepartment': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const created = await createDepartmentAsHr(world);
        return {
          mutation: `mutation Write($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`,
          variables: { id: created.id, input: { version: created.version, name: 'Renamed by the probe', headId: needs(subject).id } },
          readBack: () => department(world, created.id, 'name head { id } version'),
        };
      },
    },
    'Mutation.closeDepartment': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const created = await createDepartmentAsHr(world);
        return {
          mutation: `mutation Write($id: ID!, $version: Int) { closeDepartment(id: $id, version: $version) { id } }`,
          variables: { id: created.id, version: created.version },
          readBack: () => department(world, created.id, 'status version'),
        };
      },
    },

    // employees
    'Mutation.hireEmployee': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const email = `probe-hire-${world.unique()}@example.com`;
        return {
          mutation: `mutation Write($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`,
          variables: {
            input: { firstName: 'New', lastName: 'Hire', email, title: 'Analyst', departmentId: world.department.id, startDate: addDays(world.today, 14), salary: { amount: '50000.00', currency: 'EUR' } },
          },
          readBack: async () => (await asHr<{ employees: { totalCount: number } }>(world, 'searching the hire', `query Back($search: String) { employees(filter: { search: $search }) { totalCount } }`, { search: email })).employees.totalCount,
        };
      },
    },
    'Mutation.updateEmployee (phone, workLocation, emergencyContact)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        return {
          mutation: `mutation Write($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`,
          variables: { id, input: { version: await employeeVersion(world, id), phone: '+44 20 7946 0999', workLocation: 'Leeds' } },
          readBack: () => employee(world, id, 'phone workLocation version'),
        };
      },
    },
    'Mutation.updateEmployee (firstName, lastName, email, employmentType)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        return {
          mutation: `mutation Write($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`,
          variables: { id, input: { version: await employeeVersion(world, id), lastName: 'Renamed', employmentType: 'PART_TIME' } },
          readBack: () => employee(world, id, 'lastName employmentType version'),
        };
      },
    },
    'Mutation.transferEmployee': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        return {
          mutation: `mutation Write($id: ID!, $input: TransferEmployeeInput!) { transferEmployee(id: $id, input: $input) { id } }`,
          variables: { id, input: { title: 'Senior Analyst', reason: 'probe' } },
          readBack: () => employee(world, id, 'title version'),
        };
      },
    },
    'Mutation.changeSalary': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        return {
          mutation: `mutation Write($id: ID!, $input: ChangeSalaryInput!) { changeSalary(id: $id, input: $input) { id } }`,
          variables: { id, input: { salary: { amount: '99000.00', currency: 'EUR' }, effectiveDate: addDays(world.today, 30), reason: 'probe' } },
          readBack: () => employee(world, id, 'compensationHistory { amount effectiveDate } version'),
        };
      },
    },
    'Mutation.terminateEmployee': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        return {
          mutation: `mutation Write($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`,
          variables: { id, input: { terminationDate: addDays(world.today, 200), reason: 'RESIGNATION' } },
          readBack: () => employee(world, id, 'terminationDate terminationReason version'),
        };
      },
    },
    'Mutation.withdrawTermination': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        await terminateAsHr(world, id, addDays(world.today, 200));
        return {
          mutation: `mutation Write($id: ID!, $reason: String!) { withdrawTermination(id: $id, reason: $reason) { employee { id } } }`,
          variables: { id, reason: 'probe' },
          readBack: () => employee(world, id, 'terminationDate version'),
        };
      },
    },
    'Mutation.rehireEmployee': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        // A former employee: their last day has passed.
        await terminateAsHr(world, id, addDays(world.today, -10));
        return {
          mutation: `mutation Write($id: ID!, $input: RehireEmployeeInput!) { rehireEmployee(id: $id, input: $input) { id } }`,
          variables: {
            id,
            input: { startDate: addDays(world.today, 7), departmentId: world.department.id, managerId: world.lineManager.id, title: 'Returning Analyst', salary: { amount: '61000.00', currency: 'EUR' } },
          },
          readBack: () => employee(world, id, 'startDate terminationDate version'),
        };
      },
    },

    // leave
    'Mutation.requestLeave (for the person)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        const day = workingDayFrom(addDays(world.today, 28));
        return {
          mutation: `mutation Write($input: RequestLeaveInput!) { requestLeave(input: $input) { id } }`,
          variables: { input: { employeeId: id, leaveType: 'UNPAID', startDate: day, endDate: day } },
          readBack: () => leaveStatus(world, id),
        };
      },
    },
    'Mutation.approveLeave': pendingLeave((id) => ({ mutation: `mutation Write($id: ID!) { approveLeave(id: $id) { id } }`, variables: { id } })),
    'Mutation.rejectLeave': pendingLeave((id) => ({ mutation: `mutation Write($id: ID!, $reason: String!) { rejectLeave(id: $id, reason: $reason) { id } }`, variables: { id, reason: 'probe' } })),
    'Mutation.cancelLeave': pendingLeave((id) => ({ mutation: `mutation Write($id: ID!) { cancelLeave(id: $id) { id } }`, variables: { id } })),
    'Mutation.allocateLeave': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        return {
          mutation: `mutation Write($input: AllocateLeaveInput!) { allocateLeave(input: $input) { year } }`,
          variables: { input: { employeeId: id, leaveType: 'VACATION', year: thisYear(world), days: 5 } },
          readBack: () => vacationBalance(world, id, thisYear(world)),
        };
      },
    },
    'Mutation.adjustLeaveBalance': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const { id } = needs(subject);
        return {
          mutation: `mutation Write($input: AdjustLeaveBalanceInput!) { adjustLeaveBalance(input: $input) { year } }`,
          variables: { input: { employeeId: id, leaveType: 'VACATION', year: thisYear(world), days: 2, reason: 'probe' } },
          readBack: () => vacationBalance(world, id, thisYear(world)),
        };
      },
    },
    'Mutation.addHoliday': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const date = holidayDate(world);
        return {
          mutation: `mutation Write($input: AddHolidayInput!) { addHoliday(input: $input) { date } }`,
          variables: { input: { date, name: 'Probe day' } },
          readBack: () => isHoliday(world, date),
        };
      },
    },
    'Mutation.removeHoliday': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const date = holidayDate(world);
        await asHr(world, 'adding a holiday', `mutation Add($input: AddHolidayInput!) { addHoliday(input: $input) { date } }`, { input: { date, name: 'Probe day' } });
        return {
          mutation: `mutation Write($date: Date!) { removeHoliday(date: $date) { date } }`,
          variables: { date },
          readBack: () => isHoliday(world, date),
        };
      },
    },

    // processes
    'Employee.onboarding': withExpectation(employeeField('hr', 'onboarding', `onboarding { ${WORKFLOW_SELECTION} }`), isTheSubjectsProcess('ONBOARDING')),
    'Employee.offboarding': withExpectation(employeeField('hr', 'offboarding', `offboarding { ${WORKFLOW_SELECTION} }`), isTheSubjectsProcess('OFFBOARDING')),
    'Query.workflows (filter.employeeId: the person)': withExpectation(
      rootField(
        'workflows',
        `query Read($id: ID!) { workflows(filter: { employeeId: $id }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${WORKFLOW_SELECTION} employee { firstName } } } } }`,
        (w) => ({ id: w.subject.id }),
      ),
      (value) => {
        const kinds = (value as { edges: Array<{ node: { kind: string } }> }).edges.map(({ node }) => node.kind).sort();
        return JSON.stringify(kinds) === JSON.stringify(['OFFBOARDING', 'ONBOARDING']) ? null : `expected the subject's onboarding and offboarding, got ${JSON.stringify(value)}`;
      },
    ),
    'Query.workflow (the person\'s onboarding)': withExpectation(
      rootField('workflow', `query Read($id: ID!) { workflow(id: $id) { ${WORKFLOW_SELECTION} } }`, (w) => ({ id: w.onboardingId })),
      isTheSubjectsProcess('ONBOARDING'),
    ),
    // HR's own step waits while the record has an issue (the person has no phone).
    'Mutation.retryWorkflowStep (the person\'s failed HR_RECORD step)': failedStepOf('hr', 'onboarding', 'HR_RECORD', { phone: null }),
    'Mutation.retryWorkflowStep (the person\'s failed FIRST_PAYROLL step)': failedStepOf('accounting', 'onboarding', 'FIRST_PAYROLL', true),
    'Mutation.retryWorkflowStep (the person\'s failed ACCESS_REVOKED step)': failedStepOf('it', 'offboarding', 'ACCESS_REVOKED', true),
    'Query.offboardingPolicy': rootField('offboardingPolicy', `{ offboardingPolicy { unreturnedAfterDays treatment changedAt changedBy version } }`),
    'Mutation.setOffboardingPolicy': {
      kind: 'write',
      subject: false,
      // Days of its own for each cell: they show whether the write happened.
      prepare: async (world) => {
        const days = 200 + (nextPolicyDays++ % 160);
        return {
          mutation: `mutation Write($input: OffboardingPolicyInput!) { setOffboardingPolicy(input: $input) { version } }`,
          variables: { input: { unreturnedAfterDays: days, treatment: 'WRITE_OFF' } },
          readBack: async () =>
            (await asHr<{ offboardingPolicy: { unreturnedAfterDays: number } | null }>(world, 'reading the offboarding policy back', `{ offboardingPolicy { unreturnedAfterDays } }`)).offboardingPolicy?.unreturnedAfterDays === days,
        };
      },
    },
    'Query.correlatedEvents': withExpectation(
      rootField('correlatedEvents', `query Read($id: String!) { correlatedEvents(correlationId: $id) { id hrEvents { ${PUBLISHED_EVENT_SELECTION} } } }`, (w) => ({ id: w.hireCorrelationId })),
      (value) => nonEmpty((value as { hrEvents: unknown }).hrEvents),
    ),
    'Correlation.hrEvents': withExpectation(correlationEvents('hr', 'hrEvents'), nonEmpty),
  },

  accounting: {
    'Department.budget': departmentField('accounting', 'budget', 'budget { fiscalYear amount { amount currency } spent { amount } remaining { amount } shareUsed setBy setAt reason version crossings { threshold } }'),
    'Department.spend': departmentField('accounting', 'spend', 'spend { amount currency }'),
    'Query.budgets': withExpectation(
      rootField(
        'budgets',
        `query Read($year: Int!) { budgets(fiscalYear: $year) { id departmentId fiscalYear account { code } amount { amount } spent { amount } remaining { amount } shareUsed setBy version crossings { threshold crossedAt entry { id } spent { amount } } } }`,
        (w) => ({ year: thisYear(w) }),
      ),
      (value, w) => ((value as Array<{ departmentId: string }>).some((budget) => budget.departmentId === w.department.id) ? null : `expected the budget of department ${w.department.id}, got ${JSON.stringify(value)}`),
    ),
    'Query.ledgerAccounts': rootField('ledgerAccounts', `{ ledgerAccounts { code name type parent { code } archived } }`),
    'Query.journalEntry': rootField(
      'journalEntry',
      `query Read($id: ID!) { journalEntry(id: $id) { id number memo lines { account { code } debit credit original { amount currency } rate departmentId } reverses { id } reversedBy { id } hash postedBy postedAt preparedBy } }`,
      (w) => ({ id: w.journalEntryId }),
    ),
    'Query.journalEntries': rootField('journalEntries', `query Read($from: Date!) { journalEntries(filter: { from: $from }, first: 5) { edges { cursor node { id number } } pageInfo { hasNextPage endCursor } } }`, (w) => ({ from: addDays(w.today, -1) })),
    'Query.exchangeRates': rootField('exchangeRates', `{ exchangeRates { currency validFrom rate setBy setAt } }`),
    'Query.verifyLedger': rootField('verifyLedger', `{ verifyLedger { ok entriesChecked firstMismatch { entryId fiscalYear number problem } } }`),
    'Query.fiscalPeriods': rootField('fiscalPeriods', `query Read($year: Int!) { fiscalPeriods(fiscalYear: $year) { period status changedBy changedAt reason } }`, (w) => ({ year: thisYear(w) })),
    'Query.refusedPostings': rootField('refusedPostings', `query Read($year: Int!) { refusedPostings(fiscalYear: $year) { attemptedAt actor date idempotencyKey reason } }`, (w) => ({ year: thisYear(w) })),
    // Months far in the past, one per cell, so cells never close each other's.
    'Mutation.closePeriod': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const period = monthOf(1900, world.unique());
        return { mutation: `mutation Write($period: String!) { closePeriod(period: $period) { status } }`, variables: { period }, readBack: () => periodStatus(world, period) };
      },
    },
    'Mutation.reopenPeriod': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const period = monthOf(1900, world.unique());
        dataOf(await viaGateway(world, world.bookkeeper(), `mutation Close($period: String!) { closePeriod(period: $period) { status } }`, { period }), 'closing a period');
        return {
          mutation: `mutation Write($input: ReopenPeriodInput!) { reopenPeriod(input: $input) { status } }`,
          variables: { input: { period, reason: 'authorization matrix' } },
          readBack: () => periodStatus(world, period),
        };
      },
    },
    'Mutation.closeFiscalYear': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        // A year of its own with one expense in it, so there is a result to close.
        const year = (nextYearToClose -= 1);
        dataOf(
          await viaGateway(world, world.bookkeeper(), `mutation Post($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }`, {
            input: { ...journalEntryInput(world, randomUUID()), date: `${year}-06-15` },
          }),
          'posting in the year to close',
        );
        return {
          mutation: `mutation Write($year: Int!) { closeFiscalYear(fiscalYear: $year) { id } }`,
          variables: { year },
          readBack: async () => (await periodStatus(world, `${year}-12`)) === 'CLOSED',
        };
      },
    },
    'Query.trialBalance': rootField('trialBalance', `query Read($asOf: Date!) { trialBalance(asOf: $asOf) { totalDebit totalCredit lines { account { code } debit credit } } }`, (w) => ({ asOf: w.today })),
    'Query.incomeStatement': rootField(
      'incomeStatement',
      `query Read($from: Date!, $to: Date!, $departmentId: ID) { incomeStatement(from: $from, to: $to, departmentId: $departmentId) { netIncome expenses { account { code } amount } } }`,
      (w) => ({ from: addDays(w.today, -40), to: w.today, departmentId: w.department.id }),
    ),
    'Query.balanceSheet': rootField('balanceSheet', `query Read($asOf: Date!) { balanceSheet(asOf: $asOf) { totalAssets totalLiabilitiesAndEquity currentYearProfit } }`, (w) => ({ asOf: w.today })),
    'Query.accountLedger': rootField(
      'accountLedger',
      `query Read($id: ID!, $from: Date!, $to: Date!) { accountLedger(accountId: $id, from: $from, to: $to) { openingBalance lines { date debit credit runningBalance entry { number } } } }`,
      (w) => ({ id: w.ledgerAccountIds.cash, from: addDays(w.today, -40), to: w.today }),
    ),
    'Query._entities (JournalEntry)': { kind: 'read', paths: [entity('accounting', 'JournalEntry', (w) => w.journalEntryId, 'memo')] },
    'Mutation.postJournalEntry': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const key = randomUUID();
        return {
          mutation: `mutation Write($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }`,
          variables: { input: journalEntryInput(world, key) },
          readBack: () => entriesPostedWithKey(world.stack, key),
        };
      },
    },
    'Mutation.reverseJournalEntry': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const id = await postJournalEntryAsBookkeeper(world);
        return {
          mutation: `mutation Write($id: ID!) { reverseJournalEntry(id: $id) { id } }`,
          variables: { id },
          readBack: async () =>
            dataOf(await viaGateway<{ journalEntry: { reversedBy: { id: string } | null } }>(world, world.bookkeeper(), `query Read($id: ID!) { journalEntry(id: $id) { reversedBy { id } } }`, { id }), 'reading the entry back')
              .journalEntry.reversedBy,
        };
      },
    },
    'Mutation.createLedgerAccount': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const code = String(70_000_000 + world.unique());
        return {
          mutation: `mutation Write($input: CreateLedgerAccountInput!) { createLedgerAccount(input: $input) { id } }`,
          variables: { input: { code, name: `Matrix ${code}`, type: 'EXPENSE' } },
          readBack: async () => (await chartCodes(world)).includes(code),
        };
      },
    },
    'Mutation.archiveLedgerAccount': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const code = String(71_000_000 + world.unique());
        const created = dataOf(
          await viaGateway<{ createLedgerAccount: { id: string } }>(world, world.bookkeeper(), `mutation Create($input: CreateLedgerAccountInput!) { createLedgerAccount(input: $input) { id } }`, {
            input: { code, name: `Matrix ${code}`, type: 'EXPENSE' },
          }),
          'creating an account to archive',
        ).createLedgerAccount;
        return {
          mutation: `mutation Write($id: ID!) { archiveLedgerAccount(id: $id) { archived } }`,
          variables: { id: created.id },
          readBack: async () =>
            dataOf(await viaGateway<{ ledgerAccounts: Array<{ code: string; archived: boolean }> }>(world, world.bookkeeper(), `{ ledgerAccounts { code archived } }`), 'reading the chart back').ledgerAccounts.find(
              (account) => account.code === code,
            )?.archived,
        };
      },
    },
    'Mutation.setExchangeRate': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const validFrom = addDays('2001-01-01', world.unique());
        return {
          mutation: `mutation Write($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }`,
          variables: { input: { currency: 'USD', validFrom, rate: '0.9' } },
          readBack: async () =>
            dataOf(await viaGateway<{ exchangeRates: Array<{ validFrom: string }> }>(world, world.bookkeeper(), `{ exchangeRates(currency: "USD") { validFrom } }`), 'reading the rates back').exchangeRates.some(
              (rate) => rate.validFrom === validFrom,
            ),
        };
      },
    },

    // four eyes on manual entries
    'Query.journalEntryDrafts': withExpectation(
      rootField('journalEntryDrafts', `{ journalEntryDrafts { id status date memo preparedBy editors version total { amount currency } } }`),
      (value, w) => ((value as Array<{ id: string }>).some((draft) => draft.id === w.journalDraftId) ? null : `expected the waiting draft ${w.journalDraftId}, got ${JSON.stringify(value)}`),
    ),
    'Query.journalEntryDraft': rootField(
      'journalEntryDraft',
      `query Read($id: ID!) { journalEntryDraft(id: $id) { id status date memo sourceId lines { lineNo account { code } debit credit currency departmentId memo } total { amount currency } preparedBy preparedAt editors updatedAt version decidedBy decidedAt discardReason entry { id } } }`,
      (w) => ({ id: w.journalDraftId }),
    ),
    'Mutation.draftJournalEntry': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const memo = `authorization matrix: draft ${world.unique()}`;
        return {
          mutation: `mutation Write($input: JournalEntryDraftInput!) { draftJournalEntry(input: $input) { id } }`,
          variables: { input: journalEntryDraftInput(world, memo) },
          readBack: async () => (await waitingDrafts(world)).filter((draft) => draft.memo === memo).length,
        };
      },
    },
    'Mutation.updateJournalEntryDraft': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const draft = await draftJournalEntry(world);
        return {
          mutation: `mutation Write($id: ID!, $expectedVersion: Int!, $input: JournalEntryDraftInput!) { updateJournalEntryDraft(id: $id, expectedVersion: $expectedVersion, input: $input) { id } }`,
          variables: { id: draft.id, expectedVersion: draft.version, input: journalEntryDraftInput(world, 'authorization matrix: an edited draft') },
          readBack: () => draftState(world, draft.id),
        };
      },
    },
    'Mutation.discardJournalEntryDraft': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const draft = await draftJournalEntry(world);
        return {
          mutation: `mutation Write($id: ID!, $input: DiscardJournalEntryDraftInput!) { discardJournalEntryDraft(id: $id, input: $input) { id } }`,
          variables: { id: draft.id, input: { expectedVersion: draft.version, reason: 'authorization matrix' } },
          readBack: () => draftState(world, draft.id),
        };
      },
    },
    // The person the row is about wrote the draft, so only a second person may approve it.
    'Mutation.approveJournalEntry (prepared by the person)': approvalOf(async (world, writer) => draftJournalEntry(world, person(writer.id, ['ACCOUNTING']))),
    'Mutation.approveJournalEntry (edited by the person)': approvalOf(async (world, writer) => {
      const draft = await draftJournalEntry(world);
      const response = await viaGateway<{ updateJournalEntryDraft: { id: string; version: number } }>(
        world,
        person(writer.id, ['ACCOUNTING']),
        `mutation Edit($id: ID!, $expectedVersion: Int!, $input: JournalEntryDraftInput!) { updateJournalEntryDraft(id: $id, expectedVersion: $expectedVersion, input: $input) { id version } }`,
        { id: draft.id, expectedVersion: draft.version, input: journalEntryDraftInput(world, 'authorization matrix: a draft edited by the person') },
      );
      return dataOf(response, 'editing the draft').updateJournalEntryDraft;
    }),

    // budgets and the controls' thresholds
    'Mutation.setBudget': {
      kind: 'write',
      subject: false,
      // A department of its own for each cell: its first budget, this year.
      prepare: async (world) => {
        const { id } = await createDepartmentAsHr(world);
        return {
          mutation: `mutation Write($input: SetBudgetInput!) { setBudget(input: $input) { id } }`,
          variables: { input: { departmentId: id, fiscalYear: thisYear(world), amount: '1200.00' } },
          readBack: async () =>
            dataOf(
              await viaGateway<{ department: { budget: unknown } }>(world, world.bookkeeper(), `query Back($id: ID!, $year: Int) { department(id: $id) { budget(fiscalYear: $year) { amount { amount } version } } }`, {
                id,
                year: thisYear(world),
              }),
              'reading the budget back',
            ).department.budget,
        };
      },
    },
    'Query.controlSettings': rootField('controlSettings', `{ controlSettings { ${CONTROL_SETTINGS} changedBy changedAt reason } }`),
    'Mutation.setControlSettings': {
      kind: 'write',
      subject: false,
      // The thresholds as they are, so no other cell sees them change: the reason, unique to the
      // cell, is what shows whether the write happened.
      prepare: async (world) => {
        const current = await controlSettings(world);
        const reason = `authorization matrix ${world.unique()}`;
        return {
          mutation: `mutation Write($input: SetControlSettingsInput!) { setControlSettings(input: $input) { changedBy } }`,
          variables: {
            input: {
              manualApprovalThreshold: current.manualApprovalThreshold.amount,
              unsupportedManualThreshold: current.unsupportedManualThreshold.amount,
              roundAmountThreshold: current.roundAmountThreshold.amount,
              roundAmountUnit: current.roundAmountUnit,
              reason,
            },
          },
          readBack: async () => (await controlSettings(world)).reason === reason,
        };
      },
    },
    'Query.auditFindings': rootField(
      'auditFindings',
      `query Read($year: Int!) { auditFindings(fiscalYear: $year) { kind message entries { id } budget { id } refusedPosting { reason } missingNumbers } }`,
      (w) => ({ year: thisYear(w) }),
    ),

    // expense claims
    'Query.expensePolicy': rootField(
      'expensePolicy',
      `{ expensePolicy { receiptRequiredAbove { amount currency } maxLineAgeDays accountingApprovalAbove { amount } categories { category perLineLimit { amount } perDayLimit { amount } account { code name } } changedBy changedAt reason } }`,
    ),
    'Mutation.setExpensePolicy': {
      kind: 'write',
      subject: false,
      // The limits as they are, so no other cell sees them change: the reason, unique to the cell,
      // shows whether the write happened.
      prepare: async (world) => {
        const current = await expensePolicy(world);
        const reason = `authorization matrix ${world.unique()}`;
        return {
          mutation: `mutation Write($input: SetExpensePolicyInput!) { setExpensePolicy(input: $input) { changedBy } }`,
          variables: { input: { receiptRequiredAbove: current.receiptRequiredAbove.amount, maxLineAgeDays: current.maxLineAgeDays, accountingApprovalAbove: current.accountingApprovalAbove.amount, reason } },
          readBack: async () => (await expensePolicy(world)).reason === reason,
        };
      },
    },
    'Query.expenseSpendByMonth': withExpectation(
      rootField('expenseSpendByMonth', `query Read($year: Int!) { expenseSpendByMonth(year: $year) { month department { id name } total { amount currency } claims } }`, (w) => ({ year: thisYear(w) })),
      (value, w) =>
        (value as Array<{ department: { id: string } | null; claims: number }>).some((row) => row.department?.id === w.department.id && row.claims >= 1)
          ? null
          : `expected the subject's approved claim in their department's spend, got ${JSON.stringify(value)}`,
    ),
    'Query.expenseClaims': rootField('expenseClaims', `{ expenseClaims(first: 5) { edges { cursor node { id status total { amount } } } pageInfo { hasNextPage endCursor } } }`),
    'Query.expenseApprovalQueue': rootField('expenseApprovalQueue', `{ expenseApprovalQueue { id awaiting } }`),
    'Query.expenseClaim (a claim of the person)': withExpectation(rootField('expenseClaim', `query Read($id: ID!) { expenseClaim(id: $id) { ${CLAIM_SELECTION} ${HOPS_INTO_HR} } }`, (w) => ({ id: w.expenseClaimId })), isTheClaim),
    'Query._entities (ExpenseClaim)': withExpectation({ kind: 'read', paths: [entity('accounting', 'ExpenseClaim', (w) => w.expenseClaimId, CLAIM_SELECTION)] }, isTheClaim),
    // The subject's one claim is first on their list for whoever may see it; for anyone else the
    // list is empty.
    'Employee.expenseClaims (the person\'s claim)': withExpectation(employeeClaimField('', ['expenseClaims', 0]), isTheClaim),
    'ExpenseClaim.journalEntry': employeeClaimField('journalEntry { id source }', ['expenseClaims', 0, 'journalEntry']),
    'ExpenseClaim.paymentEntry': employeeClaimField('paymentEntry { id source }', ['expenseClaims', 0, 'paymentEntry']),
    'Mutation.draftExpenseClaim': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const title = `authorization matrix: draft claim ${world.unique()}`;
        return {
          mutation: `mutation Write($input: ExpenseClaimInput!) { draftExpenseClaim(input: $input) { id } }`,
          variables: { input: expenseClaimInput(world, title) },
          readBack: () => draftsTitled(world, title),
        };
      },
    },
    'Mutation.updateExpenseClaim (a draft of the person)': claimOfThePerson(async (world, claimant) => {
      const draft = await draftExpenseClaimAs(world, person(claimant.id, ['EMPLOYEE']));
      return {
        mutation: `mutation Write($id: ID!, $expectedVersion: Int!, $input: ExpenseClaimInput!) { updateExpenseClaim(id: $id, expectedVersion: $expectedVersion, input: $input) { id } }`,
        variables: { id: draft.id, expectedVersion: draft.version, input: expenseClaimInput(world, 'authorization matrix: an edited claim') },
        claimId: draft.id,
      };
    }),
    'Mutation.submitExpenseClaim (a draft of the person)': claimOfThePerson(async (world, claimant) => {
      const draft = await draftExpenseClaimAs(world, person(claimant.id, ['EMPLOYEE']));
      return { mutation: `mutation Write($id: ID!, $expectedVersion: Int!) { submitExpenseClaim(id: $id, expectedVersion: $expectedVersion) { id } }`, variables: { id: draft.id, expectedVersion: draft.version }, claimId: draft.id };
    }),
    'Mutation.withdrawExpenseClaim (a submitted claim of the person)': claimOfThePerson(async (world, claimant) => {
      const claim = await submittedExpenseClaim(world, claimant);
      return { mutation: `mutation Write($id: ID!, $expectedVersion: Int!) { withdrawExpenseClaim(id: $id, expectedVersion: $expectedVersion) { id } }`, variables: { id: claim.id, expectedVersion: claim.version }, claimId: claim.id };
    }),
    'Mutation.approveExpenseClaim (waiting for the line manager)': claimOfThePerson(async (world, claimant) => decision('approve', await submittedExpenseClaim(world, claimant))),
    'Mutation.approveExpenseClaim (waiting for ACCOUNTING)': claimOfThePerson(async (world, claimant) => decision('approve', await waitingForAccounting(world, claimant))),
    'Mutation.rejectExpenseClaim (waiting for the line manager)': claimOfThePerson(async (world, claimant) => decision('reject', await submittedExpenseClaim(world, claimant))),
    'Mutation.rejectExpenseClaim (waiting for ACCOUNTING)': claimOfThePerson(async (world, claimant) => decision('reject', await waitingForAccounting(world, claimant))),
    'Mutation.markExpenseClaimPaid (an approved claim of the person)': claimOfThePerson(async (world, claimant) => {
      const claim = await approveExpenseClaimAs(world, person(world.lineManager.id, ['EMPLOYEE']), await submittedExpenseClaim(world, claimant));
      return { mutation: `mutation Write($id: ID!, $expectedVersion: Int!) { markExpenseClaimPaid(id: $id, expectedVersion: $expectedVersion) { id } }`, variables: { id: claim.id, expectedVersion: claim.version }, claimId: claim.id };
    }),

    // payroll
    'Employee.payslips': withExpectation(employeeField('accounting', 'payslips', `payslips { ${PAYSLIP_SELECTION} }`), isTheSubjectsPayslip),
    'Query.payrollRuns': withExpectation(
      rootField('payrollRuns', `query Read($year: Int!) { payrollRuns(year: $year) { ${PAYROLL_RUN_SELECTION} } }`, (w) => ({ year: Number(addDays(w.today, -30).slice(0, 4)) })),
      (value, w) => ((value as Array<{ id: string }>).some((run) => run.id === w.payrollRunId) ? null : `expected the posted run ${w.payrollRunId}, got ${JSON.stringify(value)}`),
    ),
    'Query.payrollRun': withExpectation(
      rootField('payrollRun', `query Read($id: ID!) { payrollRun(id: $id) { ${PAYROLL_RUN_SELECTION} } }`, (w) => ({ id: w.payrollRunId })),
      (value, w) => {
        const run = value as { id: string; lines: Array<{ employeeId: string }> };
        return run.id === w.payrollRunId && run.lines.some((line) => line.employeeId === w.subject.id) ? null : `expected the posted run ${w.payrollRunId} paying ${w.subject.id}, got ${JSON.stringify(value)}`;
      },
    ),
    // Each cell previews a month of its own, read back as the month's runs.
    'Mutation.previewPayroll': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const period = payrollMonth();
        return { mutation: `mutation Write($period: String!) { previewPayroll(period: $period) { id } }`, variables: { period }, readBack: () => payrollRunsOf(world, period) };
      },
    },
    // The person the row is about prepared the run, holding ACCOUNTING, so only a second person
    // may approve it.
    'Mutation.approvePayroll (prepared by the person)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const run = await previewPayrollAs(world, person(needs(subject).id, ['ACCOUNTING']), payrollMonth());
        return { mutation: `mutation Write($id: ID!) { approvePayroll(runId: $id) { id } }`, variables: { id: run.id }, readBack: () => readPayrollRun(world, run.id) };
      },
    },
    'Mutation.postPayroll (an approved run)': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const run = await previewPayrollAs(world, world.bookkeeper(), payrollMonth());
        await approvePayrollAs(world, person(randomUUID(), ['MANAGER']), run.id);
        return { mutation: `mutation Write($id: ID!) { postPayroll(runId: $id) { id } }`, variables: { id: run.id }, readBack: () => readPayrollRun(world, run.id) };
      },
    },

    // equipment in the books
    'Query.fixedAssets': withExpectation(
      rootField(
        'fixedAssets',
        `query Read($category: String) { fixedAssets(filter: { category: $category }) { pageInfo { hasNextPage endCursor } edges { cursor node { ${FIXED_ASSET_SELECTION} holder { firstName } } } } }`,
        () => ({ category: 'DESKTOP' }),
      ),
      (value, w) => {
        const nodes = (value as { edges: Array<{ node: { asset: { id: string }; holder: { id: string } | null; status: string } }> }).edges.map(({ node }) => node);
        return nodes.length === 1 && nodes[0]!.asset.id === w.heldAsset.id && nodes[0]!.holder?.id === w.subject.id && nodes[0]!.status === 'ACTIVE'
          ? null
          : `expected the subject's desktop ${w.heldAsset.id} alone, in the books, got ${JSON.stringify(value)}`;
      },
    ),
    'Asset.bookValue (the person\'s desktop)': booksOfAsset('bookValue', (w) => w.heldAsset.id, 'DESKTOP', HOLDER_IT_AND_MANAGER),
    'Asset.accumulatedDepreciation (the person\'s desktop)': booksOfAsset('accumulatedDepreciation', (w) => w.heldAsset.id, 'DESKTOP', HOLDER_IT_AND_MANAGER),
    'Asset.capitalised (the person\'s desktop)': withExpectation(booksOfAsset('capitalised', (w) => w.heldAsset.id, 'DESKTOP', HOLDER_IT_AND_MANAGER), (value) =>
      value === true ? null : `expected the desktop capitalised, got ${JSON.stringify(value)}`,
    ),
    'Asset.disposedOn (a retired asset)': booksOfAsset('disposedOn', (w) => w.retiredAssetId, 'PHONE', IT_AND_MANAGER),
    'Correlation.accountingEvents': correlationEvents('accounting', 'accountingEvents'),

    'Query._entities (Department, Employee, Asset, Correlation)': {
      kind: 'read',
      paths: [
        entity('accounting', 'Department', (w) => w.department.id, ''),
        entity('accounting', 'Employee', (w) => w.subject.id, ''),
        entity('accounting', 'Asset', (w) => w.heldAsset.id, ''),
        entity('accounting', 'Correlation', (w) => w.hireCorrelationId, ''),
      ],
    },
    'Query._service': serviceSdl('accounting'),
  },

  it: {
    // access
    'Employee.accounts': withExpectation(employeeField('it', 'accounts', `accounts { ${ACCOUNT_SELECTION} }`), (value) =>
      ['email', 'sso', 'chat', BUNDLE_SYSTEM].every((system) => (value as Array<{ system: string }>).some((account) => account.system === system))
        ? null
        : `expected the accounts of the department's bundle, got ${JSON.stringify(value)}`,
    ),
    'SystemAccount.history': withExpectation(systemAccountField('history', ACCOUNT_HISTORY_SELECTION), nonEmpty),
    'Department.accessBundle': withExpectation(departmentField('it', 'accessBundle', `accessBundle { ${BUNDLE_SELECTION} }`), isTheDepartmentsBundle),
    'Query.accessBundles': withExpectation(rootField('accessBundles', `{ accessBundles { ${BUNDLE_SELECTION} department { name } } }`), (value, w) => {
      const bundle = (value as Array<{ department: { id: string } }>).find((candidate) => candidate.department.id === w.department.id);
      return bundle ? isTheDepartmentsBundle(bundle, w) : `expected the bundle of ${w.department.id}, got ${JSON.stringify(value)}`;
    }),
    'Query.accessChanges (employeeId: the person)': withExpectation(
      rootField('accessChanges', `query Read($id: ID!) { accessChanges(employeeId: $id) { ${ACCESS_CHANGE_SELECTION} employee { firstName } } }`, (w) => ({ id: w.subject.id })),
      (value, w) => {
        const changes = value as Array<{ kind: string; employee: { id: string } }>;
        return changes.length === 1 && changes[0]!.kind === 'LEAVE' && changes[0]!.employee.id === w.subject.id ? null : `expected the subject's pending leave alone, got ${JSON.stringify(value)}`;
      },
    ),
    'Query.accessReview (a department)': withExpectation(
      rootField('accessReview', `query Read($id: ID!) { accessReview(departmentId: $id) { ${FINDING_SELECTION} employee { firstName } department { name } } }`, (w) => ({ id: w.team.id })),
      (value, w) => {
        const findings = value as Array<{ kind: string; account: { system: string }; employee: { id: string } }>;
        return findings.length === 1 && findings[0]!.kind === 'EXTRA_GRANT' && findings[0]!.account.system === EXTRA_SYSTEM && findings[0]!.employee.id === w.teamMember.id
          ? null
          : `expected the team member's ${EXTRA_SYSTEM} account alone, got ${JSON.stringify(value)}`;
      },
    ),
    'Mutation.addSystem': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const code = `matrix-${world.unique()}`;
        return {
          mutation: `mutation Write($input: AddSystemInput!) { addSystem(input: $input) { code } }`,
          variables: { input: { code, name: 'Matrix system', description: 'authorization matrix' } },
          readBack: async () => (await asIt<{ systems: Array<{ code: string }> }>(world, 'reading the systems back', `{ systems { code } }`)).systems.filter((system) => system.code === code).length,
        };
      },
    },
    'Mutation.setAccessBundle': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const { id } = await createDepartmentAsHr(world);
        return {
          mutation: `mutation Write($input: SetAccessBundleInput!) { setAccessBundle(input: $input) { version } }`,
          variables: { input: { departmentId: id, expectedVersion: 0, systems: ['source-control'], equipment: [{ category: 'MONITOR', quantity: 2 }] } },
          readBack: async () =>
            (await asIt<{ department: { accessBundle: unknown } }>(world, 'reading the bundle back', `query Back($id: ID!) { department(id: $id) { accessBundle { version systems { code } equipment { quantity } } } }`, { id }))
              .department.accessBundle,
        };
      },
    },
    'Mutation.grantAccess (to the person)': accountsOfThePerson(async (world, holder) => ({
      mutation: `mutation Write($input: GrantAccessInput!) { grantAccess(input: $input) { id } }`,
      variables: { input: { employeeId: holder.id, system: EXTRA_SYSTEM, reason: 'authorization matrix' } },
    })),
    'Mutation.suspendAccess (the person\'s account)': accountsOfThePerson(async (world, holder) => ({
      mutation: `mutation Write($input: AccountChangeInput!) { suspendAccess(input: $input) { id } }`,
      variables: { input: { employeeId: holder.id, system: 'chat', reason: 'authorization matrix' } },
    })),
    'Mutation.revokeAccess (the person\'s account)': accountsOfThePerson(async (world, holder) => ({
      mutation: `mutation Write($input: AccountChangeInput!) { revokeAccess(input: $input) { id } }`,
      variables: { input: { employeeId: holder.id, system: 'chat', reason: 'authorization matrix' } },
    })),
    // Confirming keeps the account and takes it off the review: read back as the person's findings.
    'Mutation.reviewAccess (a finding about the person\'s account)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const holder = needs(subject);
        await itOpenedTheAccountsOf(world, holder.id);
        const account = await grantAccessAsIt(world, holder.id, EXTRA_SYSTEM);
        return {
          mutation: `mutation Write($input: ReviewAccessInput!) { reviewAccess(input: $input) { kind } }`,
          variables: { input: { accountId: account.id, decision: 'CONFIRM', reason: 'authorization matrix' } },
          readBack: async () => (await findingsOf(world, world.department.id)).filter((finding) => finding.account.id === account.id),
        };
      },
    },

    // equipment
    'Employee.assets': withExpectation(employeeField('it', 'assets', `assets { ${ASSET_SELECTION} }`), (value, w) =>
      (value as Array<{ id: string }>).some((asset) => asset.id === w.heldAsset.id) ? null : `expected the subject's desktop ${w.heldAsset.id}, got ${JSON.stringify(value)}`,
    ),
    'Department.assetsInUse': withExpectation(departmentField('it', 'assetsInUse', 'assetsInUse { count purchaseCost { amount currency } }'), (value) =>
      (value as { count: number }).count >= 1 ? null : `expected at least the subject's desktop, got ${JSON.stringify(value)}`,
    ),
    'Query.assets': withExpectation(
      rootField(
        'assets',
        `query Read($holderId: ID!) { assets(filter: { holderId: $holderId }, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ASSET_SELECTION} } } } }`,
        (w) => ({ holderId: w.subject.id }),
      ),
      (value, w) => ((value as { edges: Array<{ node: { id: string } }> }).edges.some(({ node }) => node.id === w.heldAsset.id) ? null : `expected the subject's desktop ${w.heldAsset.id}, got ${JSON.stringify(value)}`),
    ),
    'Query.asset (an asset the person holds)': withExpectation(
      rootField('asset', `query Read($id: ID!) { asset(id: $id) { ${ASSET_SELECTION} ${ASSET_HOPS_INTO_HR} } }`, (w) => ({ id: w.heldAsset.id })),
      isTheHeldAsset,
    ),
    'Query.asset (an asset in stock)': withExpectation(rootField('asset', `query Read($id: ID!) { asset(id: $id) { ${ASSET_SELECTION} } }`, (w) => ({ id: w.stockAssetId })), (value, w) =>
      (value as { id: string }).id === w.stockAssetId ? null : `expected the asset in stock ${w.stockAssetId}, got ${JSON.stringify(value)}`,
    ),
    // The tag in lower case: a tag is found in any case.
    'Query.assetByTag (an asset the person holds)': withExpectation(
      rootField('assetByTag', `query Read($tag: String!) { assetByTag(tag: $tag) { ${ASSET_SELECTION} } }`, (w) => ({ tag: w.heldAsset.tag.toLowerCase() })),
      isTheHeldAsset,
    ),
    'Query._entities (Asset)': withExpectation({ kind: 'read', paths: [entity('it', 'Asset', (w) => w.heldAsset.id, ASSET_SELECTION)] }, isTheHeldAsset),
    'Asset.notes': heldAssetField('notes', 'notes'),
    'Asset.assignments': withExpectation(heldAssetField('assignments', `assignments { ${ASSIGNMENT_SELECTION} }`), nonEmpty),
    'Asset.history': withExpectation(heldAssetField('history', 'history { action status employee { id } condition occurredOn actor notes at }'), nonEmpty),
    'Query.equipmentInUseByMonth': withExpectation(
      rootField('equipmentInUseByMonth', `query Read($year: Int!) { equipmentInUseByMonth(year: $year) { month asOf department { id name } count } }`, (w) => ({ year: thisYear(w) })),
      (value, w) =>
        (value as Array<{ department: { id: string } | null; count: number }>).some((row) => row.department?.id === w.department.id && row.count >= 1)
          ? null
          : `expected the subject's desktop in their department's equipment in use, got ${JSON.stringify(value)}`,
    ),
    'Query.assetModels': withExpectation(rootField('assetModels', `{ assetModels(category: LAPTOP) { id manufacturer name category { code name usefulLifeMonths } } }`), nonEmpty),
    'Mutation.registerAsset': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const input = registerAssetInput(world);
        return {
          mutation: `mutation Write($input: RegisterAssetInput!) { registerAsset(input: $input) { id tag } }`,
          variables: { input },
          readBack: async () => (await asIt<{ assets: { totalCount: number } }>(world, 'searching the asset', `query Back($search: String) { assets(filter: { search: $search }) { totalCount } }`, { search: input.serialNumber })).assets.totalCount,
        };
      },
    },
    'Mutation.assignAsset (to the person)': assetOfThePerson(async (world, holder) => {
      const [asset] = await Promise.all([registerAssetAsIt(world), itKnowsTheEmploymentOf(world, holder.id)]);
      return {
        mutation: `mutation Write($input: AssignAssetInput!) { assignAsset(input: $input) { id } }`,
        variables: { input: { assetId: asset.id, expectedVersion: asset.version, employeeId: holder.id } },
        assetId: asset.id,
      };
    }),
    'Mutation.returnAsset (from the person)': assetOfThePerson(async (world, holder) => {
      const asset = await assetHeldBy(world, holder);
      return {
        mutation: `mutation Write($input: ReturnAssetInput!) { returnAsset(input: $input) { id } }`,
        variables: { input: { assetId: asset.id, expectedVersion: asset.version, condition: 'GOOD', notes: 'authorization matrix' } },
        assetId: asset.id,
      };
    }),
    'Mutation.sendToRepair (taken from the person)': assetOfThePerson(async (world, holder) => assetChange('sendToRepair', await assetHeldBy(world, holder))),
    'Mutation.markAssetLost (held by the person)': assetOfThePerson(async (world, holder) => assetChange('markAssetLost', await assetHeldBy(world, holder))),
    'Mutation.retireAsset': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const { assetId, ...attempt } = assetChange('retireAsset', await registerAssetAsIt(world));
        return { ...attempt, readBack: () => readAsset(world, assetId) };
      },
    },

    // licences
    'Employee.licenses': withExpectation(employeeField('it', 'licenses', `licenses { ${SEAT_SELECTION} }`), (value, w) =>
      (value as Array<{ license: { id: string } }>).some((seat) => seat.license.id === w.licenseId) ? null : `expected the subject's seat of ${w.licenseId}, got ${JSON.stringify(value)}`,
    ),
    'Query.licenses': withExpectation(rootField('licenses', `{ licenses { ${LICENSE_SELECTION} } }`), (value, w) =>
      (value as Array<{ id: string }>).some((license) => license.id === w.licenseId) ? null : `expected the licence ${w.licenseId}, got ${JSON.stringify(value)}`,
    ),
    'Query.license (a licence the person holds a seat of)': withExpectation(rootField('license', `query Read($id: ID!) { license(id: $id) { ${LICENSE_SELECTION} } }`, (w) => ({ id: w.licenseId })), isTheLicense),
    'Query._entities (License)': withExpectation({ kind: 'read', paths: [entity('it', 'License', (w) => w.licenseId, LICENSE_SELECTION)] }, isTheLicense),
    'License.costPerPeriod': heldLicenseField('costPerPeriod', 'costPerPeriod { amount currency }'),
    'License.notes': heldLicenseField('notes', 'notes'),
    'License.holders': withExpectation(heldLicenseField('holders', `holders { ${SEAT_SELECTION} }`), nonEmpty),
    'Mutation.registerLicense': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const input = registerLicenseInput(world);
        return {
          mutation: `mutation Write($input: RegisterLicenseInput!) { registerLicense(input: $input) { id } }`,
          variables: { input },
          readBack: async () => (await asIt<{ licenses: Array<{ product: string }> }>(world, 'reading the licences back', `{ licenses { product } }`)).licenses.filter((license) => license.product === input.product).length,
        };
      },
    },
    'Mutation.renewLicense': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const license = await registerLicenseAsIt(world);
        return {
          mutation: `mutation Write($input: RenewLicenseInput!) { renewLicense(input: $input) { id } }`,
          variables: { input: { licenseId: license.id, expectedVersion: license.version, renewalDate: addDays(license.renewalDate, 365), seats: 5 } },
          readBack: () => readLicense(world, license.id),
        };
      },
    },
    'Mutation.assignSeat (for the person)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const holder = needs(subject);
        const [license] = await Promise.all([registerLicenseAsIt(world), itKnowsTheEmploymentOf(world, holder.id)]);
        return {
          mutation: `mutation Write($input: SeatInput!) { assignSeat(input: $input) { id } }`,
          variables: { input: { licenseId: license.id, employeeId: holder.id } },
          readBack: () => readLicense(world, license.id),
        };
      },
    },
    'Mutation.releaseSeat (the person\'s seat)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const holder = needs(subject);
        const license = await registerLicenseAsIt(world);
        await assignSeatAsIt(world, license.id, holder.id);
        return {
          mutation: `mutation Write($input: SeatInput!) { releaseSeat(input: $input) { id } }`,
          variables: { input: { licenseId: license.id, employeeId: holder.id } },
          readBack: () => readLicense(world, license.id),
        };
      },
    },

    // helpdesk
    'Employee.tickets': withExpectation(employeeField('it', 'tickets', `tickets { ${TICKET_SELECTION} }`), isTheSubjectsTicketList),
    'Query.tickets (filter.requesterId: the person)': {
      kind: 'read',
      paths: [
        {
          via: 'gateway tickets(filter.requesterId)',
          target: 'gateway',
          query: `query Read($id: ID!) { tickets(filter: { requesterId: $id }, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${TICKET_SELECTION} ${TICKET_HOPS_INTO_HR} } } } }`,
          variables: (w) => ({ id: w.subject.id }),
          path: ['tickets', 'edges', 0, 'node'],
          expect: isTheTicket,
          columns: EVERY_CALLER.filter((column) => column !== 'SERVICE only'),
        },
        {
          via: 'gateway tickets(filter.requesterId), as a service account',
          target: 'gateway',
          query: `query Read($id: ID!) { tickets(filter: { requesterId: $id }) { totalCount } }`,
          variables: (w) => ({ id: w.subject.id }),
          path: ['tickets'],
          columns: ['SERVICE only'],
        },
      ],
    },
    'Query.ticket (a ticket the person asked for)': withExpectation(rootField('ticket', `query Read($id: ID!) { ticket(id: $id) { ${TICKET_SELECTION} ${TICKET_HOPS_INTO_HR} } }`, (w) => ({ id: w.ticketId })), isTheTicket),
    'Query._entities (Ticket)': withExpectation({ kind: 'read', paths: [entity('it', 'Ticket', (w) => w.ticketId, TICKET_SELECTION)] }, isTheTicket),
    'Ticket.comments': ticketField('comments', 'comments { id author body internal at }', (value) => {
      const comments = value as Array<{ internal: boolean }>;
      return comments.some((comment) => comment.internal) && comments.some((comment) => !comment.internal) ? null : `expected the public comment and the internal note, got ${JSON.stringify(value)}`;
    }, (value) => {
      const comments = value as Array<{ internal: boolean }>;
      return comments.length === 1 && !comments[0]!.internal ? null : `expected the public comment alone, got ${JSON.stringify(value)}`;
    }),
    'Ticket.timeline': ticketField('timeline', 'timeline { action fromStatus toStatus actor details at }', (value) => {
      const comments = (value as Array<{ action: string }>).filter((entry) => entry.action === 'COMMENTED');
      return comments.length === 2 ? null : `expected the entries of both comments, got ${JSON.stringify(value)}`;
    }, (value) => {
      const comments = (value as Array<{ action: string }>).filter((entry) => entry.action === 'COMMENTED');
      return comments.length === 1 ? null : `expected the entry of the public comment alone, got ${JSON.stringify(value)}`;
    }),
    'Query.helpdeskStats': rootField('helpdeskStats', `{ helpdeskStats { from to opened resolved breached byStatus { key count } byPriority { key count } medianFirstResponseMinutes medianResolutionMinutes } }`),
    'Mutation.openTicket (for the person)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const requester = needs(subject);
        await itKnowsTheEmploymentOf(world, requester.id);
        return { mutation: TICKET_OPEN, variables: { input: openTicketInput(requester.id) }, readBack: () => ticketsOf(world, requester.id) };
      },
    },
    'Mutation.requestSupplies (for the person)': {
      kind: 'write',
      subject: true,
      prepare: async (world, subject) => {
        const requester = needs(subject);
        await itKnowsTheEmploymentOf(world, requester.id);
        return {
          mutation: `mutation Write($input: RequestSuppliesInput!) { requestSupplies(input: $input) { id } }`,
          variables: { input: { items: [{ item: 'notebook', quantity: 1 }], requesterId: requester.id } },
          readBack: () => ticketsOf(world, requester.id),
        };
      },
    },
    'Mutation.assignTicket (the person\'s ticket)': ticketOfThePerson(async (world, requester) => {
      const ticket = await openTicketAsIt(world, requester.id);
      return ticketWrite('assignTicket', 'AssignTicketInput', { ticketId: ticket.id, expectedVersion: ticket.version, assigneeId: requester.id }, ticket.id);
    }),
    'Mutation.startTicket (the person\'s ticket)': ticketOfThePerson(async (world, requester) => {
      const ticket = await openTicketAsIt(world, requester.id);
      return ticketWrite('startTicket', 'TicketChangeInput', { ticketId: ticket.id, expectedVersion: ticket.version }, ticket.id);
    }),
    'Mutation.waitOnRequester (the person\'s ticket)': ticketOfThePerson(async (world, requester) => {
      const opened = await openTicketAsIt(world, requester.id);
      const ticket = await ticketChangeAsIt(world, 'startTicket', { ticketId: opened.id, expectedVersion: opened.version });
      return ticketWrite('waitOnRequester', 'WaitOnRequesterInput', { ticketId: ticket.id, expectedVersion: ticket.version, message: 'authorization matrix: which one?' }, ticket.id);
    }),
    'Mutation.commentOnTicket (on the person\'s ticket)': ticketOfThePerson(async (world, requester) => {
      const ticket = await openTicketAsIt(world, requester.id);
      return ticketWrite('commentOnTicket', 'CommentOnTicketInput', { ticketId: ticket.id, body: 'authorization matrix: a comment' }, ticket.id);
    }),
    'Mutation.commentOnTicket (an internal note on the person\'s ticket)': ticketOfThePerson(async (world, requester) => {
      const ticket = await openTicketAsIt(world, requester.id);
      return ticketWrite('commentOnTicket', 'CommentOnTicketInput', { ticketId: ticket.id, body: 'authorization matrix: a note', internal: true }, ticket.id);
    }),
    'Mutation.resolveTicket (the person\'s ticket)': ticketOfThePerson(async (world, requester) => {
      const ticket = await openTicketAsIt(world, requester.id);
      return ticketWrite('resolveTicket', 'ResolveTicketInput', { ticketId: ticket.id, expectedVersion: ticket.version, resolution: 'FIXED', note: 'authorization matrix' }, ticket.id);
    }),
    'Mutation.reopenTicket (the person\'s resolved ticket)': ticketOfThePerson(async (world, requester) => {
      const ticket = await resolvedTicketOf(world, requester);
      return ticketWrite('reopenTicket', 'ReopenTicketInput', { ticketId: ticket.id, expectedVersion: ticket.version, reason: 'authorization matrix: still broken' }, ticket.id);
    }),
    'Mutation.closeTicket (the person\'s resolved ticket)': ticketOfThePerson(async (world, requester) => {
      const ticket = await resolvedTicketOf(world, requester);
      return ticketWrite('closeTicket', 'TicketChangeInput', { ticketId: ticket.id, expectedVersion: ticket.version }, ticket.id);
    }),
    // From a stock of its own (restockSupply's cells restock another item).
    'Mutation.handOutSupplies (the person\'s supply request)': ticketOfThePerson(async (world, requester) => {
      const ticket = await requestSuppliesAsIt(world, requester.id, 'pens');
      return ticketWrite('handOutSupplies', 'HandOutSuppliesInput', { ticketId: ticket.id, expectedVersion: ticket.version, item: 'pens', quantity: 1 }, ticket.id);
    }),
    'Mutation.fulfilWithAsset (the person\'s supply request)': ticketOfThePerson(async (world, requester) => {
      const [ticket, asset] = await Promise.all([requestSuppliesAsIt(world, requester.id, 'laptop'), registerAssetAsIt(world)]);
      return ticketWrite(
        'fulfilWithAsset',
        'FulfilWithAssetInput',
        { ticketId: ticket.id, expectedVersion: ticket.version, itemId: ticket.items[0]!.id, assetId: asset.id, assetVersion: asset.version },
        ticket.id,
      );
    }),
    'SupplyItem.stock': supplyItemField('stock'),
    'SupplyItem.lowStockThreshold': supplyItemField('lowStockThreshold'),
    // Each cell on a consumable of its own, so an allowed restock never shows in a refused cell.
    'Mutation.restockSupply': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const code = RESTOCKED_ITEMS[nextRestockedItem++ % RESTOCKED_ITEMS.length]!;
        return {
          mutation: `mutation Write($input: RestockSupplyInput!) { restockSupply(input: $input) { code } }`,
          variables: { input: { item: code, quantity: 2 } },
          readBack: async () => (await asIt<{ supplyItems: Array<{ code: string; stock: number | null }> }>(world, 'reading the stock back', `{ supplyItems { code stock } }`)).supplyItems.find((item) => item.code === code),
        };
      },
    },
    'MaintenanceWindow.plannedBy': {
      kind: 'read',
      paths: [
        {
          via: 'gateway maintenanceWindows(from, to, system)',
          target: 'gateway',
          query: `query Read($from: DateTime, $to: DateTime, $system: String) { maintenanceWindows(from: $from, to: $to, system: $system) { id plannedBy } }`,
          variables: (w) => ({ from: `${addDays(w.today, MAINTENANCE_DAY)}T00:00:00.000Z`, to: `${addDays(w.today, MAINTENANCE_DAY)}T23:59:00.000Z`, system: BUNDLE_SYSTEM }),
          path: ['maintenanceWindows', EVERY, 'plannedBy'],
          expect: (value) => (typeof value === 'string' && value.length > 0 ? null : `expected who planned it, got ${JSON.stringify(value)}`),
        },
      ],
    },
    // Each cell on a day of its own, so no two windows overlap.
    'Mutation.scheduleMaintenance': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const day = 400 + world.unique();
        return {
          mutation: `mutation Write($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id } }`,
          variables: { input: maintenanceInput(world, day) },
          readBack: () => maintenanceOn(world, day),
        };
      },
    },
    'Mutation.updateMaintenanceWindow': {
      kind: 'write',
      subject: false,
      prepare: async (world) => {
        const day = 400 + world.unique();
        const window = await scheduleMaintenanceAsIt(world, day);
        return {
          mutation: `mutation Write($input: UpdateMaintenanceWindowInput!) { updateMaintenanceWindow(input: $input) { id } }`,
          variables: { input: { windowId: window.id, expectedVersion: window.version, impact: 'OUTAGE' } },
          readBack: () => maintenanceOn(world, day),
        };
      },
    },

    'Correlation.itEvents': correlationEvents('it', 'itEvents'),
    'Query._entities (Employee, Department, Correlation)': {
      kind: 'read',
      paths: [entity('it', 'Employee', (w) => w.subject.id, ''), entity('it', 'Department', (w) => w.department.id, ''), entity('it', 'Correlation', (w) => w.hireCorrelationId, '')],
    },
    'Query._service': serviceSdl('it'),
  },
};

// A field of the subject's ticket, by every way to it: `ticket(id)`, the subject's
// `Employee.tickets` (from the root and from department.head), and `_entities` at IT. IT and
// MANAGER get it whole; its requester without IT's internal notes; whoever else is refused the
// ticket, or the subject's list, before its field.
function ticketField(fieldName: string, selection: string, staffSee: NonNullable<ReadPath['expect']>, requesterSees: NonNullable<ReadPath['expect']>): ReadProbe {
  const tickets = `tickets { id ${selection} }`;
  const ways: Array<{ way: Omit<ReadPath, 'path' | 'columns'>; record: Array<string | number>; refusedAt: Array<string | number> }> = [
    { way: { via: 'gateway ticket(id)', target: 'gateway', query: `query Read($id: ID!) { ticket(id: $id) { id ${selection} } }`, variables: (w) => ({ id: w.ticketId }) }, record: ['ticket'], refusedAt: ['ticket'] },
    {
      way: { via: 'gateway employee(id).tickets', target: 'gateway', query: `query Read($id: ID!) { employee(id: $id) { id ${tickets} } }`, variables: (w) => ({ id: w.subject.id }) },
      record: ['employee', 'tickets', 0],
      refusedAt: ['employee', 'tickets'],
    },
    {
      way: { via: 'gateway department(id).head.tickets', target: 'gateway', query: `query Read($id: ID!) { department(id: $id) { id head { id ${tickets} } } }`, variables: (w) => ({ id: w.department.id }) },
      record: ['department', 'head', 'tickets', 0],
      refusedAt: ['department', 'head', 'tickets'],
    },
    { way: entity('it', 'Ticket', (w) => w.ticketId, selection), record: ['_entities', 0], refusedAt: ['_entities', 0] },
  ];
  return {
    kind: 'read',
    paths: ways.flatMap(({ way, record, refusedAt }) => [
      { ...way, path: [...record, fieldName], columns: IT_AND_MANAGER, expect: staffSee },
      { ...way, via: `${way.via}, as its requester`, path: [...record, fieldName], columns: ['self'] as const, expect: requesterSees },
      { ...way, via: `${way.via}, refused the ticket`, path: refusedAt, columns: EVERY_CALLER.filter((column) => !HOLDER_IT_AND_MANAGER.includes(column)) },
    ]),
  };
}

// A guarded field of the supply catalogue: the first item is a consumable (the catalogue lists
// consumables first), whose count IT and MANAGER read; anyone else is refused it on every item.
function supplyItemField(fieldName: string): ReadProbe {
  const way = { via: 'gateway supplyItems', target: 'gateway' as const, query: `{ supplyItems { code kind ${fieldName} } }`, variables: () => ({}) };
  return {
    kind: 'read',
    paths: [
      { ...way, path: ['supplyItems', 0, fieldName], columns: IT_AND_MANAGER, expect: (value) => (typeof value === 'number' ? null : `expected a count, got ${JSON.stringify(value)}`) },
      { ...way, via: 'gateway supplyItems, every item', path: ['supplyItems', EVERY, fieldName], columns: EVERY_CALLER.filter((column) => !IT_AND_MANAGER.includes(column)) },
    ],
  };
}

// The tickets the person asked for, as IT.
async function ticketsOf(world: World, requesterId: string): Promise<unknown> {
  return (await asIt<{ tickets: { totalCount: number } }>(world, 'reading tickets back', `query Back($id: ID!) { tickets(filter: { requesterId: $id }) { totalCount } }`, { id: requesterId })).tickets.totalCount;
}

// A write on a ticket of the cell's person (its requester), read back as IT.
function ticketOfThePerson(prepare: (world: World, requester: Person) => Promise<{ mutation: string; variables: Record<string, unknown>; ticketId: string }>): WriteProbe {
  return {
    kind: 'write',
    subject: true,
    prepare: async (world, subject) => {
      const { ticketId, ...attempt } = await prepare(world, needs(subject));
      return { ...attempt, readBack: () => readTicket(world, ticketId) };
    },
  };
}

const ticketWrite = (mutation: string, inputType: string, input: Record<string, unknown>, ticketId: string) => ({
  mutation: `mutation Write($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
  variables: { input },
  ticketId,
});

async function resolvedTicketOf(world: World, requester: Person): Promise<{ id: string; version: number }> {
  const ticket = await openTicketAsIt(world, requester.id);
  return ticketChangeAsIt(world, 'resolveTicket', { ticketId: ticket.id, expectedVersion: ticket.version, resolution: 'FIXED', note: 'authorization matrix' });
}

// A field of the subject's desktop, by every way to it: `asset(id)`, `assetByTag`, the subject's
// `Employee.assets` (from the root and from department.head), and `_entities` at IT. Whoever may
// not see the desktop is refused it, or the subject's list, before its field.
function heldAssetField(fieldName: string, selection: string): ReadProbe {
  const assets = `assets { id ${selection} }`;
  return {
    kind: 'read',
    paths: [
      ...underGuardedRecord(
        { via: 'gateway asset(id)', target: 'gateway', query: `query Read($id: ID!) { asset(id: $id) { id ${selection} } }`, variables: (w) => ({ id: w.heldAsset.id }) },
        ['asset'],
        ['asset'],
        fieldName,
        HOLDER_IT_AND_MANAGER,
      ),
      ...underGuardedRecord(
        { via: 'gateway assetByTag(tag)', target: 'gateway', query: `query Read($tag: String!) { assetByTag(tag: $tag) { id ${selection} } }`, variables: (w) => ({ tag: w.heldAsset.tag }) },
        ['assetByTag'],
        ['assetByTag'],
        fieldName,
        HOLDER_IT_AND_MANAGER,
      ),
      ...underGuardedRecord(
        { via: 'gateway employee(id).assets', target: 'gateway', query: `query Read($id: ID!) { employee(id: $id) { id ${assets} } }`, variables: (w) => ({ id: w.subject.id }) },
        ['employee', 'assets', 0],
        ['employee', 'assets'],
        fieldName,
        HOLDER_IT_AND_MANAGER,
      ),
      ...underGuardedRecord(
        { via: 'gateway department(id).head.assets', target: 'gateway', query: `query Read($id: ID!) { department(id: $id) { id head { id ${assets} } } }`, variables: (w) => ({ id: w.department.id }) },
        ['department', 'head', 'assets', 0],
        ['department', 'head', 'assets'],
        fieldName,
        HOLDER_IT_AND_MANAGER,
      ),
      ...underGuardedRecord(entity('it', 'Asset', (w) => w.heldAsset.id, selection), ['_entities', 0], ['_entities', 0], fieldName, HOLDER_IT_AND_MANAGER),
    ],
  };
}

// A field of the licence the subject holds a seat of: by `license(id)` and `_entities` at IT (IT
// and MANAGER alone), and through the subject's seat (`Employee.licenses`, from the root and from
// department.head), where the subject sees the licence too. Whoever may not reach the licence is
// refused it, or the subject's seats, before its field.
function heldLicenseField(fieldName: string, selection: string): ReadProbe {
  const seats = `licenses { id license { id ${selection} } }`;
  return {
    kind: 'read',
    paths: [
      ...underGuardedRecord(
        { via: 'gateway license(id)', target: 'gateway', query: `query Read($id: ID!) { license(id: $id) { id ${selection} } }`, variables: (w) => ({ id: w.licenseId }) },
        ['license'],
        ['license'],
        fieldName,
        IT_AND_MANAGER,
      ),
      ...underGuardedRecord(
        { via: 'gateway employee(id).licenses.license', target: 'gateway', query: `query Read($id: ID!) { employee(id: $id) { id ${seats} } }`, variables: (w) => ({ id: w.subject.id }) },
        ['employee', 'licenses', 0, 'license'],
        ['employee', 'licenses'],
        fieldName,
        HOLDER_IT_AND_MANAGER,
      ),
      ...underGuardedRecord(
        { via: 'gateway department(id).head.licenses.license', target: 'gateway', query: `query Read($id: ID!) { department(id: $id) { id head { id ${seats} } } }`, variables: (w) => ({ id: w.department.id }) },
        ['department', 'head', 'licenses', 0, 'license'],
        ['department', 'head', 'licenses'],
        fieldName,
        HOLDER_IT_AND_MANAGER,
      ),
      ...underGuardedRecord(entity('it', 'License', (w) => w.licenseId, selection), ['_entities', 0], ['_entities', 0], fieldName, IT_AND_MANAGER),
    ],
  };
}

// A field of a system account: of each of the subject's accounts, through `Employee.accounts` (from the root, from
// department.head, and by `_entities` at IT), whose readers all get the field or a FORBIDDEN at it,
// one for each account; and through the team's finding of the access review, for IT and MANAGER
// (whoever else is refused the review itself).
function systemAccountField(fieldName: string, selection: string): ReadProbe {
  const accounts = `accounts { id ${selection} }`;
  return {
    kind: 'read',
    paths: [
      ...underGuardedRecord(
        { via: 'gateway employee(id).accounts', target: 'gateway', query: `query Read($id: ID!) { employee(id: $id) { id ${accounts} } }`, variables: (w) => ({ id: w.subject.id }) },
        ['employee', 'accounts', EVERY],
        ['employee', 'accounts'],
        fieldName,
        SEE_THE_SUBJECTS_ACCOUNTS,
      ),
      ...underGuardedRecord(
        { via: 'gateway department(id).head.accounts', target: 'gateway', query: `query Read($id: ID!) { department(id: $id) { id head { id ${accounts} } } }`, variables: (w) => ({ id: w.department.id }) },
        ['department', 'head', 'accounts', EVERY],
        ['department', 'head', 'accounts'],
        fieldName,
        SEE_THE_SUBJECTS_ACCOUNTS,
      ),
      ...underGuardedRecord(entity('it', 'Employee', (w) => w.subject.id, accounts), ['_entities', 0, 'accounts', EVERY], ['_entities', 0, 'accounts'], fieldName, SEE_THE_SUBJECTS_ACCOUNTS),
      ...underGuardedRecord(
        { via: 'gateway accessReview(departmentId).account', target: 'gateway', query: `query Read($id: ID!) { accessReview(departmentId: $id) { kind account { id ${selection} } } }`, variables: (w) => ({ id: w.team.id }) },
        ['accessReview', 0, 'account'],
        ['accessReview'],
        fieldName,
        IT_AND_MANAGER,
      ),
    ],
  };
}

// A write on the accounts of the cell's person, once IT has opened those of their department's
// bundle, read back as IT.
function accountsOfThePerson(prepare: (world: World, holder: Person) => Promise<{ mutation: string; variables: Record<string, unknown> }>): WriteProbe {
  return {
    kind: 'write',
    subject: true,
    prepare: async (world, subject) => {
      const holder = needs(subject);
      await itOpenedTheAccountsOf(world, holder.id);
      return { ...(await prepare(world, holder)), readBack: () => accountsOf(world, holder.id) };
    },
  };
}

// A write on an asset handed to the cell's person (or, for assignAsset, about to be), read back
// as IT.
function assetOfThePerson(prepare: (world: World, holder: Person) => Promise<{ mutation: string; variables: Record<string, unknown>; assetId: string }>): WriteProbe {
  return {
    kind: 'write',
    subject: true,
    prepare: async (world, subject) => {
      const { assetId, ...attempt } = await prepare(world, needs(subject));
      return { ...attempt, readBack: () => readAsset(world, assetId) };
    },
  };
}

async function assetHeldBy(world: World, holder: Person): Promise<{ id: string; version: number }> {
  return assignAssetAsIt(world, await registerAssetAsIt(world), holder.id);
}

// sendToRepair, markAssetLost and retireAsset take the same input: the asset, the version read,
// and why.
const assetChange = (mutation: 'sendToRepair' | 'markAssetLost' | 'retireAsset', asset: { id: string; version: number }) => ({
  mutation: `mutation Write($input: AssetChangeInput!) { ${mutation}(input: $input) { id } }`,
  variables: { input: { assetId: asset.id, expectedVersion: asset.version, notes: 'authorization matrix' } },
  assetId: asset.id,
});

// An accounting or IT field on HR's Department: from the root, from the subject's department, and
// by `_entities` at the subgraph that resolves it.
function departmentField(subgraph: SubgraphName, fieldName: string, selection: string): ReadProbe {
  return {
    kind: 'read',
    paths: [
      { via: 'gateway department(id)', target: 'gateway', query: `query Read($id: ID!) { department(id: $id) { id ${selection} } }`, variables: (w) => ({ id: w.department.id }), path: ['department', fieldName] },
      {
        via: 'gateway employee(id).department',
        target: 'gateway',
        query: `query Read($id: ID!) { employee(id: $id) { id department { id ${selection} } } }`,
        variables: (w) => ({ id: w.subject.id }),
        path: ['employee', 'department', fieldName],
      },
      entity(subgraph, 'Department', (w) => w.department.id, selection, fieldName),
    ],
  };
}

// A field of the subject's claim, reached from HR's Employee (the root, and department.head) and
// by `_entities` at accounting: `Employee.expenseClaims` leaves out what the caller may not see.
function employeeClaimField(selection: string, path: Array<string | number>): ReadProbe {
  const claims = `expenseClaims { id ${selection} }`;
  return {
    kind: 'read',
    paths: [
      { via: 'gateway employee(id).expenseClaims', target: 'gateway', query: `query Read($id: ID!) { employee(id: $id) { id ${claims} } }`, variables: (w) => ({ id: w.subject.id }), path: ['employee', ...path] },
      {
        via: 'gateway department(id).head.expenseClaims',
        target: 'gateway',
        query: `query Read($id: ID!) { department(id: $id) { id head { id ${claims} } } }`,
        variables: (w) => ({ id: w.department.id }),
        path: ['department', 'head', ...path],
      },
      { ...entity('accounting', 'Employee', (w) => w.subject.id, claims), path: ['_entities', 0, ...path] },
    ],
  };
}

// A write on a claim of the cell's person, read back as a bookkeeper.
function claimOfThePerson(prepare: (world: World, claimant: Person) => Promise<{ mutation: string; variables: Record<string, unknown>; claimId: string }>): WriteProbe {
  return {
    kind: 'write',
    subject: true,
    prepare: async (world, subject) => {
      const { claimId, ...attempt } = await prepare(world, needs(subject));
      return { ...attempt, readBack: () => readExpenseClaim(world, claimId) };
    },
  };
}

const decision = (verb: 'approve' | 'reject', claim: { id: string; version: number }) =>
  verb === 'approve'
    ? { mutation: `mutation Write($id: ID!, $expectedVersion: Int!) { approveExpenseClaim(id: $id, expectedVersion: $expectedVersion) { id } }`, variables: { id: claim.id, expectedVersion: claim.version }, claimId: claim.id }
    : {
        mutation: `mutation Write($id: ID!, $expectedVersion: Int!, $reason: String!) { rejectExpenseClaim(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id } }`,
        variables: { id: claim.id, expectedVersion: claim.version, reason: 'authorization matrix' },
        claimId: claim.id,
      };

// A claim above the policy's amount, approved by the person's line manager: it waits for ACCOUNTING.
async function waitingForAccounting(world: World, claimant: Person): Promise<{ id: string; version: number }> {
  return approveExpenseClaimAs(world, person(world.lineManager.id, ['EMPLOYEE']), await submittedExpenseClaim(world, claimant, 'large'));
}

// How many drafts carry the title, as a bookkeeper (who sees every claim), page by page.
async function draftsTitled(world: World, title: string): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<{ expenseClaims: { edges: Array<{ node: { title: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> = await viaGateway(
      world,
      world.bookkeeper(),
      `query Back($from: Date!, $after: String) { expenseClaims(filter: { status: DRAFT, from: $from }, first: 200, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
      { from: addDays(world.today, -1), after },
    );
    const page = dataOf(response, 'reading the drafts back').expenseClaims;
    count += page.edges.filter(({ node }) => node.title === title).length;
    if (!page.pageInfo.hasNextPage) return count;
    after = page.pageInfo.endCursor;
  }
}

type ExpensePolicy = { receiptRequiredAbove: { amount: string }; maxLineAgeDays: number; accountingApprovalAbove: { amount: string }; reason: string | null };

async function expensePolicy(world: World): Promise<ExpensePolicy> {
  return dataOf(await viaGateway<{ expensePolicy: ExpensePolicy }>(world, world.bookkeeper(), `{ expensePolicy { receiptRequiredAbove { amount } maxLineAgeDays accountingApprovalAbove { amount } reason } }`), 'reading the expense policy').expensePolicy;
}

type DraftState = { status: string; version: number; memo: string; editors: string[] };

async function draftState(world: World, id: string): Promise<DraftState | null> {
  const response = await viaGateway<{ journalEntryDraft: DraftState | null }>(world, world.bookkeeper(), `query Back($id: ID!) { journalEntryDraft(id: $id) { status version memo editors } }`, { id });
  return dataOf(response, 'reading the draft back').journalEntryDraft;
}

async function waitingDrafts(world: World): Promise<Array<{ id: string; memo: string }>> {
  return dataOf(await viaGateway<{ journalEntryDrafts: Array<{ id: string; memo: string }> }>(world, world.bookkeeper(), `{ journalEntryDrafts { id memo } }`), 'reading the drafts back').journalEntryDrafts;
}

// Approving a waiting draft that the cell's person wrote (`write` saves or edits it as them, holding
// ACCOUNTING): every caller but them may approve it; they may not, whatever roles they hold.
function approvalOf(write: (world: World, writer: Person) => Promise<{ id: string; version: number }>): WriteProbe {
  return {
    kind: 'write',
    subject: true,
    prepare: async (world, subject) => {
      const draft = await write(world, needs(subject));
      return {
        mutation: `mutation Write($id: ID!, $expectedVersion: Int!) { approveJournalEntry(id: $id, expectedVersion: $expectedVersion) { id preparedBy } }`,
        variables: { id: draft.id, expectedVersion: draft.version },
        readBack: () => draftState(world, draft.id),
      };
    },
  };
}

type ControlSettings = { manualApprovalThreshold: { amount: string }; unsupportedManualThreshold: { amount: string }; roundAmountThreshold: { amount: string }; roundAmountUnit: string; reason: string | null };

async function controlSettings(world: World): Promise<ControlSettings> {
  return dataOf(await viaGateway<{ controlSettings: ControlSettings }>(world, world.bookkeeper(), `{ controlSettings { ${CONTROL_SETTINGS} reason } }`), 'reading the control settings').controlSettings;
}

async function chartCodes(world: World): Promise<string[]> {
  return dataOf(await viaGateway<{ ledgerAccounts: Array<{ code: string }> }>(world, world.bookkeeper(), `{ ledgerAccounts { code } }`), 'reading the chart back').ledgerAccounts.map((account) => account.code);
}

// Fiscal years the closeFiscalYear cells close, one each, counting down from 2099.
let nextYearToClose = 2100;

// A month of a far-away year, distinct for each call.
function monthOf(baseYear: number, n: number): string {
  return `${baseYear + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

async function periodStatus(world: World, period: string): Promise<string | undefined> {
  const response = await viaGateway<{ fiscalPeriods: Array<{ period: string; status: string }> }>(world, world.bookkeeper(), `query Read($year: Int!) { fiscalPeriods(fiscalYear: $year) { period status } }`, {
    year: Number(period.slice(0, 4)),
  });
  return dataOf(response, 'reading the periods back').fiscalPeriods.find((row) => row.period === period)?.status;
}

// A pending one-day request of the cell's person, requested by HR, and a decision on it.
function pendingLeave(decide: (leaveRequestId: string) => { mutation: string; variables: Record<string, unknown> }): WriteProbe {
  return {
    kind: 'write',
    subject: true,
    prepare: async (world, subject) => {
      const { id } = needs(subject);
      const leaveRequestId = await requestLeaveAsHr(world, id);
      return { ...decide(leaveRequestId), readBack: () => leaveStatus(world, id) };
    },
  };
}

// Root fields open to any signed-in caller, each asked with every field open on what it
// returns; authorization-matrix.e2e.test.ts asks each as every role and expects no error. A new
// root field on an "Open to any signed-in caller" list needs its query here.
export const openQueries: Record<string, { query: (openSelection: (typeName: string) => string) => string; variables(world: World): Record<string, unknown> }> = {
  'Query.employee': { query: (open) => `query Open($id: ID!) { employee(id: $id) { ${open('Employee')} } }`, variables: (w) => ({ id: w.subject.id }) },
  'Query.employees': {
    query: (open) => `{ employees(first: 2) { ${open('EmployeeConnection')} pageInfo { ${open('PageInfo')} } edges { ${open('EmployeeEdge')} node { ${open('Employee')} } } } }`,
    variables: () => ({}),
  },
  'Query.department': { query: (open) => `query Open($id: ID!) { department(id: $id) { ${open('Department')} } }`, variables: (w) => ({ id: w.department.id }) },
  'Query.departments': { query: (open) => `{ departments { ${open('Department')} } }`, variables: () => ({}) },
  'Query.headcountByMonth': { query: (open) => `query Open($year: Int!) { headcountByMonth(year: $year) { ${open('MonthlyHeadcount')} } }`, variables: (w) => ({ year: thisYear(w) }) },
  'Query.leaveTypes': { query: (open) => `{ leaveTypes { ${open('LeaveType')} } }`, variables: () => ({}) },
  'Query.holidays': { query: (open) => `query Open($year: Int!) { holidays(year: $year) { ${open('Holiday')} } }`, variables: (w) => ({ year: thisYear(w) }) },
  'Query.leaveApprovalQueue': { query: () => `{ leaveApprovalQueue { id } }`, variables: () => ({}) },
  'Query.assetCategories': { query: (open) => `{ assetCategories { ${open('AssetCategory')} } }`, variables: () => ({}) },
  'Query.systems': { query: (open) => `{ systems { ${open('ItSystem')} } }`, variables: () => ({}) },
  'Query.supplyItems': { query: (open) => `{ supplyItems { ${open('SupplyItem')} } }`, variables: () => ({}) },
  'Query.maintenanceWindows': {
    query: (open) => `query Open($from: DateTime, $to: DateTime) { maintenanceWindows(from: $from, to: $to) { ${open('MaintenanceWindow')} } }`,
    variables: (w) => ({ from: `${addDays(w.today, MAINTENANCE_DAY)}T00:00:00.000Z`, to: `${addDays(w.today, MAINTENANCE_DAY)}T23:59:00.000Z` }),
  },
};

// ---------------------------------------------------------------------------------------------
// Processes, the books of equipment and chains of events.

// A retry of a step of the cell's person's process, made FAILED for the cell: the department's
// reaction-failed fact in the process's chain, as the department would publish it. Read back as
// HR: the step (its status, failure and retry), which a retry moves back to PENDING.
function failedStepOf(service: 'hr' | 'accounting' | 'it', kind: 'onboarding' | 'offboarding', step: string, subject: true | { phone: null }): WriteProbe {
  return {
    kind: 'write',
    subject,
    prepare: async (world, person) => {
      const { id } = needs(person);
      if (kind === 'offboarding') await terminateAsHr(world, id, addDays(world.today, 200));
      const workflow = await workflowOnceOpen(world, id, kind);
      const stepOf = async () => (await workflowOf(world, id, kind))?.steps.find((candidate) => candidate.step === step) ?? null;
      // Pending, and past its due date for someone who started months ago.
      const before = await stepOf();
      if (before?.status !== 'PENDING' && before?.status !== 'OVERDUE') throw new Error(`the ${step} step of ${id}'s ${kind} should wait, got ${JSON.stringify(before)}`);
      await failReactionOf(world, service, workflow.correlationId, kind);
      await eventually(async () => (await stepOf())?.status === 'FAILED', 90_000, 250);
      return {
        mutation: `mutation Write($id: ID!, $step: WorkflowStepName!) { retryWorkflowStep(workflowId: $id, step: $step) { id steps { step status } } }`,
        variables: { id: workflow.id, step },
        readBack: stepOf,
      };
    },
  };
}

// A field accounting adds to IT's asset: through `asset(id)` (whoever sees the asset: for the
// others the asset is refused first; ACCOUNTING does not see IT's asset there), through accounting's
// `fixedAssets` (the only asset of its category), and by `_entities` at accounting (everyone).
function booksOfAsset(fieldName: string, assetId: (world: World) => string, category: 'DESKTOP' | 'PHONE', seers: readonly CallerColumn[]): ReadProbe {
  const way = { via: 'gateway asset(id)', target: 'gateway' as const, query: `query Read($id: ID!) { asset(id: $id) { id ${fieldName} } }`, variables: (w: World) => ({ id: assetId(w) }) };
  return {
    kind: 'read',
    paths: [
      { ...way, path: ['asset', fieldName], columns: seers },
      { ...way, via: 'gateway asset(id), refused the record', path: ['asset'], columns: EVERY_CALLER.filter((column) => !seers.includes(column) && !READ_THE_BOOKS_OF_ASSETS.includes(column)) },
      {
        via: 'gateway fixedAssets(category).asset',
        target: 'gateway',
        query: `query Read($category: String) { fixedAssets(filter: { category: $category }, first: 1) { edges { node { tag asset { id ${fieldName} } } } } }`,
        variables: () => ({ category }),
        path: ['fixedAssets', 'edges', 0, 'node', 'asset', fieldName],
        columns: READ_THE_BOOKS_OF_ASSETS,
      },
      entity('accounting', 'Asset', assetId, fieldName, fieldName),
    ],
  };
}

// The events a subgraph published in the chain of the subject's hire: through HR's
// `correlatedEvents` (MANAGER's alone: anyone else is refused the correlation first) and by
// `_entities` at the subgraph, where the list, being non-null, nulls the entity when refused.
function correlationEvents(subgraph: SubgraphName, fieldName: string): ReadProbe {
  const selection = `${fieldName} { ${PUBLISHED_EVENT_SELECTION} }`;
  return {
    kind: 'read',
    paths: [
      ...underGuardedRecord(
        {
          via: 'gateway correlatedEvents(correlationId)',
          target: 'gateway',
          query: `query Read($id: String!) { correlatedEvents(correlationId: $id) { id ${selection} } }`,
          variables: (w) => ({ id: w.hireCorrelationId }),
        },
        ['correlatedEvents'],
        ['correlatedEvents'],
        fieldName,
        MANAGER_ALONE,
      ),
      { ...entity(subgraph, 'Correlation', (w) => w.hireCorrelationId, selection, fieldName), nullsParent: true },
    ],
  };
}
