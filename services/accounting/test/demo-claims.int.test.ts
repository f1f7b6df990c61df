import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createLogger } from '@backoffice/platform/logger';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { upsertJob } from '@backoffice/workforce/workforce.repository';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';
import { seedDemoClaims, type DemoClaimsInput, type DemoPerson } from '../src/demo/seed-demo-claims';
import { createLedgerModules, type LedgerModules } from '../src/ledger-modules';

jest.setTimeout(120_000);

// The demo claims, seeded straight through the commands for made-up people whose jobs (department
// and line manager) are put in the workforce projection as HR's events would leave them, then read
// back as the manager reads them. A fixed business clock: nothing depends on the day the test runs.
const CLOCK_AT = '2026-06-17T10:00:00Z';
const today = CLOCK_AT.slice(0, 10);
const daysBefore = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

type Claim = {
  id: string;
  status: string;
  awaiting: string | null;
  claimant: { id: string };
  approverId: string | null;
  total: { amount: string };
  lines: Array<{ date: string; receiptReference: string | null; amount: { amount: string } }>;
  flags: Array<{ kind: string; otherClaimId: string | null }>;
  decisions: Array<{ step: string; outcome: string; decidedBy: string; reason: string | null }>;
  rejectionReason: string | null;
  journalEntry: { source: string } | null;
  paymentEntry: { source: string } | null;
};

const CLAIMS = `{ expenseClaims(first: 100) { edges { node {
  id status awaiting claimant { id } approverId total { amount }
  lines { date receiptReference amount { amount } } flags { kind otherClaimId }
  decisions { step outcome decidedBy reason } rejectionReason journalEntry { source } paymentEntry { source }
} } } }`;

