import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { payrollApproved, payrollEmployeeIncluded, payrollPosted, payrollPreviewed } from '@backoffice/events/accounting-events';
import { compensationChanged, employeeHired, employeeTerminated, leaveApproved, terminationWithdrawn } from '@backoffice/events/hr-events';
import type { Principal } from '@backoffice/platform/identity';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';
import { startAccountingForTest, type AccountingForTest } from './support/accounting-test-service';
import { forgetConsumerGroup, hrEvents, untilConsumed, type HrEvents, type SentEvent } from '@backoffice/testkit/hr-events';

jest.setTimeout(180_000);

// Payroll end to end, from HR's events (published for real, read by the workforce projection) to
// the posted entry: March 2026 worked out by hand, the four eyes, posting once, adjustments after
// posting, redelivered and replayed events, what the events tell analysts and who sees payslips.
//
// March 2026: 31 calendar days; the 1st is a Sunday, so its working days (Mon-Fri, no holiday
// published) are 2-6, 9-13, 16-20, 23-27, 30-31: 5 + 5 + 5 + 5 + 2 = 22.

type Money = { amount: string; currency: string };
type Line = { employeeId: string; departmentId: string | null; gross: Money; daysWorked: number; unpaidDays: number; problems: string[]; finalPay: boolean; payInForce: Array<{ effectiveDate: string; payFrequency: string; amount: Money }> };
type EntryLine = { account: { code: string }; debit: string; credit: string; departmentId: string | null };
type Run = {
  id: string;
  period: string;
  kind: string;
  status: string;
  headcount: number;
  total: Money;
  lines: Line[];
  preparedBy: string;
  approvedBy: string | null;
  journalEntry: { id: string; source: string; sourceId: string; date: string; lines: EntryLine[] } | null;
};

const RUN = `id period kind status headcount total { amount currency } preparedBy approvedBy
  lines { employeeId departmentId gross { amount currency } daysWorked unpaidDays problems finalPay payInForce { effectiveDate payFrequency amount { amount currency } } }
  journalEntry { id source sourceId date lines { account { code } debit credit departmentId } }`;
