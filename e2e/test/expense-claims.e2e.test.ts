import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { asCaller, createDepartment, newHires, type HiredEmployee } from '../src/graph';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

// An expense claim from the claimant to the bank, through the gateway: HR hires the claimant and
// their line manager, accounting learns who manages whom from HR's events, the line manager and
// then ACCOUNTING (above 1000.00) approve, the approval is booked to the department's cost centre
// and the payment leaves the books balanced. Dates are relative to the day the test runs.

type Claim = {
  id: string;
  status: string;
  awaiting: string | null;
  version: number;
  approverId: string | null;
  total: { amount: string };
};
type GraphQLError = NonNullable<GraphQLResponse['errors']>[number];

const CLAIM_FIELDS = 'id status awaiting version approverId total { amount }';
const DRAFT = `mutation Draft($input: ExpenseClaimInput!) { draftExpenseClaim(input: $input) { ${CLAIM_FIELDS} } }`;
const SUBMIT = `mutation Submit($id: ID!, $v: Int!) { submitExpenseClaim(id: $id, expectedVersion: $v) { ${CLAIM_FIELDS} } }`;
const WITHDRAW = `mutation Withdraw($id: ID!, $v: Int!) { withdrawExpenseClaim(id: $id, expectedVersion: $v) { ${CLAIM_FIELDS} } }`;
const APPROVE = `mutation Approve($id: ID!, $v: Int!) { approveExpenseClaim(id: $id, expectedVersion: $v) { ${CLAIM_FIELDS} } }`;
const PAY = `mutation Pay($id: ID!, $v: Int!) { markExpenseClaimPaid(id: $id, expectedVersion: $v) { ${CLAIM_FIELDS} } }`;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const cents = (amount: string | undefined | null) => Math.round(Number(amount ?? '0') * 100);
const codes = (errors: readonly GraphQLError[] | undefined) => (errors ?? []).map((error) => error.extensions?.code);

