import { randomUUID } from 'node:crypto';
import { createServiceDataSource, serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import type { Role } from '@backoffice/platform/identity';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import { requiredEnv } from '@backoffice/testkit/isolation';
import { grantAnalystAccess } from '../src/analyst-figures';
import { runJoinerLeaverFlow, T0 } from '../src/joiner-leaver-flow';
import { startStack, type Stack, type SubgraphName } from '../src/stack';
import { bearer } from '../src/tokens';

jest.setTimeout(600_000);

// A person's way in and out of the company through the gateway (e2e/src/joiner-leaver-flow.ts:
// each step DONE by its department, the laptop capitalised, depreciated and charged), ending in
// a snapshot of every department, the processes, the books and the analysts' figures rebuilt from
// the stream, checked here field by field. Beside it, a second joiner's access reaction is made
// to fail in IT's database: the step shows FAILED with the reason, and turns DONE once the cause
// is removed and retryWorkflowStep is called.

type Step = { step: string; status: string; dueOn: string; failure: { consumer: string; reason: string } | null };
type Workflow = { id: string; kind: string; status: string; correlationId: string; steps: Step[] };
const WORKFLOW = 'id kind status correlationId steps { step status dueOn failure { consumer reason } }';

describe('onboarding and offboarding across departments, with the books', () => {
  let stack: Stack;
  const caller = (role: Role) => ({ employeeId: randomUUID(), roles: [role] });
  let tokens: { manager: string; it: string };
  let lin: string;
  let revokeAnalystAccess: (() => Promise<void>) | undefined;

  const logs = () => (['gateway', 'hr', 'accounting', 'it'] as const).map((name) => `--- ${name} ---\n${stack.logs(name).split('\n').slice(-40).join('\n')}`).join('\n');
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await postGraphQL<T>(stack.gatewayUrl, query, variables, bearer(token));
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

  beforeAll(async () => {
    stack = await startStack({ env: { CLOCK_AT: T0 } });
    revokeAnalystAccess = await grantAnalystAccess(stack.env.KAFKA_PREFIX!);
    tokens = { manager: stack.token(caller('MANAGER')), it: stack.token(caller('IT')) };
  });

  afterAll(async () => {
    await revokeAnalystAccess?.();
    await stack?.stop();
  });

  it('runs the whole way in and out, each step DONE by its department, the laptop capitalised, depreciated and charged', async () => {
    const end = await runJoinerLeaverFlow(stack);
    expect(end.processes).toEqual({
      onboarding: {
        status: 'COMPLETED',
        steps: [
          { step: 'HR_RECORD', status: 'DONE', dueOn: '2027-02-01' },
          { step: 'ACCESS', status: 'DONE', dueOn: '2027-02-01' },
          { step: 'EQUIPMENT', status: 'DONE', dueOn: '2027-02-01' },
          { step: 'FIRST_PAYROLL', status: 'DONE', dueOn: '2027-03-07' },
        ],
      },
      offboarding: {
        status: 'COMPLETED',
        steps: [
          { step: 'ACCESS_REVOKED', status: 'DONE', dueOn: '2027-04-01' },
          { step: 'ASSETS', status: 'DONE', dueOn: '2027-04-11' },
          { step: 'FINAL_PAY', status: 'DONE', dueOn: '2027-04-07' },
        ],
      },
    });
    expect(end.hr).toEqual({ adaStatus: 'TERMINATED' });
    expect(end.it.laptop).toBe('ASSIGNED');
    expect(end.it.accounts.every((account) => !account.endsWith(' ACTIVE'))).toBe(true);
    // The kit ticket closed itself after its resolution; the recovery ticket stays open for IT to
    // close by hand once the laptop is given up on (not automated).
    expect(end.it.tickets).toEqual(['EQUIPMENT CLOSED', 'RECOVERY OPEN']);
    expect(end.books.laptop).toEqual({ status: 'ASSIGNED', unrecoveredOn: '2027-04-12', bookValue: null, accumulatedDepreciation: null });
    expect(end.books.payrollRuns.map((run) => run.split(' ').slice(0, 3).join(' '))).toEqual(['2027-02 REGULAR POSTED', '2027-03 REGULAR POSTED']);
    // The analysts' figures, rebuilt from the stream and equal to the services' (checked in the
    // flow): Grace and Ada in Engineering, Ada's laptop in use until she left, and two payrolls
    // of two people, whose totals the contract withholds from analysts (fewer than five).
    expect(end.figures.headcount['2027-03 ENG']).toBe(2);
    expect(end.figures.headcount['2027-04 ENG']).toBe(1);
    expect(end.figures.equipmentInUse['2027-03 ENG']).toBe(1);
    expect(end.figures.payrollCost).toEqual({ '2027-02 EUR': 'withheld', '2027-03 EUR': 'withheld' });
  });

  it('a reaction made to fail shows its step FAILED with the reason, and DONE after the cause is fixed and the step retried', async () => {
    // IT's database refuses Lin's work email: the access lifecycle's reaction to the hire (which
    // records it first) fails every time and is dead-lettered after its retries.
    const departmentId = (await ok<{ createDepartment: { id: string } }>(tokens.manager, `mutation D($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input: { code: 'OPS', name: 'Operations' } }))
      .createDepartment.id;
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