describe('the demo expense claims', () => {
  let accounting: RunningSubgraph;
  let modules: LedgerModules;
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const env = testEnvironment({ CLOCK_AT });
  const logger = createLogger({ test: 'demo-claims' }, 'warn');

  // Three departments, each with a head and five people reporting to them; the accountant reports
  // to the finance head and one person reports to the accountant (so cannot be a demo claimant).
  const departments = [randomUUID(), randomUUID(), randomUUID()];
  const heads = departments.map((departmentId) => ({ employeeId: randomUUID(), departmentId, managerId: null }));
  const accountant = randomUUID();
  const people: DemoPerson[] = [
    ...heads,
    { employeeId: accountant, departmentId: departments[0]!, managerId: heads[0]!.employeeId },
    { employeeId: randomUUID(), departmentId: departments[0]!, managerId: accountant },
    ...heads.flatMap((head) => Array.from({ length: 5 }, () => ({ employeeId: randomUUID(), departmentId: head.departmentId, managerId: head.employeeId }))),
  ];
  const input: DemoClaimsInput = { people, accountant };
  const managerOf = new Map(people.map((person) => [person.employeeId, person.managerId]));

  const claims = async (): Promise<Claim[]> => {
    const response = await postGraphQL<{ expenseClaims: { edges: Array<{ node: Claim }> } }>(accounting.url, CLAIMS, {}, identityHeaders(manager, 'accounting'));
    expect(response.errors).toBeUndefined();
    return response.data!.expenseClaims.edges.map((edge) => edge.node);
  };
  const counts = async () =>
    ((await accounting.dataSource.query(`
      SELECT (SELECT count(*)::int FROM expense_claims) AS claims, (SELECT count(*)::int FROM journal_entries) AS entries,
             (SELECT count(*)::int FROM outbox_events) AS events, (SELECT count(*)::int FROM audit_log) AS audits`)) as Array<Record<string, number>>)[0]!;

  beforeAll(async () => {
    const config = loadAccountingConfig(env);
    accounting = await startSubgraphService(accountingSubgraph, config);
    modules = createLedgerModules(accounting.dataSource, config.clock, { functionalCurrency: config.extra.FUNCTIONAL_CURRENCY });
    for (const [sequence, person] of people.entries()) {
      await upsertJob(accounting.dataSource, { ...person, effectiveDate: '2025-01-06', title: person.employeeId === accountant ? 'Accountant' : 'Engineer', sequence: sequence + 1 });
    }
  });

  afterAll(async () => {
    await accounting?.stop();
  });

  it('submits, decides and pays a dozen people’s claims through the commands, each step by the right person, once even when two seeds run at once', async () => {
    const [first, second] = await Promise.all([seedDemoClaims(modules, input, logger), seedDemoClaims(modules, input, logger)]);
    expect([first, second].sort()).toEqual([0, 26]);

    const seeded = await claims();
    expect(seeded).toHaveLength(26);
    const byStatus = (status: string) => seeded.filter((claim) => claim.status === status);
    expect(byStatus('PAID')).toHaveLength(17);
    expect(byStatus('APPROVED')).toHaveLength(2);
    expect(byStatus('REJECTED')).toHaveLength(3);
    expect(byStatus('SUBMITTED').map((claim) => claim.awaiting).sort()).toEqual(['ACCOUNTING', 'LINE_MANAGER', 'LINE_MANAGER', 'LINE_MANAGER']);

    // Twelve claimants with a line manager, from every department; never the accountant nor
    // someone reporting to them; each claim waiting for or decided by the claimant's line manager.
    const claimants = new Set(seeded.map((claim) => claim.claimant.id));
    expect(claimants.size).toBe(12);
    expect(new Set([...claimants].map((id) => people.find((person) => person.employeeId === id)!.departmentId)).size).toBe(3);
    expect([...claimants].some((id) => id === accountant || managerOf.get(id) === accountant || !managerOf.get(id))).toBe(false);
    for (const claim of seeded) {
      expect(claim.approverId).toBe(managerOf.get(claim.claimant.id));
      for (const decision of claim.decisions) expect(decision.decidedBy).toBe(decision.step === 'LINE_MANAGER' ? managerOf.get(claim.claimant.id) : accountant);
      // Within the policy's 90 days at submission, none in the future; a receipt above 25.00.
      for (const line of claim.lines) {
        expect(line.date >= daysBefore(90) && line.date < today).toBe(true);
        if (Number(line.amount.amount) > 25) expect(line.receiptReference).toMatch(/^RCPT-2026-\d{4}$/);
      }
    }
    // The line manager's decision on the 23 claims past that step, ACCOUNTING's on the five above 1000.00 it decided.
    expect(seeded.flatMap((claim) => claim.decisions)).toHaveLength(23 + 5);

    // Every approved claim is posted, every paid one paid, both as EXPENSE entries.
    for (const claim of [...byStatus('APPROVED'), ...byStatus('PAID')]) expect(claim.journalEntry).toEqual({ source: 'EXPENSE' });
    for (const claim of byStatus('PAID')) expect(claim.paymentEntry).toEqual({ source: 'EXPENSE' });

    // Rejected with the reason: two by the line manager, one by ACCOUNTING after the manager approved.
    const rejected = byStatus('REJECTED');
    // (By step, not in the order listed: under a fixed clock both decisions share their instant.)
    expect(rejected.every((claim) => claim.rejectionReason && claim.decisions.find((decision) => decision.outcome === 'REJECTED')!.reason === claim.rejectionReason)).toBe(true);
    const steps = (claim: Claim) => ['LINE_MANAGER', 'ACCOUNTING'].flatMap((step) => claim.decisions.filter((decision) => decision.step === step).map((decision) => `${step} ${decision.outcome}`)).join(', ');
    expect(rejected.map(steps).sort()).toEqual([
      'LINE_MANAGER APPROVED, ACCOUNTING REJECTED',
      'LINE_MANAGER REJECTED',
      'LINE_MANAGER REJECTED',
    ]);

    // One likely duplicate, of a paid claim of the same person, waiting for the line manager.
    const flagged = seeded.filter((claim) => claim.flags.length > 0);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!).toMatchObject({ status: 'SUBMITTED', awaiting: 'LINE_MANAGER' });
    const original = seeded.find((claim) => claim.id === flagged[0]!.flags[0]!.otherClaimId)!;
    expect(flagged[0]!.flags).toEqual([{ kind: 'LIKELY_DUPLICATE', otherClaimId: original.id }]);
    expect(original).toMatchObject({ status: 'PAID', claimant: flagged[0]!.claimant });

    const { data } = await postGraphQL<{ trialBalance: { totalDebit: string; totalCredit: string }; verifyLedger: { ok: boolean; entriesChecked: number } }>(
      accounting.url,
      `query Q($asOf: Date!) { trialBalance(asOf: $asOf) { totalDebit totalCredit } verifyLedger { ok entriesChecked } }`,
      { asOf: today },
      identityHeaders(manager, 'accounting'),
    );
    expect(data!.verifyLedger).toEqual({ ok: true, entriesChecked: 19 + 17 });
    expect(data!.trialBalance.totalDebit).toBe(data!.trialBalance.totalCredit);
  });

  it('seeding again submits, decides and posts nothing more', async () => {
    const before = await counts();
    expect(await seedDemoClaims(modules, input, logger)).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