const PREVIEW = `mutation P($period: String!) { previewPayroll(period: $period) { ${RUN} } }`;
const APPROVE = `mutation A($id: ID!) { approvePayroll(runId: $id) { ${RUN} } }`;
const POST = `mutation S($id: ID!) { postPayroll(runId: $id) { ${RUN} } }`;
const ONE = `query O($id: ID!) { payrollRun(id: $id) { ${RUN} } }`;
const YEAR = `query Y($year: Int!) { payrollRuns(year: $year) { id period kind status } }`;
const PAYSLIPS = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { payslips { period kind gross { amount currency } daysWorked unpaidDays finalPay } } } }`;

const MARCH = '2026-03';
const person = (roles: Principal['roles'] = ['EMPLOYEE']): Principal => ({ employeeId: randomUUID(), roles });
const idOf = (who: Principal) => who.employeeId!;
const cents = (amount: string | undefined) => Math.round(Number(amount ?? '0') * 100);
const codeOf = (answer: GraphQLResponse<unknown>) => answer.errors?.[0]?.extensions?.code;

function ok<T>(answer: GraphQLResponse<T>): T {
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

// Gross in cents per person paid, and the people listed with problems.
const paidCents = (run: Run) => Object.fromEntries(run.lines.filter((line) => !line.problems.length).map((line) => [line.employeeId, cents(line.gross.amount)]));
const withProblems = (run: Run) => run.lines.filter((line) => line.problems.length).map((line) => line.employeeId).sort();

describe('payroll', () => {
  let testService: AccountingForTest;
  let accounting: RunningSubgraph;
  let hr: HrEvents;
  // The replay stops the first service (see there); afterAll then only closes the admin connection.
  let firstStopped = false;

  const accountant = person(['ACCOUNTING']);
  const secondAccountant = person(['ACCOUNTING']);
  const manager = person(['MANAGER']);
  const hrPerson = person(['HR']);

  const sales = randomUUID();
  const operations = randomUUID();
  // Sales.
  const hana = person(); // hired 2026-03-10, ANNUAL 36,000.00
  const leo = person(); // MONTHLY 3,100.00, last day 2026-03-20
  const rita = person(); // ANNUAL 48,000.00, 60,000.00 from 2026-03-15
  // Operations.
  const ulla = person(); // MONTHLY 3,500.00, 2.5 days of unpaid leave
  const sam = person(); // ANNUAL 50,000.00 (a late raise after posting)
  const wendy = person(); // MONTHLY 2,800.00, terminated on the 12th, withdrawn
  const howard = person(); // HOURLY 25.00: a problem
  const nina = person(); // no pay known: a problem
  const usman = person(); // MONTHLY 3,000.00 in USD: a problem (the ledger is in EUR)

  // By hand (each calendar day earns monthly/31, each unpaid working day deducts monthly/22, one rounding):
  const expected: Record<string, number> = {
    // 36,000 / 12 = 3,000.00 a month; employed 10..31 = 22 days: 3,000 × 22 / 31 = 66,000 / 31 = 2,129.0322… → 2,129.03
    [idOf(hana)]: 212903,
    // 3,100 × 20 / 31 (1..20) = 2,000.00
    [idOf(leo)]: 200000,
    // 48,000 / 12 = 4,000 for 1..14 (14 days), 60,000 / 12 = 5,000 for 15..31 (17 days):
    // (4,000 × 14 + 5,000 × 17) / 31 = (56,000 + 85,000) / 31 = 141,000 / 31 = 4,548.3870… → 4,548.39
    [idOf(rita)]: 454839,
    // the full month 3,500.00 less 2.5 unpaid working days × 3,500 / 22:
    // 3,500 − 8,750 / 22 = 3,500 − 397.7272… = 3,102.2727… → 3,102.27
    [idOf(ulla)]: 310227,
    // 50,000 / 12 = 4,166.6666… → 4,166.67
    [idOf(sam)]: 416667,
    // the termination was withdrawn: the full month, 2,800.00
    [idOf(wendy)]: 280000,
  };
  // Sales: 2,129.03 + 2,000.00 + 4,548.39 = 8,677.42; operations: 3,102.27 + 4,166.67 + 2,800.00 = 10,068.94;
  // total 8,677.42 + 10,068.94 = 18,746.36 for 6 people.
  const SALES_CENTS = 867742;
  const OPERATIONS_CENTS = 1006894;
  const TOTAL_CENTS = 1874636;

  // Sam's late raise to 62,000 from 2026-03-16: 15 days (1..15) at 50,000 and 16 days (16..31) at 62,000:
  // (15 × 50,000 + 16 × 62,000) / (12 × 31) = (750,000 + 992,000) / 372 = 1,742,000 / 372 = 4,682.7956… → 4,682.80;
  // the adjustment pays 4,682.80 − 4,166.67 = 516.13.
  const SAM_AFTER_RAISE = 468280;
  const SAM_ADJUSTMENT = 51613;

  // Wednesday 4th and Thursday 5th whole, Friday 6th until noon: 2 + 0.5 = 2.5 working days, unpaid.
  const ullaLeave = {
    leaveRequestId: randomUUID(),
    employeeId: idOf(ulla),
    startDate: '2026-03-04',
    endDate: '2026-03-06',
    startHalfDay: false,
    endHalfDay: true,
    days: '2.5',
    unpaid: true,
    decidedBy: idOf(manager),
  };
  const sent: Record<string, SentEvent> = {};
  let draft: Run;
  let regular: Run;

  const call = <T>(query: string, variables: Record<string, unknown> = {}, who: Principal = accountant) => testService.call<T>(query, variables, who);
  const preview = (who: Principal = accountant) => call<{ previewPayroll: Run }>(PREVIEW, { period: MARCH }, who);
  const approve = (run: Run, who: Principal) => call<{ approvePayroll: Run }>(APPROVE, { id: run.id }, who);
  const post = (run: Run, who: Principal = accountant) => call<{ postPayroll: Run }>(POST, { id: run.id }, who);
  const entriesOf = async (run: Run) =>
    Number((await testService.admin.query<{ n: string }>(`SELECT count(*) AS n FROM journal_entries WHERE source = 'PAYROLL' AND source_id = $1`, [run.id])).rows[0]!.n);
  const eventsOf = async (run: Run) =>
    (await testService.admin.query<{ type: string; data: Record<string, unknown> }>(`SELECT event_type AS type, envelope->'data' AS data FROM outbox_events WHERE envelope->'data'->>'runId' = $1 ORDER BY id`, [run.id])).rows;
  const payslipsOf = (whose: Principal, who: Principal) =>
    testService.call<{ _entities: Array<{ payslips: Array<{ period: string; kind: string; gross: Money; daysWorked: number; unpaidDays: number; finalPay: boolean }> | null }> }>(
      PAYSLIPS,
      { r: [{ __typename: 'Employee', id: idOf(whose) }] },
      who,
    );

  const hire = (who: Principal, departmentId: string, startDate = '2020-01-06') =>
    hr.publish(employeeHired, {
      employeeId: idOf(who),
      employeeNumber: `E-${idOf(who).slice(0, 8)}`,
      firstName: 'Test',
      lastName: 'Person',
      email: `person-${idOf(who).slice(0, 8)}@example.com`,
      title: 'Analyst',
      departmentId,
      managerId: null,
      employmentType: 'FULL_TIME',
      startDate,
    });
  const pay = (who: Principal, amount: string, payFrequency: 'ANNUAL' | 'MONTHLY' | 'HOURLY', effectiveDate: string, currency = 'EUR', previousAmount: string | null = null) =>
    hr.publish(compensationChanged, { employeeId: idOf(who), amount, currency, payFrequency, effectiveDate, reason: previousAmount ? 'raise' : null, previousAmount });

  beforeAll(async () => {
    testService = await startAccountingForTest(accountant);
    accounting = testService.service;
    hr = await hrEvents(testService.env.KAFKA_PREFIX ?? '', 'payroll-test', [employeeHired.topic, compensationChanged.topic, leaveApproved.topic]);
    const hires = [
      await hire(hana, sales, '2026-03-10'),
      await hire(leo, sales),
      await hire(rita, sales),
      await hire(ulla, operations),
      await hire(sam, operations),
      await hire(wendy, operations),
      await hire(howard, operations),
      await hire(nina, operations),
      await hire(usman, operations),
    ];
    const pays = [
      await pay(hana, '36000.00', 'ANNUAL', '2026-03-10'),
      await pay(leo, '3100.00', 'MONTHLY', '2020-01-06'),
      await pay(rita, '48000.00', 'ANNUAL', '2020-01-06'),
      await pay(ulla, '3500.00', 'MONTHLY', '2020-01-06'),
      await pay(sam, '50000.00', 'ANNUAL', '2020-01-06'),
      await pay(wendy, '2800.00', 'MONTHLY', '2020-01-06'),
      await pay(howard, '25.00', 'HOURLY', '2020-01-06'),
      await pay(usman, '3000.00', 'MONTHLY', '2020-01-06', 'USD'),
    ];
    sent.ritaRaise = await pay(rita, '60000.00', 'ANNUAL', '2026-03-15', 'EUR', '48000.00');
    sent.leoLastDay = await hr.publish(employeeTerminated, { employeeId: idOf(leo), terminationDate: '2026-03-20' });
    sent.wendyLastDay = await hr.publish(employeeTerminated, { employeeId: idOf(wendy), terminationDate: '2026-03-12' });
    sent.wendyWithdrawn = await hr.publish(terminationWithdrawn, { employeeId: idOf(wendy), withdrawnTerminationDate: '2026-03-12' });
    sent.ullaLeave = await hr.publish(leaveApproved, ullaLeave);
    for (const event of [...hires, ...pays, ...Object.values(sent)]) await untilConsumed(accounting.dataSource, event);
  });

  afterAll(async () => {
    await hr?.stop();
    if (firstStopped) await testService.admin.end();
    else await testService?.stop();
  });

  it("computes March by hand: each person's gross to the cent, days worked, unpaid days, the leaver's final pay", async () => {
    draft = ok(await preview()).previewPayroll;
    expect(draft).toMatchObject({ period: MARCH, kind: 'REGULAR', status: 'DRAFT', headcount: 6, preparedBy: idOf(accountant), journalEntry: null });
    expect(cents(draft.total.amount)).toBe(TOTAL_CENTS);
    expect(draft.total.currency).toBe('EUR');
    expect(paidCents(draft)).toEqual(expected);
    const lineOf = (who: Principal) => draft.lines.find((line) => line.employeeId === idOf(who))!;
    expect(lineOf(hana)).toMatchObject({ departmentId: sales, daysWorked: 22, unpaidDays: 0, finalPay: false });
    expect(lineOf(leo)).toMatchObject({ departmentId: sales, daysWorked: 20, unpaidDays: 0, finalPay: true });
    expect(lineOf(rita)).toMatchObject({ departmentId: sales, daysWorked: 31, unpaidDays: 0, finalPay: false });
    expect(lineOf(rita).payInForce.map((p) => [p.effectiveDate, p.amount.amount, p.payFrequency])).toEqual([
      ['2020-01-06', expect.stringMatching(/^48000\.00/), 'ANNUAL'],
      ['2026-03-15', expect.stringMatching(/^60000\.00/), 'ANNUAL'],
    ]);
    expect(lineOf(ulla)).toMatchObject({ departmentId: operations, daysWorked: 31, unpaidDays: 2.5, finalPay: false });
    expect(lineOf(wendy)).toMatchObject({ departmentId: operations, daysWorked: 31, finalPay: false });
  });

  it('lists the HOURLY person, the one with no pay known and the one paid in USD with their problems, and pays none of them', () => {
    expect(withProblems(draft)).toEqual([idOf(howard), idOf(nina), idOf(usman)].sort());
    const problemsOf = (who: Principal) => draft.lines.find((line) => line.employeeId === idOf(who))!.problems.join(' ');
    expect(problemsOf(howard)).toMatch(/hour/);
    expect(problemsOf(nina)).toMatch(/no pay/);
    expect(problemsOf(usman)).toMatch(/USD/);
    for (const who of [howard, nina, usman]) expect(cents(draft.lines.find((line) => line.employeeId === idOf(who))!.gross.amount)).toBe(0);
  });

  it('redelivered HR events change nothing, and recomputing the draft replaces it: the old id is gone, one open run, the same lines', async () => {
    // The same events again (same ids and sequences), a stale one among them (wendy's termination,
    // since withdrawn), then a newer event per aggregate restating the same facts, so that once it
    // is consumed the redeliveries before it on its partition were too.
    for (const event of Object.values(sent)) await hr.redeliver(event);
    const markers = [
      await pay(rita, '60000.00', 'ANNUAL', '2026-03-15', 'EUR', '48000.00'),
      await hr.publish(employeeTerminated, { employeeId: idOf(leo), terminationDate: '2026-03-20' }),
      await hr.publish(terminationWithdrawn, { employeeId: idOf(wendy), withdrawnTerminationDate: '2026-03-12' }),
      await hr.publish(leaveApproved, ullaLeave),
    ];
    for (const event of markers) await untilConsumed(accounting.dataSource, event);

    const again = ok(await preview()).previewPayroll;
    expect(again.id).not.toBe(draft.id);
    expect(paidCents(again)).toEqual(expected);
    expect(cents(again.total.amount)).toBe(TOTAL_CENTS);
    expect(withProblems(again)).toEqual(withProblems(draft));
    expect(ok(await call<{ payrollRun: Run | null }>(ONE, { id: draft.id })).payrollRun).toBeNull();
    const runs = ok(await call<{ payrollRuns: Array<{ id: string; period: string; status: string }> }>(YEAR, { year: 2026 })).payrollRuns.filter((run) => run.period === MARCH);
    expect(runs).toEqual([expect.objectContaining({ id: again.id, status: 'DRAFT' })]);
    draft = again;
  });

  it("a preview while HR events wait to be applied is refused (CONFLICT, HR_FACTS_BEHIND) and writes nothing; once applied, the leaver's final pay is in it", async () => {
    // April: Tom joins on the 1st and leaves on the 17th. His termination reaches the topic while
    // the projection cannot apply it (his employment row is locked, as a consumer that crashed or
    // is still rejoining its group would leave it unapplied): a payroll computed then would pay
    // him the whole month, with no final pay.
    const april = (who: Principal = accountant) => call<{ previewPayroll: Run }>(PREVIEW, { period: '2026-04' }, who);
    const tom = person();
    const setUp = [await hire(tom, sales, '2026-04-01'), await pay(tom, '3000.00', 'MONTHLY', '2026-04-01')];
    for (const event of setUp) await untilConsumed(accounting.dataSource, event);
    const aprilRuns = async () => ok(await call<{ payrollRuns: Array<{ id: string; period: string }> }>(YEAR, { year: 2026 })).payrollRuns.filter((run) => run.period === '2026-04');

    await testService.admin.query('BEGIN');
    let refused: GraphQLResponse<{ previewPayroll: Run }>;
    let leaving: SentEvent;
    try {
      await testService.admin.query('SELECT 1 FROM workforce_employment_periods WHERE employee_id = $1 FOR UPDATE', [idOf(tom)]);
      leaving = await hr.publish(employeeTerminated, { employeeId: idOf(tom), terminationDate: '2026-04-17' });
      refused = await april();
    } finally {
      await testService.admin.query('ROLLBACK');
    }
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HR_FACTS_BEHIND', eventsNotYetApplied: expect.any(Number) });
    expect(refused.errors?.[0]?.extensions?.eventsNotYetApplied).toBeGreaterThanOrEqual(1);
    expect(refused.errors?.[0]?.message).toMatch(/Preview again/);
    expect(await aprilRuns()).toEqual([]);

    await untilConsumed(accounting.dataSource, leaving);
    const run = ok(await april()).previewPayroll;
    expect(run.lines.find((line) => line.employeeId === idOf(tom))).toMatchObject({ daysWorked: 17, finalPay: true, gross: { amount: expect.stringMatching(/^1700\.00/) } });
    expect((await aprilRuns()).map((listed) => listed.id)).toEqual([run.id]);
  });

  it('posting a DRAFT is a CONFLICT; its preparer may not approve it (FORBIDDEN); a second person does (APPROVED)', async () => {
    expect(codeOf(await post(draft))).toBe('CONFLICT');
    expect(codeOf(await approve(draft, accountant))).toBe('FORBIDDEN');
    const approved = ok(await approve(draft, secondAccountant)).approvePayroll;
    expect(approved).toMatchObject({ id: draft.id, status: 'APPROVED', approvedBy: idOf(secondAccountant) });
  });

  it('posts the run once, even twice at once and again after: salaries (6000) per department against payroll liabilities (2100), balanced', async () => {
    const [first, second] = await Promise.all([post(draft), post(draft)]);
    const third = await post(draft);
    const answers = [ok(first).postPayroll, ok(second).postPayroll, ok(third).postPayroll];
    for (const run of answers) expect(run.status).toBe('POSTED');
    expect(new Set(answers.map((run) => run.journalEntry?.id)).size).toBe(1);
    expect(await entriesOf(draft)).toBe(1);
    regular = answers[2]!;
    const entry = regular.journalEntry!;
    expect(entry).toMatchObject({ source: 'PAYROLL', sourceId: regular.id, date: '2026-03-31' });
    const debits = entry.lines.reduce((sum, line) => sum + cents(line.debit), 0);
    const credits = entry.lines.reduce((sum, line) => sum + cents(line.credit), 0);
    expect(debits).toBe(credits);
    expect(debits).toBe(TOTAL_CENTS);
    const shape = entry.lines.map((line) => [line.account.code, line.departmentId, cents(line.debit), cents(line.credit)]);
    expect(shape).toEqual(
      expect.arrayContaining([
        ['6000', sales, SALES_CENTS, 0],
        ['6000', operations, OPERATIONS_CENTS, 0],
        ['2100', null, 0, TOTAL_CENTS],
      ]),
    );
    expect(shape).toHaveLength(3);
  });

  it('payroll.previewed/approved/posted carry the total for 6 people; one employee-included per person paid, isFinal for the leaver, no amount', async () => {
    const events = await eventsOf(regular);
    const runEvents = events.filter((event) => event.type !== payrollEmployeeIncluded.type);
    expect(runEvents.map((event) => event.type)).toEqual([payrollPreviewed.type, payrollApproved.type, payrollPosted.type]);
    for (const event of runEvents) {
      expect(event.data).toMatchObject({ runId: regular.id, period: MARCH, kind: 'REGULAR', headcount: 6, currency: 'EUR' });
      expect(cents(event.data.total as string)).toBe(TOTAL_CENTS);
    }
    const included = events.filter((event) => event.type === payrollEmployeeIncluded.type);
    expect(included.map((event) => event.data.employeeId).sort()).toEqual(Object.keys(expected).sort());
    for (const event of included) {
      expect(Object.keys(event.data).sort()).toEqual(['employeeId', 'isFinal', 'kind', 'period', 'runId']);
      expect(event.data.isFinal).toBe(event.data.employeeId === idOf(leo));
    }
  });

  it('Employee.payslips: the employee, HR, ACCOUNTING and MANAGER see them; another EMPLOYEE gets null with FORBIDDEN', async () => {
    for (const who of [leo, hrPerson, accountant, manager]) {
      const slips = ok(await payslipsOf(leo, who))._entities[0]!.payslips!;
      expect(slips).toHaveLength(1);
      expect(slips[0]).toMatchObject({ period: MARCH, kind: 'REGULAR', daysWorked: 20, finalPay: true, gross: { currency: 'EUR' } });
      expect(cents(slips[0]!.gross.amount)).toBe(200000);
    }
    const refused = await payslipsOf(leo, hana);
    expect(refused.data?._entities[0]?.payslips ?? null).toBeNull();
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('after posting, a late raise gives an ADJUSTMENT run paying exactly the difference (total null below five people); with nothing changed, CONFLICT', async () => {
    const raise = await pay(sam, '62000.00', 'ANNUAL', '2026-03-16', 'EUR', '50000.00');
    await untilConsumed(accounting.dataSource, raise);
    const adjustment = ok(await preview()).previewPayroll;
    expect(adjustment).toMatchObject({ kind: 'ADJUSTMENT', status: 'DRAFT', headcount: 1 });
    expect(paidCents(adjustment)).toEqual({ [idOf(sam)]: SAM_ADJUSTMENT });
    expect(cents(adjustment.total.amount)).toBe(SAM_ADJUSTMENT);
    ok(await approve(adjustment, manager));
    const posted = ok(await post(adjustment)).postPayroll;
    expect(posted.status).toBe('POSTED');
    expect(posted.journalEntry!.lines.map((line) => [line.account.code, line.departmentId, cents(line.debit), cents(line.credit)])).toEqual(
      expect.arrayContaining([
        ['6000', operations, SAM_ADJUSTMENT, 0],
        ['2100', null, 0, SAM_ADJUSTMENT],
      ]),
    );
    const events = await eventsOf(adjustment);
    for (const event of events.filter((e) => e.type !== payrollEmployeeIncluded.type)) expect(event.data.total).toBeNull();
    expect(events.filter((e) => e.type === payrollEmployeeIncluded.type).map((e) => e.data)).toEqual([
      { runId: adjustment.id, employeeId: idOf(sam), period: MARCH, kind: 'ADJUSTMENT', isFinal: false },
    ]);

    expect(codeOf(await preview())).toBe('CONFLICT');
  });

  it("replay: a second accounting service on an empty database reads HR's topics from offset 0 and computes the same gross per person", async () => {
    // The consumer group is the prefix and the consumer's name: a second service with the same prefix
    // joins the first one's group and goes on from its committed offsets, replaying nothing. So the
    // first one stops and its group is forgotten: a new group reads from offset 0.
    const prefix = testService.env.KAFKA_PREFIX ?? '';
    await accounting.stop();
    firstStopped = true;
    await forgetConsumerGroup(prefix, 'accounting.workforce');
    const replayEnv = { ...testEnvironment(), KAFKA_PREFIX: prefix };
    const replay = await startSubgraphService(accountingSubgraph, loadAccountingConfig(replayEnv));
    try {
      const replayCall = <T>(query: string, variables: Record<string, unknown>) => postGraphQL<T>(replay.url, query, variables, identityHeaders(accountant, 'accounting'));
      // Everything HR said, including the late raise: sam at 4,682.80 now.
      const now = { ...expected, [idOf(sam)]: SAM_AFTER_RAISE };
      // Until the projection has caught up: nine people, six of them paid as now.
      const previewed = async () => ok(await replayCall<{ previewPayroll: Run }>(PREVIEW, { period: MARCH })).previewPayroll;
      const run = await eventually(async () => {
        const candidate = await previewed();
        return candidate.lines.length === 9 && JSON.stringify(Object.entries(paidCents(candidate)).sort()) === JSON.stringify(Object.entries(now).sort()) ? candidate : undefined;
      }, 60_000, 1_000).catch(previewed);
      expect(run.kind).toBe('REGULAR');
      expect(paidCents(run)).toEqual(now);
      expect(withProblems(run)).toEqual([idOf(howard), idOf(nina), idOf(usman)].sort());
    } finally {
      await replay.stop();
    }
  });
});
