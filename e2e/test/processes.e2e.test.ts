import { randomUUID } from 'node:crypto';
import { createServiceDataSource, serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import type { Role } from '@backoffice/platform/identity';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import { requiredEnv } from '@backoffice/testkit/isolation';
import { startStack, type Stack, type SubgraphName } from '../src/stack';
import { bearer } from '../src/tokens';

jest.setTimeout(600_000);

// A person's way in and out of the company through the gateway, with business time moved by
// restarting the stack at each date (CLOCK_AT): HR hires them (an onboarding opens, each step
// turning DONE as its department acts: the record complete, access active on the start date,
// the kit ticket fulfilled with a capitalised laptop, the first payroll posted); the laptop
// depreciates month by month; HR terminates them and the laptop never comes back (access
// revoked after the last day, final pay posted, the laptop charged to them as a receivable by
// the offboarding policy, the offboarding DONE). Each department's state, the process record and
// the books are checked at each date. Beside it, a second joiner's access reaction is made to
// fail in IT's database: the step shows FAILED with the reason, and turns DONE once the cause is
// removed and retryWorkflowStep is called.

type Step = { step: string; status: string; dueOn: string; failure: { consumer: string; reason: string } | null };
type Workflow = { id: string; kind: string; status: string; correlationId: string; steps: Step[] };
const WORKFLOW = 'id kind status correlationId steps { step status dueOn failure { consumer reason } }';

const T0 = '2027-01-11T09:00:00Z'; // hiring; the laptop is bought
const START = '2027-02-01';
const T1 = `${START}T09:00:00Z`; // the first day
const T2 = '2027-03-02T09:00:00Z'; // February closed: first payroll, first depreciation; the termination is recorded
const LAST_DAY = '2027-03-31';
const T3 = '2027-04-01T09:00:00Z'; // the day after the last day: access revoked, final pay
const UNRETURNED_AFTER_DAYS = 10;
const T4 = '2027-04-12T09:00:00Z'; // past the policy's 10 days: the laptop is given up on and charged

describe('onboarding and offboarding across departments, with the books', () => {
  let stack: Stack;
  const caller = (role: Role) => ({ employeeId: randomUUID(), roles: [role] });
  const manager = caller('MANAGER');
  const itStaff = caller('IT');
  const preparer = caller('ACCOUNTING');
  const approver = caller('ACCOUNTING');
  let tokens: { manager: string; it: string; preparer: string; approver: string };
  let departmentId: string;
  let ada: string;
  let lin: string;
  let laptop: { id: string; tag: string };
  const correlationId = `hire-${randomUUID().slice(0, 8)}`;

  const logs = () => (['gateway', 'hr', 'accounting', 'it'] as const).map((name) => `--- ${name} ---\n${stack.logs(name).split('\n').slice(-40).join('\n')}`).join('\n');
  const call = <T>(token: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    postGraphQL<T>(stack.gatewayUrl, query, variables, { ...bearer(token), ...headers });
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> => {
    const response = await call<T>(token, query, variables, headers);
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
  async function sql<T>(service: SubgraphName, statement: string, parameters: unknown[] = []): Promise<T[]> {
    const database = createServiceDataSource({ url: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName(service, stack.env.DATABASE_NAME_SUFFIX!)), migrations: [], poolSize: 1 });
    await database.initialize();
    try {
      return (await database.query(statement, parameters)) as T[];
    } finally {
      await database.destroy();
    }
  }

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
      await ok<{ journalEntries: { edges: Array<{ node: { sourceId: string | null; lines: Array<{ account: { code: string }; debit: string; credit: string; departmentId: string | null }> } }> } }>(
        tokens.manager,
        `{ journalEntries(filter: { source: ASSET }, first: 200) { edges { node { sourceId lines { account { code } debit credit departmentId } } } } }`,
      )
    ).journalEntries.edges.map((edge) => edge.node);
    const cents = new Map<string, number>();
    for (const entry of entries.filter((candidate) => candidate.sourceId === laptop.id)) {
      for (const line of entry.lines) cents.set(line.account.code, (cents.get(line.account.code) ?? 0) + Math.round(Number(line.debit) * 100) - Math.round(Number(line.credit) * 100));
    }
    return Object.fromEntries([...cents].map(([code, value]) => [code, (value / 100).toFixed(2)]));
  };
  const runPayroll = async (period: string) => {
    const preview = async () =>
      (await ok<{ previewPayroll: { id: string; lines: Array<{ employeeId: string }> } }>(tokens.preparer, `mutation P($period: String!) { previewPayroll(period: $period) { id lines { employeeId } } }`, { period }))
        .previewPayroll;
    // Accounting's workforce projection learns of pay from HR's events: preview until it pays Ada.
    const run = await until(`a ${period} payroll paying Ada`, async () => {
      const previewed = await preview();
      return previewed.lines.some((line) => line.employeeId === ada) ? previewed : undefined;
    });
    await ok(tokens.approver, `mutation A($id: ID!) { approvePayroll(runId: $id) { id status } }`, { id: run.id });
    await ok(tokens.preparer, `mutation P($id: ID!) { postPayroll(runId: $id) { id status } }`, { id: run.id });
  };

  beforeAll(async () => {
    stack = await startStack({ env: { CLOCK_AT: T0 } });
    tokens = { manager: stack.token(manager), it: stack.token(itStaff), preparer: stack.token(preparer), approver: stack.token(approver) };
    departmentId = (await ok<{ createDepartment: { id: string } }>(tokens.manager, `mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code: 'ENG', name: 'Engineering' } })).createDepartment
      .id;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('runs the whole way in and out, each step DONE by its department, the laptop capitalised, depreciated and charged', async () => {
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
    const head = await hire({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', startDate: '2026-01-04', ...contact });
    const { department } = await ok<{ department: { version: number } }>(tokens.manager, `query D($id: ID!) { department(id: $id) { version } }`, { id: departmentId });
    await ok(tokens.manager, `mutation U($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`, { id: departmentId, input: { version: department.version, headId: head } });
    ada = await hire({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', startDate: START, managerId: head, ...contact }, { 'x-correlation-id': correlationId });

    const opened = (await processOf(ada, 'onboarding'))!;
    expect(opened).toMatchObject({ kind: 'ONBOARDING', status: 'IN_PROGRESS', correlationId });
    // The record was complete at the hire; the others wait for their departments.
    expect(stepStatuses(opened)).toEqual({ HR_RECORD: 'DONE', ACCESS: 'PENDING', EQUIPMENT: 'PENDING', FIRST_PAYROLL: 'PENDING' });
    // Accounting capitalised the laptop (at or above the threshold), nothing depreciated yet.
    await until('the laptop in the books', async () => (await assetBooks()).bookValue === '1800.00');
    expect(await laptopBalances()).toMatchObject({});
    const kitTicket = await until('IT’s kit ticket for Ada', async () => {
      const { tickets } = await ok<{ tickets: { edges: Array<{ node: { id: string; version: number; kind: string; status: string; employee: { id: string } | null; items: Array<{ id: string }> } }> } }>(
        tokens.it,
        `{ tickets(filter: { kind: EQUIPMENT }, first: 50) { edges { node { id version kind status employee { id } items { id } } } } }`,
      );
      return tickets.edges.map((edge) => edge.node).find((ticket) => ticket.employee?.id === ada);
    });

    // --- T1, the start date: IT's job activates the bundle; IT hands the laptop over. ---
    await stack.moveClock(T1);
    await untilStep(ada, 'onboarding', 'ACCESS', 'DONE');
    const { asset: inStock } = await ok<{ asset: { version: number } }>(tokens.it, `query A($id: ID!) { asset(id: $id) { version } }`, { id: laptop.id });
    const fulfilled = (
      await ok<{ fulfilWithAsset: { version: number } }>(tokens.it, `mutation F($input: FulfilWithAssetInput!) { fulfilWithAsset(input: $input) { version } }`, {
        input: { ticketId: kitTicket.id, expectedVersion: kitTicket.version, itemId: kitTicket.items[0]!.id, assetId: laptop.id, assetVersion: inStock.version },
      })
    ).fulfilWithAsset;
    await ok(tokens.it, `mutation R($input: ResolveTicketInput!) { resolveTicket(input: $input) { status } }`, { input: { ticketId: kitTicket.id, expectedVersion: fulfilled.version, resolution: 'FULFILLED', note: 'Laptop on the desk.' } });
    await untilStep(ada, 'onboarding', 'EQUIPMENT', 'DONE');
    expect(stepStatuses(await processOf(ada, 'onboarding'))).toEqual({ HR_RECORD: 'DONE', ACCESS: 'DONE', EQUIPMENT: 'DONE', FIRST_PAYROLL: 'PENDING' });
    const { employee: withAccounts } = await ok<{ employee: { accounts: Array<{ system: string; status: string }> } }>(tokens.it, `query S($id: ID!) { employee(id: $id) { accounts { system status } } }`, { id: ada });
    expect(withAccounts.accounts.filter((account) => account.status === 'ACTIVE').map((account) => account.system)).toContain('source-control');

    // --- T2: February is over: its depreciation (1800 / 36 = 50.00) on Engineering; first payroll. ---
    await stack.moveClock(T2);
    await until('February’s depreciation', async () => (await assetBooks()).accumulatedDepreciation === '50.00');
    expect(await assetBooks()).toMatchObject({ bookValue: '1750.00', accumulatedDepreciation: '50.00' });
    await runPayroll('2027-02');
    const onboarded = await until('the onboarding completed', async () => {
      const workflow = await processOf(ada, 'onboarding');
      return workflow?.status === 'COMPLETED' ? workflow : undefined;
    });
    expect(stepStatuses(onboarded)).toEqual({ HR_RECORD: 'DONE', ACCESS: 'DONE', EQUIPMENT: 'DONE', FIRST_PAYROLL: 'DONE' });

    // One id lists the hire and what it caused in every department.
    const chain = (
      await ok<{ correlatedEvents: { hrEvents: Array<{ type: string }>; itEvents: Array<{ type: string; causationId: string | null }>; accountingEvents: Array<{ type: string; causationId: string | null }> } }>(
        tokens.manager,
        `query C($id: String!) { correlatedEvents(correlationId: $id) { hrEvents { type } itEvents { type causationId } accountingEvents { type causationId } } }`,
        { id: correlationId },
      )
    ).correlatedEvents;
    expect(chain.hrEvents.map((event) => event.type)).toEqual(expect.arrayContaining(['backoffice.hr.employee.hired.v1', 'backoffice.hr.workflow.opened.v1']));
    expect(chain.itEvents.map((event) => event.type)).toEqual(expect.arrayContaining(['backoffice.it.access.onboarded.v1', 'backoffice.it.ticket.opened.v1']));
    expect(chain.itEvents.every((event) => event.causationId !== null)).toBe(true);

    await ok(tokens.manager, `mutation T($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`, { id: ada, input: { terminationDate: LAST_DAY, reason: 'RESIGNATION' } });
    const offboarding = (await processOf(ada, 'offboarding'))!;
    expect(offboarding.steps.map(({ step, status, dueOn }) => ({ step, status, dueOn }))).toEqual([
      { step: 'ACCESS_REVOKED', status: 'PENDING', dueOn: '2027-04-01' },
      { step: 'ASSETS', status: 'PENDING', dueOn: '2027-04-11' },
      { step: 'FINAL_PAY', status: 'PENDING', dueOn: '2027-04-07' },
    ]);

    // --- T3, the day after the last day: access gone, March depreciated, final pay posted. ---
    await stack.moveClock(T3);
    await untilStep(ada, 'offboarding', 'ACCESS_REVOKED', 'DONE');
    await until('March’s depreciation', async () => (await assetBooks()).accumulatedDepreciation === '100.00');
    await runPayroll('2027-03');
    await untilStep(ada, 'offboarding', 'FINAL_PAY', 'DONE');
    expect(stepStatuses(await processOf(ada, 'offboarding'))).toEqual({ ACCESS_REVOKED: 'DONE', ASSETS: 'PENDING', FINAL_PAY: 'DONE' });

    // --- T4: the laptop never came back: IT gives up on it, accounting charges Ada at book value. ---
    await stack.moveClock(T4);
    const offboarded = await until('the offboarding completed', async () => {
      const workflow = await processOf(ada, 'offboarding');
      return workflow?.status === 'COMPLETED' ? workflow : undefined;
    });
    expect(stepStatuses(offboarded)).toEqual({ ACCESS_REVOKED: 'DONE', ASSETS: 'DONE', FINAL_PAY: 'DONE' });
    const books = await assetBooks();
    expect(books.unrecoveredOn).toBe('2027-04-12');
    // Out of the books: the receivable from Ada carries the 1700.00 left; the laptop's equipment
    // and accumulated depreciation accounts are back to zero.
    expect(books.bookValue).toBeNull();
    // Bought on account (2000 payables), two months of depreciation (6500), and what was left
    // (1800.00 - 100.00) as a receivable from Ada (1200); equipment (1500) and accumulated
    // depreciation (1590) at zero.
    expect(await laptopBalances()).toEqual({ '1500': '0.00', '1590': '0.00', '2000': '-1800.00', '6500': '100.00', '1200': '1700.00' });
  });

  it('a reaction made to fail shows its step FAILED with the reason, and DONE after the cause is fixed and the step retried', async () => {
    // IT's database refuses Lin's work email: the access lifecycle's reaction to the hire (which
    // records it first) fails every time and is dead-lettered after its retries.
    await sql('it', `CREATE FUNCTION refuse_lin() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected by the e2e test'; END $$`);
    await sql('it', `CREATE TRIGGER refuse_lin BEFORE INSERT OR UPDATE ON directory_entries FOR EACH ROW WHEN (NEW.email = 'lin@example.com') EXECUTE FUNCTION refuse_lin()`);
    const { hireEmployee } = await ok<{ hireEmployee: { id: string } }>(tokens.manager, `mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, {
      input: { firstName: 'Lin', lastName: 'Chen', email: 'lin@example.com', title: 'Engineer', departmentId, salary: { amount: '50000.00', currency: 'EUR' }, startDate: '2027-05-03' },
    });
    lin = hireEmployee.id;
    const failed = await untilStep(lin, 'onboarding', 'ACCESS', 'FAILED');
    expect(failed.steps.find((step) => step.step === 'ACCESS')!.failure).toEqual({ consumer: 'it.access-lifecycle', reason: 'QueryFailedError' });
    // Not retried while the cause is there: the step stays FAILED with a new failure.
    await sql('it', `DROP TRIGGER refuse_lin ON directory_entries`);
    await sql('it', `DROP FUNCTION refuse_lin()`);
    const retried = await ok<{ retryWorkflowStep: { steps: Step[] } }>(tokens.it, `mutation R($id: ID!) { retryWorkflowStep(workflowId: $id, step: ACCESS) { steps { step status } } }`, { id: failed.id });
    expect(stepStatuses({ ...failed, steps: retried.retryWorkflowStep.steps }).ACCESS).toBe('PENDING');
    // IT applied the hire again through its inbox: Lin's accounts wait for the start date.
    await until('Lin’s accounts scheduled', async () => {
      const { employee } = await ok<{ employee: { accounts: Array<{ status: string }> } }>(tokens.it, `query S($id: ID!) { employee(id: $id) { accounts { status } } }`, { id: lin });
      return employee.accounts.length > 0 && employee.accounts.every((account) => account.status === 'SCHEDULED');
    });
    await stack.moveClock('2027-05-03T09:00:00Z');
    await untilStep(lin, 'onboarding', 'ACCESS', 'DONE');
  });
});
