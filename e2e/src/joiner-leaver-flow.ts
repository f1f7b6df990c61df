import { randomUUID } from 'node:crypto';
import type { Role } from '@backoffice/platform/identity';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import { figuresFromEvents, figuresFromServices, readAnalystStream, analystKafka, type MonthlyFigures } from './analyst-figures';
import type { Stack } from './stack';
import { bearer } from './tokens';

// A person's way in and out of the company through the gateway, with business time moved by
// restarting the stack at each date (CLOCK_AT): HR hires them (an onboarding opens, each step
// turning DONE as its department acts: the record complete, access active on the start date,
// the kit ticket fulfilled with a capitalised laptop, the first payroll posted); the laptop
// depreciates month by month; HR terminates them and the laptop never comes back (access
// revoked after the last day, final pay posted, the laptop charged to them as a receivable by
// the offboarding policy, the offboarding DONE). Each department's state, the process record and
// the books are checked along the way, and the run ends with a snapshot of them all in which
// run-specific ids are replaced by names, so two runs can be compared.
//
// `afterCommand(step)` is called right after the commands of each step were answered and before
// anything waits for their effects: the reactions in the other services are then in flight (or
// about to start, after a restart at a new date). service-kills.e2e.test.ts kills a service there.

export const FLOW_STEPS = ['hire', 'start-date', 'first-payroll', 'termination', 'last-day', 'unrecovered'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

export type FlowOptions = {
  afterCommand?: (step: FlowStep) => Promise<void>;
};

type Step = { step: string; status: string; dueOn: string; failure: { consumer: string; reason: string } | null };
type Workflow = { id: string; kind: string; status: string; correlationId: string; steps: Step[] };
const WORKFLOW = 'id kind status correlationId steps { step status dueOn failure { consumer reason } }';

export const T0 = '2027-01-11T09:00:00Z'; // hiring; the laptop is bought
const START = '2027-02-01';
const T1 = `${START}T09:00:00Z`; // the first day
const T2 = '2027-03-02T09:00:00Z'; // February closed: first payroll, first depreciation; the termination is recorded
const LAST_DAY = '2027-03-31';
const T3 = '2027-04-01T09:00:00Z'; // the day after the last day: access revoked, final pay
const UNRETURNED_AFTER_DAYS = 10;
const T4 = '2027-04-12T09:00:00Z'; // past the policy's 10 days: the laptop is given up on and charged
const FIGURE_YEARS = [2026, 2027];

// The end state, with ids named: what must be the same however the run was disturbed.
export type FlowSnapshot = {
  processes: Record<string, { status: string; steps: Array<{ step: string; status: string; dueOn: string }> }>;
  hr: { adaStatus: string };
  it: { accounts: string[]; tickets: string[]; laptop: string };
  books: {
    laptop: { bookValue: string | null; accumulatedDepreciation: string | null; status: string; unrecoveredOn: string | null };
    laptopBalances: Record<string, string>;
    trialBalance: Record<string, string>;
    payrollRuns: string[];
  };
  figures: MonthlyFigures;
};

export async function runJoinerLeaverFlow(stack: Stack, options: FlowOptions = {}): Promise<FlowSnapshot> {
  const afterCommand = options.afterCommand ?? (async () => undefined);
  const caller = (role: Role) => ({ employeeId: randomUUID(), roles: [role] });
  const tokens = { manager: stack.token(caller('MANAGER')), it: stack.token(caller('IT')), preparer: stack.token(caller('ACCOUNTING')), approver: stack.token(caller('ACCOUNTING')) };
  const correlationId = `hire-${randomUUID().slice(0, 8)}`;

  const logs = () => (['gateway', 'hr', 'accounting', 'it'] as const).map((name) => `--- ${name} ---\n${stack.logs(name).split('\n').slice(-40).join('\n')}`).join('\n');
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> => {
    const response = await postGraphQL<T>(stack.gatewayUrl, query, variables, { ...bearer(token), ...headers });
    if (response.errors?.length || !response.data) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(response.errors ?? response)}\n${logs()}`);
    return response.data;
  };
  const until = async <T>(what: string, check: () => Promise<T | undefined | null | false>, timeoutMs = 120_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms\n${logs()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };

  const departmentId = (await ok<{ createDepartment: { id: string } }>(tokens.manager, `mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code: 'ENG', name: 'Engineering' } }))
    .createDepartment.id;
  let ada = '';
  let head = '';
  let laptop = { id: '', tag: '' };

  const processOf = async (employeeId: string, kind: 'onboarding' | 'offboarding') =>
    (await ok<{ employee: Record<string, Workflow | null> }>(tokens.manager, `query P($id: ID!) { employee(id: $id) { ${kind} { ${WORKFLOW} } } }`, { id: employeeId })).employee[kind];
  const stepStatuses = (workflow: Workflow | null | undefined) => Object.fromEntries((workflow?.steps ?? []).map((step) => [step.step, step.status]));
  const untilStep = (employeeId: string, kind: 'onboarding' | 'offboarding', step: string, status: string) =>
    until(`${kind} ${step} ${status}`, async () => {
      const workflow = await processOf(employeeId, kind);
      return workflow && stepStatuses(workflow)[step] === status ? workflow : undefined;
    });
  const assetBooks = async () =>
    (await ok<{ asset: { bookValue: string | null; accumulatedDepreciation: string | null; status: string; unrecoveredOn: string | null } }>(
      tokens.manager,
      `query A($id: ID!) { asset(id: $id) { status unrecoveredOn bookValue accumulatedDepreciation } }`,
      { id: laptop.id },
    )).asset;
  // The laptop's entries in the ledger, summed per account code (debit positive).
  const laptopBalances = async (): Promise<Record<string, string>> => {
    const entries = (
      await ok<{ journalEntries: { edges: Array<{ node: { sourceId: string | null; lines: Array<{ account: { code: string }; debit: string; credit: string }> } }> } }>(
        tokens.manager,
        `{ journalEntries(filter: { source: ASSET }, first: 200) { edges { node { sourceId lines { account { code } debit credit } } } } }`,
      )
    ).journalEntries.edges.map((edge) => edge.node);
    const cents = new Map<string, number>();
    for (const entry of entries.filter((candidate) => candidate.sourceId === laptop.id)) {
      for (const line of entry.lines) cents.set(line.account.code, (cents.get(line.account.code) ?? 0) + Math.round(Number(line.debit) * 100) - Math.round(Number(line.credit) * 100));
    }
    return Object.fromEntries([...cents].sort(([a], [b]) => a.localeCompare(b)).map(([code, value]) => [code, (value / 100).toFixed(2)]));
  };
  const runPayroll = async (period: string, afterPosting: () => Promise<void>) => {
    type Previewed = { id: string; lines: Array<{ employeeId: string }> };
    // Refused while accounting's copy of HR's records is behind HR's topics (a restart, a crash):
    // as a payroll clerk would, preview again.
    const preview = async (): Promise<Previewed | undefined> => {
      const response = await postGraphQL<{ previewPayroll: Previewed }>(stack.gatewayUrl, `mutation P($period: String!) { previewPayroll(period: $period) { id lines { employeeId } } }`, { period }, bearer(tokens.preparer));
      if (response.errors?.[0]?.extensions?.reason === 'HR_FACTS_BEHIND') return undefined;
      if (response.errors?.length || !response.data) throw new Error(`previewPayroll failed: ${JSON.stringify(response.errors ?? response)}\n${logs()}`);
      return response.data.previewPayroll;
    };
    // Accounting's workforce projection learns of pay from HR's events: preview until it pays Ada.
    const run = await until(`a ${period} payroll paying Ada`, async () => {
      const previewed = await preview();
      return previewed?.lines.some((line) => line.employeeId === ada) ? previewed : undefined;
    });
    await ok(tokens.approver, `mutation A($id: ID!) { approvePayroll(runId: $id) { id status } }`, { id: run.id });
    await ok(tokens.preparer, `mutation P($id: ID!) { postPayroll(runId: $id) { id status } }`, { id: run.id });
    await afterPosting();
  };
  const expectEqual = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}\n${logs()}`);
  };

  // --- T0: policy, bundle, a laptop bought, a head of department, then Ada hired. ---
  await ok(tokens.manager, `mutation P($input: OffboardingPolicyInput!) { setOffboardingPolicy(input: $input) { treatment } }`, { input: { unreturnedAfterDays: UNRETURNED_AFTER_DAYS, treatment: 'RECEIVABLE' } });
  await ok(tokens.it, `mutation B($input: SetAccessBundleInput!) { setAccessBundle(input: $input) { version } }`, {
    input: { departmentId, expectedVersion: 0, systems: ['source-control'], equipment: [{ category: 'LAPTOP', quantity: 1 }] },
  });
  laptop = (
    await ok<{ registerAsset: { id: string; tag: string } }>(tokens.it, `mutation R($input: RegisterAssetInput!) { registerAsset(input: $input) { id tag } }`, {
      input: { category: 'LAPTOP', manufacturer: 'Lenovo', model: 'ThinkPad T14', serialNumber: `PF${randomUUID().slice(0, 8)}`, purchaseDate: '2027-01-11', purchaseCost: '1800.00', currency: 'EUR' },
    })
  ).registerAsset;
  const hire = (input: Record<string, unknown>, headers: Record<string, string> = {}) =>
    ok<{ hireEmployee: { id: string } }>(tokens.manager, `mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, { input: { title: 'Engineer', departmentId, salary: { amount: '60000.00', currency: 'EUR' }, ...input } }, headers).then(
      (data) => data.hireEmployee.id,
    );
  const contact = { phone: '+44 20 7946 0200', emergencyContact: { name: 'Kim', relationship: 'Partner', phone: '+44 7700 900200' } };
  head = await hire({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', startDate: '2026-01-04', ...contact });
  const { department } = await ok<{ department: { version: number } }>(tokens.manager, `query D($id: ID!) { department(id: $id) { version } }`, { id: departmentId });
  await ok(tokens.manager, `mutation U($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`, { id: departmentId, input: { version: department.version, headId: head } });
  ada = await hire({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', startDate: START, managerId: head, ...contact }, { 'x-correlation-id': correlationId });
  await afterCommand('hire');

  const opened = (await processOf(ada, 'onboarding'))!;
  expectEqual('the onboarding opened with the hire', { kind: opened.kind, status: opened.status, correlationId: opened.correlationId }, { kind: 'ONBOARDING', status: 'IN_PROGRESS', correlationId });
  // Accounting capitalised the laptop (at or above the threshold), nothing depreciated yet.
  await until('the laptop in the books', async () => (await assetBooks()).bookValue === '1800.00');
  // The record was complete at the hire; the others wait for their departments.
  expectEqual('the onboarding at the hire', stepStatuses(await processOf(ada, 'onboarding')), { HR_RECORD: 'DONE', ACCESS: 'PENDING', EQUIPMENT: 'PENDING', FIRST_PAYROLL: 'PENDING' });
  const kitTicket = await until('IT’s kit ticket for Ada', async () => {
    const { tickets } = await ok<{ tickets: { edges: Array<{ node: { id: string; version: number; kind: string; status: string; employee: { id: string } | null; items: Array<{ id: string }> } }> } }>(
      tokens.it,
      `{ tickets(filter: { kind: EQUIPMENT }, first: 50) { edges { node { id version kind status employee { id } items { id } } } } }`,
    );
    return tickets.edges.map((edge) => edge.node).find((ticket) => ticket.employee?.id === ada);
  });

  // --- T1, the start date: IT's job activates the bundle; IT hands the laptop over. ---
  await stack.moveClock(T1);
  const { asset: inStock } = await ok<{ asset: { version: number } }>(tokens.it, `query A($id: ID!) { asset(id: $id) { version } }`, { id: laptop.id });
  const fulfilled = (
    await ok<{ fulfilWithAsset: { version: number } }>(tokens.it, `mutation F($input: FulfilWithAssetInput!) { fulfilWithAsset(input: $input) { version } }`, {
      input: { ticketId: kitTicket.id, expectedVersion: kitTicket.version, itemId: kitTicket.items[0]!.id, assetId: laptop.id, assetVersion: inStock.version },
    })
  ).fulfilWithAsset;
  await ok(tokens.it, `mutation R($input: ResolveTicketInput!) { resolveTicket(input: $input) { status } }`, { input: { ticketId: kitTicket.id, expectedVersion: fulfilled.version, resolution: 'FULFILLED', note: 'Laptop on the desk.' } });
  await afterCommand('start-date');
  await untilStep(ada, 'onboarding', 'ACCESS', 'DONE');
  await untilStep(ada, 'onboarding', 'EQUIPMENT', 'DONE');
  expectEqual('the onboarding on the start date', stepStatuses(await processOf(ada, 'onboarding')), { HR_RECORD: 'DONE', ACCESS: 'DONE', EQUIPMENT: 'DONE', FIRST_PAYROLL: 'PENDING' });
  const { employee: withAccounts } = await ok<{ employee: { accounts: Array<{ system: string; status: string }> } }>(tokens.it, `query S($id: ID!) { employee(id: $id) { accounts { system status } } }`, { id: ada });
  if (!withAccounts.accounts.some((account) => account.system === 'source-control' && account.status === 'ACTIVE')) throw new Error(`Ada's source-control account is not ACTIVE: ${JSON.stringify(withAccounts)}\n${logs()}`);

  // --- T2: February is over: its depreciation (1800 / 36 = 50.00) on Engineering; first payroll. ---
  await stack.moveClock(T2);
  await runPayroll('2027-02', () => afterCommand('first-payroll'));
  await until('February’s depreciation', async () => (await assetBooks()).accumulatedDepreciation === '50.00');
  expectEqual('the laptop after February', await assetBooks(), { status: 'ASSIGNED', unrecoveredOn: null, bookValue: '1750.00', accumulatedDepreciation: '50.00' });
  const onboarded = await until('the onboarding completed', async () => {
    const workflow = await processOf(ada, 'onboarding');
    return workflow?.status === 'COMPLETED' ? workflow : undefined;
  });
  expectEqual('the onboarding completed', stepStatuses(onboarded), { HR_RECORD: 'DONE', ACCESS: 'DONE', EQUIPMENT: 'DONE', FIRST_PAYROLL: 'DONE' });

  // One id lists the hire and what it caused in every department.
  const chain = (
    await ok<{ correlatedEvents: { hrEvents: Array<{ type: string }>; itEvents: Array<{ type: string; causationId: string | null }> } }>(
      tokens.manager,
      `query C($id: String!) { correlatedEvents(correlationId: $id) { hrEvents { type } itEvents { type causationId } } }`,
      { id: correlationId },
    )
  ).correlatedEvents;
  for (const type of ['backoffice.hr.employee.hired.v1', 'backoffice.hr.workflow.opened.v1']) if (!chain.hrEvents.some((event) => event.type === type)) throw new Error(`the hire's chain lacks ${type}`);
  for (const type of ['backoffice.it.access.onboarded.v1', 'backoffice.it.ticket.opened.v1']) if (!chain.itEvents.some((event) => event.type === type)) throw new Error(`the hire's chain lacks ${type}`);
  if (!chain.itEvents.every((event) => event.causationId !== null)) throw new Error(`an IT event of the hire's chain has no causation: ${JSON.stringify(chain.itEvents)}`);

  await ok(tokens.manager, `mutation T($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`, { id: ada, input: { terminationDate: LAST_DAY, reason: 'RESIGNATION' } });
  await afterCommand('termination');
  const offboarding = (await processOf(ada, 'offboarding'))!;
  expectEqual('the offboarding opened with the termination', offboarding.steps.map(({ step, status, dueOn }) => ({ step, status, dueOn })), [
    { step: 'ACCESS_REVOKED', status: 'PENDING', dueOn: '2027-04-01' },
    { step: 'ASSETS', status: 'PENDING', dueOn: '2027-04-11' },
    { step: 'FINAL_PAY', status: 'PENDING', dueOn: '2027-04-07' },
  ]);

  // --- T3, the day after the last day: access gone, March depreciated, final pay posted. ---
  await stack.moveClock(T3);
  await runPayroll('2027-03', () => afterCommand('last-day'));
  await untilStep(ada, 'offboarding', 'ACCESS_REVOKED', 'DONE');
  await until('March’s depreciation', async () => (await assetBooks()).accumulatedDepreciation === '100.00');
  await untilStep(ada, 'offboarding', 'FINAL_PAY', 'DONE');
  expectEqual('the offboarding after the last day', stepStatuses(await processOf(ada, 'offboarding')), { ACCESS_REVOKED: 'DONE', ASSETS: 'PENDING', FINAL_PAY: 'DONE' });

  // --- T4: the laptop never came back: IT gives up on it, accounting charges Ada at book value. ---
  await stack.moveClock(T4);
  await afterCommand('unrecovered');
  const offboarded = await until('the offboarding completed', async () => {
    const workflow = await processOf(ada, 'offboarding');
    return workflow?.status === 'COMPLETED' ? workflow : undefined;
  });
  expectEqual('the offboarding completed', stepStatuses(offboarded), { ACCESS_REVOKED: 'DONE', ASSETS: 'DONE', FINAL_PAY: 'DONE' });
  const books = await until('the laptop charged to Ada', async () => {
    const current = await assetBooks();
    return current.unrecoveredOn && current.bookValue === null ? current : undefined;
  });
  expectEqual('the laptop given up on', books.unrecoveredOn, '2027-04-12');
  // Bought on account (2000 payables), two months of depreciation (6500), and what was left
  // (1800.00 - 100.00) as a receivable from Ada (1200); equipment (1500) and accumulated
  // depreciation (1590) at zero.
  expectEqual('the laptop in the ledger', await laptopBalances(), { '1200': '1700.00', '1500': '0.00', '1590': '0.00', '2000': '-1800.00', '6500': '100.00' });

  return snapshot();

  async function snapshot(): Promise<FlowSnapshot> {
    const name = (id: string) => (id === ada ? 'Ada' : id === head ? 'Grace' : id === departmentId ? 'ENG' : id === laptop.id ? 'laptop' : id);
    const processes: FlowSnapshot['processes'] = {};
    for (const kind of ['onboarding', 'offboarding'] as const) {
      const workflow = (await processOf(ada, kind))!;
      processes[kind] = { status: workflow.status, steps: workflow.steps.map(({ step, status, dueOn }) => ({ step, status, dueOn })) };
    }
    const { employee } = await ok<{ employee: { status: string; accounts: Array<{ system: string; status: string }> } }>(
      tokens.manager,
      `query E($id: ID!) { employee(id: $id) { status accounts { system status } } }`,
      { id: ada },
    );
    // IT's tickets about Ada (her kit, the recovery of what she held), whoever asked for them.
    const { tickets } = await ok<{ tickets: { edges: Array<{ node: { kind: string; status: string; employee: { id: string } | null } }> } }>(
      tokens.manager,
      `{ tickets(first: 100) { edges { node { kind status employee { id } } } } }`,
    );
    const { trialBalance } = await ok<{ trialBalance: { lines: Array<{ account: { code: string }; debit: string; credit: string }> } }>(
      tokens.manager,
      `query T($asOf: Date!) { trialBalance(asOf: $asOf) { lines { account { code } debit credit } } }`,
      { asOf: T4.slice(0, 10) },
    );
    const { payrollRuns } = await ok<{ payrollRuns: Array<{ period: string; kind: string; status: string; headcount: number; total: { amount: string } }> }>(
      tokens.manager,
      `{ payrollRuns(year: 2027) { period kind status headcount total { amount } } }`,
    );
    const { asset } = await ok<{ asset: { status: string } }>(tokens.manager, `query A($id: ID!) { asset(id: $id) { status } }`, { id: laptop.id });
    return {
      processes,
      hr: { adaStatus: employee.status },
      it: {
        accounts: employee.accounts.map((account) => `${account.system} ${account.status}`).sort(),
        tickets: tickets.edges.map((edge) => edge.node).filter((ticket) => ticket.employee?.id === ada).map((ticket) => `${ticket.kind} ${ticket.status}`).sort(),
        laptop: asset.status,
      },
      books: {
        laptop: await assetBooks(),
        laptopBalances: await laptopBalances(),
        trialBalance: Object.fromEntries(trialBalance.lines.map((line) => [line.account.code, `${line.debit} ${line.credit}`]).sort(([a], [b]) => a!.localeCompare(b!))),
        payrollRuns: payrollRuns.map((run) => `${run.period} ${run.kind} ${run.status} ${run.headcount} ${run.total.amount}`).sort(),
      },
      figures: await replayFigures(name),
    };
  }

  // The analysts' figures rebuilt from this run's stream, which must equal what the services
  // answer, with department ids named.
  async function replayFigures(name: (id: string) => string): Promise<MonthlyFigures> {
    const fromServices = await figuresFromServices(stack.gatewayUrl, tokens.manager, { years: FIGURE_YEARS });
    const fromStream = await until('the stream to hold every figure the services answer', async () => {
      const events = await readAnalystStream(analystKafka(), stack.env.KAFKA_PREFIX!);
      const rebuilt = figuresFromEvents(events, { years: FIGURE_YEARS, today: T4.slice(0, 10) });
      return JSON.stringify(rebuilt) === JSON.stringify(fromServices) ? rebuilt : undefined;
    }, 60_000).catch(async (error: unknown) => {
      const events = await readAnalystStream(analystKafka(), stack.env.KAFKA_PREFIX!);
      const rebuilt = figuresFromEvents(events, { years: FIGURE_YEARS, today: T4.slice(0, 10) });
      throw new Error(`${(error as Error).message.split('\n')[0]}\nfrom the services: ${JSON.stringify(fromServices)}\nfrom the stream: ${JSON.stringify(rebuilt)}`);
    });
    const named = <T>(figure: Record<string, T>) => Object.fromEntries(Object.entries(figure).map(([key, value]) => [key.split(' ').map(name).join(' '), value]));
    return { headcount: named(fromStream.headcount), equipmentInUse: named(fromStream.equipmentInUse), expenseSpend: named(fromStream.expenseSpend), payrollCost: named(fromStream.payrollCost) };
  }
}