describe('an expense claim through the gateway', () => {
  let stack: Stack;
  let managerToken: string;
  let accountingToken: string;
  let employeeToken: string;
  let lineManagerToken: string;
  let departmentId: string;
  let lineManager: HiredEmployee;
  let employee: HiredEmployee;

  const serviceLogs = () => (['gateway', 'hr', 'accounting'] as const).map((name) => `--- ${name} ---\n${stack.logs(name)}`).join('\n');
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await asCaller<T>(stack.gatewayUrl, token, query, variables);
    if (response.errors?.length || !response.data) throw new Error(`${query.split('(')[0]} failed: ${JSON.stringify(response.errors ?? response)}\n${serviceLogs()}`);
    return response.data;
  };
  const draft = async (title: string, lines: Array<Record<string, unknown>>) => (await ok<{ draftExpenseClaim: Claim }>(employeeToken, DRAFT, { input: { title, lines } })).draftExpenseClaim;
  const submit = async (claim: Claim) => (await ok<{ submitExpenseClaim: Claim }>(employeeToken, SUBMIT, { id: claim.id, v: claim.version })).submitExpenseClaim;
  const approve = async (token: string, claim: Claim) => (await ok<{ approveExpenseClaim: Claim }>(token, APPROVE, { id: claim.id, v: claim.version })).approveExpenseClaim;
  const departmentSpend = async () => {
    const { departments } = await ok<{ departments: Array<{ id: string; spend: { amount: string } | null }> }>(managerToken, `{ departments { id spend { amount } } }`);
    return cents(departments.find((department) => department.id === departmentId)!.spend?.amount);
  };

  // Hired two months ago (graph.ts's hireEmployee has no line manager to give).
  const hire = async (person: Record<string, unknown>) =>
    (
      await ok<{ hireEmployee: HiredEmployee }>(managerToken, `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id email } }`, {
        input: { ...person, departmentId, startDate: daysAgo(60) },
      })
    ).hireEmployee;

  beforeAll(async () => {
    stack = await startStack();
    managerToken = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    accountingToken = stack.token({ employeeId: randomUUID(), roles: ['ACCOUNTING'] });
    departmentId = await createDepartment(stack.gatewayUrl, managerToken, 'EXP', 'Expenses');
    lineManager = await hire({ ...newHires.grace, title: 'Engineering Manager' });
    employee = await hire({ ...newHires.ada, title: 'Engineer', managerId: lineManager.id });
    employeeToken = stack.token({ employeeId: employee.id, roles: ['EMPLOYEE'] });
    lineManagerToken = stack.token({ employeeId: lineManager.id, roles: ['EMPLOYEE'] });
    await untilAccountingKnowsTheLineManager();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // Accounting routes a claim by its workforce projection, which fills from HR's hr.employee.v1
  // events after the hire returns; submitted before it knows the job, a claim would go straight to
  // ACCOUNTING without a department. No client query reads that projection, and submitting is the
  // only thing that consults it: so a 5.00 probe (below the receipt threshold) is drafted and
  // submitted until it comes back waiting for the line manager, and each probe is withdrawn. A
  // withdrawn claim counts for neither the duplicate check nor the per-day limits, so the probes
  // leave the scenario's claims untouched.
  async function untilAccountingKnowsTheLineManager(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (let attempt = 1; ; attempt += 1) {
      const probe = await submit(await draft(`Projection probe ${attempt}`, [{ date: daysAgo(1), category: 'OTHER', amount: '5.00', merchant: 'Probe' }]));
      await ok(employeeToken, WITHDRAW, { id: probe.id, v: probe.version });
      if (probe.awaiting === 'LINE_MANAGER' && probe.approverId === lineManager.id) return;
      if (Date.now() > deadline) throw new Error(`accounting never learned ${employee.id}'s line manager: the probe waits for ${probe.awaiting}\n${serviceLogs()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  it('a claim above 1000.00 is approved by the line manager then ACCOUNTING, booked to the department, and paid with the books balanced', async () => {
    const spendBefore = await departmentSpend();
    let claim = await submit(
      await draft('Customer workshop, Lisbon', [
        { date: daysAgo(5), category: 'TRAVEL', amount: '900.00', merchant: 'TAP Air Portugal', receiptReference: 'RCPT-E2E-1' },
        { date: daysAgo(4), category: 'LODGING', amount: '300.00', merchant: 'Hotel Avenida', receiptReference: 'RCPT-E2E-2' },
      ]),
    );
    expect(claim).toMatchObject({ status: 'SUBMITTED', awaiting: 'LINE_MANAGER', approverId: lineManager.id, total: { amount: '1200.00' } });

    // Nobody decides their own claim.
    const own = await asCaller(stack.gatewayUrl, employeeToken, APPROVE, { id: claim.id, v: claim.version });
    expect(codes(own.errors)).toEqual(['FORBIDDEN']);

    claim = await approve(lineManagerToken, claim);
    expect(claim).toMatchObject({ status: 'SUBMITTED', awaiting: 'ACCOUNTING' });
    claim = await approve(accountingToken, claim);
    expect(claim).toMatchObject({ status: 'APPROVED', awaiting: null });

    const { expenseClaim } = await ok<{ expenseClaim: { status: string; department: { id: string } | null; journalEntry: { source: string } | null } }>(
      managerToken,
      `query Claim($id: ID!) { expenseClaim(id: $id) { status department { id } journalEntry { source } } }`,
      { id: claim.id },
    );
    expect(expenseClaim).toEqual({ status: 'APPROVED', department: { id: departmentId }, journalEntry: { source: 'EXPENSE' } });
    expect((await departmentSpend()) - spendBefore).toBe(120_000);

    claim = (await ok<{ markExpenseClaimPaid: Claim }>(accountingToken, PAY, { id: claim.id, v: claim.version })).markExpenseClaimPaid;
    expect(claim.status).toBe('PAID');
    const { trialBalance } = await ok<{ trialBalance: { totalDebit: string; totalCredit: string } }>(managerToken, `query T($asOf: Date!) { trialBalance(asOf: $asOf) { totalDebit totalCredit } }`, {
      asOf: daysAgo(0),
    });
    expect(trialBalance.totalDebit).toBe(trialBalance.totalCredit);
    // Paying moves the money from reimbursements payable to the bank: spend is unchanged.
    expect((await departmentSpend()) - spendBefore).toBe(120_000);
  });

  it('of two approvals of the same version at once, one decides the claim and the other gets CONFLICT', async () => {
    const claim = await submit(await draft('Lunch with a candidate', [{ date: daysAgo(2), category: 'MEALS', amount: '48.60', merchant: 'Cantina', receiptReference: 'RCPT-E2E-3' }]));
    const attempts = await Promise.all([1, 2].map(() => asCaller<{ approveExpenseClaim: Claim }>(stack.gatewayUrl, lineManagerToken, APPROVE, { id: claim.id, v: claim.version })));
    const decided = attempts.filter((attempt) => !attempt.errors);
    expect(decided).toHaveLength(1);
    expect(decided[0]!.data!.approveExpenseClaim.status).toBe('APPROVED');
    expect(attempts.flatMap((attempt) => codes(attempt.errors))).toEqual(['CONFLICT']);
  });

  it('a line above its category limit is refused at submission with BAD_USER_INPUT naming the line’s amount, and the claim stays a draft', async () => {
    const drafted = await draft('Team dinner', [{ date: daysAgo(3), category: 'MEALS', amount: '500.00', merchant: 'Steakhouse', receiptReference: 'RCPT-E2E-4' }]);
    const refused = await asCaller(stack.gatewayUrl, employeeToken, SUBMIT, { id: drafted.id, v: drafted.version });
    expect(codes(refused.errors)).toEqual(['BAD_USER_INPUT']);
    const fields = refused.errors![0]!.extensions!.fields as Array<{ field: string; message: string }>;
    expect(fields.map((problem) => problem.field)).toContain('lines.0.amount');
    expect(fields.find((problem) => problem.field === 'lines.0.amount')!.message).toMatch(/MEALS limit/);
    const { expenseClaim } = await ok<{ expenseClaim: { status: string } }>(employeeToken, `query Claim($id: ID!) { expenseClaim(id: $id) { status } }`, { id: drafted.id });
    expect(expenseClaim.status).toBe('DRAFT');
  });
});
