import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { employeeHired, offboardingPolicyChanged } from '@backoffice/events/hr-events';
import { assetAssigned, assetLost, assetRegistered, assetRetired, assetReturned, assetUnrecovered } from '@backoffice/events/it-events';
import type { Principal } from '@backoffice/platform/identity';
import { fixedAssetCapitalised, fixedAssetCharged, fixedAssetDepreciated, fixedAssetDisposed, fixedAssetExpensed } from '@backoffice/events/accounting-events';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { hrEvents, untilConsumed, type HrEvents, type SentEvent } from '@backoffice/testkit/hr-events';
import { startAccountingForTest, type AccountingForTest } from './support/accounting-test-service';
import { assetBalance, fixedAssetEvents, registeredLaptop, runDepreciationJob } from './support/fixed-asset-books';

jest.setTimeout(180_000);

// Equipment in the books, from IT's asset events (published for real) to the ledger: twelve months
// of straight-line depreciation worked out by hand, the cost centre following the holder, disposals
// that leave an asset's accounts at zero once, the capitalisation threshold, leavers' unrecovered
// equipment by HR's policy, redelivery, and the chain each reaction joins.
//
// The business clock stands at 2027-02-15: the months that have ended are those up to January 2027.

const TODAY = '2027-02-15';
const person = (roles: Principal['roles'] = ['EMPLOYEE']): Principal => ({ employeeId: randomUUID(), roles });
const idOf = (who: Principal) => who.employeeId!;

type Line = { date: string; code: string; debit: string; credit: string; costCentre: string | null };

describe('equipment in the books', () => {
  let accounting: AccountingForTest;
  let events: HrEvents;
  const accountant = person(['ACCOUNTING']);
  const manager = person(['MANAGER']);
  const employee = person();
  const itDepartment = randomUUID();
  const sales = randomUUID();
  const ana = person(); // in sales
  const bob = person(); // a leaver in sales

  const asset = registeredLaptop;
  // 1,499.00 over 36 months: 1,499 / 36 = 41.638… → 41.64 a month from February 2026 (the month
  // after the purchase); February 2026 to January 2027 is twelve months: 12 × 41.64 = 499.68,
  // book value 1,499.00 − 499.68 = 999.32. Held by IT until ana takes it on 15 June 2026.
  const laptop = asset('AST-LAPTOP', '2026-01-10', '1499.00', 36);
  // 1,000.00 over 7 months: 1,000 / 7 = 142.857… → 142.86 for February to July 2026 (6 × 142.86 =
  // 857.16), August takes the remainder 1,000.00 − 857.16 = 142.84; nothing after.
  const monitor = asset('AST-SHORT', '2026-01-20', '1000.00', 7);
  // 2,400.00 over 24 months = 100.00 from April 2026; retired 10 September 2026: April to August
  // depreciated (500.00), then Dr accumulated 500.00 + Dr loss 1,900.00 / Cr equipment 2,400.00.
  const retired = asset('AST-RETIRED', '2026-03-05', '2400.00', 24);
  // 1,200.00 over 12 months = 100.00 from February 2026; lost 20 April (February, March: 200.00),
  // then retired from LOST and found again: disposed once.
  const lost = asset('AST-LOST', '2026-01-15', '1200.00', 12);
  // Below the default threshold (1,000.00): expensed at once.
  const mouse = asset('AST-CHEAP', '2026-01-12', '999.99', 24);
  // Bob's (last day 10 January 2027), unrecovered 10 February 2027, after the run that depreciated
  // February 2026 to January 2027. 2,400.00 / 24 = 100.00 a month: 1,200.00 accumulated, book value
  // 1,200.00 from bob (RECEIVABLE).
  const kept = asset('AST-KEPT', '2026-01-15', '2400.00', 24);
  // 3,600.00 / 36 = 100.00 a month: 1,200.00 accumulated, book value 2,400.00 written off (WRITE_OFF).
  const keptToo = asset('AST-KEPT-2', '2026-01-15', '3600.00', 36);
  // Bob's, below the threshold: charged with no entry.
  const keptCheap = asset('AST-KEPT-3', '2026-01-15', '100.00', 12);

  const sent: Record<string, SentEvent> = {};
  const publish = async (name: string, event: Promise<SentEvent>) => {
    sent[name] = await event;
    await untilConsumed(accounting.service.dataSource, sent[name]);
    return sent[name];
  };
  const linesOf = async (assetId: string): Promise<Line[]> =>
    (
      await accounting.admin.query<Line>(
        `SELECT to_char(e.entry_date, 'YYYY-MM-DD') AS date, a.code, l.debit::text AS debit, l.credit::text AS credit, l.cost_centre AS "costCentre"
           FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id
          WHERE e.source = 'ASSET' AND e.source_id = $1 ORDER BY e.entry_date, e.number, l.line_no`,
        [assetId],
      )
    ).rows;
  const balanceOf = (assetId: string, code: string) => assetBalance(accounting, assetId, code);
  const outboxOf = (assetId: string) => fixedAssetEvents(accounting, assetId);
  const entities = <T>(representations: Array<Record<string, string>>, selection: string, who: Principal) =>
    accounting.call<{ _entities: Array<T | null> }>(`query E($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: representations }, who);
  const runDepreciation = () => runDepreciationJob(accounting);

  beforeAll(async () => {
    accounting = await startAccountingForTest(accountant, { CLOCK_AT: `${TODAY}T12:00:00Z`, IT_DEPARTMENT_ID: itDepartment });
    // The job's first run (an empty book) before any asset arrives.
    await eventually(async () => (await accounting.admin.query(`SELECT 1 FROM job_runs WHERE job = 'accounting.fixed-asset-depreciation'`)).rowCount === 1);
    events = await hrEvents(accounting.env.KAFKA_PREFIX ?? '', 'fixed-assets-test', ['it.asset.v1', 'hr.workflow.v1', employeeHired.topic]);
    for (const who of [ana, bob]) {
      await publish(`hired ${idOf(who)}`, events.publish(employeeHired, {
        employeeId: idOf(who),
        employeeNumber: `E-${idOf(who).slice(0, 8)}`,
        firstName: 'Test',
        lastName: 'Person',
        email: `p-${idOf(who).slice(0, 8)}@example.com`,
        title: 'Analyst',
        departmentId: sales,
        managerId: null,
        employmentType: 'FULL_TIME',
        startDate: '2020-01-06',
      }));
    }
    for (const registered of [laptop, monitor, retired, lost, mouse, kept, keptToo, keptCheap]) await publish(`registered ${registered.tag}`, events.publish(assetRegistered, registered));
    const assign = (what: typeof laptop, who: Principal, assignedOn: string) =>
      events.publish(assetAssigned, { assetId: what.assetId, tag: what.tag, category: what.category, employeeId: idOf(who), assignedOn, expectedReturnOn: null, condition: 'NEW' });
    await publish('laptop assigned', assign(laptop, ana, '2026-06-15'));
    for (const what of [kept, keptToo, keptCheap]) await publish(`${what.tag} assigned`, assign(what, bob, '2026-02-01'));
    await publish('retired', events.publish(assetRetired, { assetId: retired.assetId, tag: retired.tag, category: retired.category, retiredOn: '2026-09-10', from: 'IN_STOCK' }));
    await publish('lost', events.publish(assetLost, { assetId: lost.assetId, tag: lost.tag, category: lost.category, employeeId: null, lostOn: '2026-04-20' }));
    await publish('lost then retired', events.publish(assetRetired, { assetId: lost.assetId, tag: lost.tag, category: lost.category, retiredOn: '2026-05-01', from: 'LOST' }));
    await publish('lost then found', events.publish(assetReturned, { assetId: lost.assetId, tag: lost.tag, category: lost.category, employeeId: null, returnedOn: '2026-05-02', condition: 'GOOD', from: 'LOST' }));
    await runDepreciation();
  });

  afterAll(async () => {
    await events?.stop();
    await accounting?.stop();
  });

  it('depreciates twelve ended months by hand: 41.64 a month, on IT until the holder takes it, then on her department', async () => {
    const lines = await linesOf(laptop.assetId);
    expect(lines.slice(0, 2)).toEqual([
      { date: '2026-01-10', code: '1500', debit: '1499.00', credit: '0.00', costCentre: null },
      { date: '2026-01-10', code: '2000', debit: '0.00', credit: '1499.00', costCentre: null },
    ]);
    const months = lines.slice(2);
    expect(months).toHaveLength(24);
    const periods = ['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31'];
    for (const [index, date] of periods.entries()) {
      // Held by ana (sales) from 15 June: June's month end finds her holding it.
      const costCentre = date < '2026-06-30' ? itDepartment : sales;
      expect(months[index * 2]).toEqual({ date, code: '6500', debit: '41.64', credit: '0.00', costCentre });
      expect(months[index * 2 + 1]).toEqual({ date, code: '1590', debit: '0.00', credit: '41.64', costCentre: null });
    }
    expect(await balanceOf(laptop.assetId, '1590')).toBe('-499.68');

    const [view] = (await entities<{ bookValue: string; accumulatedDepreciation: string; capitalised: boolean }>([{ __typename: 'Asset', id: laptop.assetId }], '... on Asset { bookValue accumulatedDepreciation capitalised }', accountant)).data!._entities;
    expect(view).toEqual({ bookValue: '999.32', accumulatedDepreciation: '499.68', capitalised: true });
    const depreciated = (await outboxOf(laptop.assetId)).filter((event) => event.type === fixedAssetDepreciated.type);
    expect(depreciated).toHaveLength(12);
    expect(depreciated[11]!.data).toMatchObject({ period: '2027-01', amount: '41.64', accumulatedDepreciation: '499.68', bookValue: '999.32', departmentId: sales });
  });

  it("ends an asset's life inside the window: the last month takes the remainder, then nothing more", async () => {
    const months = (await linesOf(monitor.assetId)).filter((line) => line.code === '6500');
    expect(months.map((line) => [line.date, line.debit])).toEqual([
      ['2026-02-28', '142.86'],
      ['2026-03-31', '142.86'],
      ['2026-04-30', '142.86'],
      ['2026-05-31', '142.86'],
      ['2026-06-30', '142.86'],
      ['2026-07-31', '142.86'],
      ['2026-08-31', '142.84'],
    ]);
    const answer = await accounting.call<{ fixedAssets: { edges: Array<{ node: { tag: string; status: string; bookValue: { amount: string }; accumulatedDepreciation: { amount: string }; depreciationSchedule: Array<{ period: string; amount: string; accumulated: string; bookValue: string; posted: boolean }> } }> } }>(
      `{ fixedAssets(filter: { status: FULLY_DEPRECIATED }) { edges { node { tag status bookValue { amount } accumulatedDepreciation { amount } depreciationSchedule { period amount accumulated bookValue posted } } } } }`,
      {},
      accountant,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.fixedAssets.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.tag)).toEqual(['AST-SHORT']);
    expect(nodes[0]).toMatchObject({ status: 'FULLY_DEPRECIATED', bookValue: { amount: '0.00' }, accumulatedDepreciation: { amount: '1000.00' } });
    expect(nodes[0]!.depreciationSchedule).toHaveLength(7);
    expect(nodes[0]!.depreciationSchedule[6]).toEqual({ period: '2026-08', amount: '142.84', accumulated: '1000.00', bookValue: '0.00', posted: true });
  });

  it('runs again without posting anything twice', async () => {
    const before = (await accounting.admin.query(`SELECT count(*)::int AS n FROM journal_entries WHERE source = 'ASSET'`)).rows[0].n as number;
    await runDepreciation();
    await runDepreciation();
    expect((await accounting.admin.query(`SELECT count(*)::int AS n FROM journal_entries WHERE source = 'ASSET'`)).rows[0].n).toBe(before);
  });

  it("disposing of a retired asset posts the months before and the book value, leaving the asset's equipment and accumulated depreciation at zero", async () => {
    const lines = await linesOf(retired.assetId);
    expect(lines.filter((line) => line.code === '6500').map((line) => line.date)).toEqual(['2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31']);
    expect(lines.filter((line) => line.date === '2026-09-10').map((line) => [line.code, line.debit, line.credit])).toEqual([
      ['1590', '500.00', '0.00'],
      ['6510', '1900.00', '0.00'],
      ['1500', '0.00', '2400.00'],
    ]);
    expect(await balanceOf(retired.assetId, '1500')).toBe('0.00');
    expect(await balanceOf(retired.assetId, '1590')).toBe('0.00');
    const disposed = (await outboxOf(retired.assetId)).filter((event) => event.type === fixedAssetDisposed.type);
    expect(disposed.map((event) => event.data)).toEqual([expect.objectContaining({ reason: 'RETIRED', bookValue: '1900.00', disposedOn: '2026-09-10' })]);
    const [view] = (await entities<Record<string, unknown>>([{ __typename: 'Asset', id: retired.assetId }], '... on Asset { bookValue accumulatedDepreciation capitalised disposedOn }', manager)).data!._entities;
    // Out of the books: no book value any more, and when it left.
    expect(view).toEqual({ bookValue: null, accumulatedDepreciation: null, capitalised: true, disposedOn: '2026-09-10' });
  });

  it('a lost asset retired later, and found after that, is disposed of once', async () => {
    expect(await balanceOf(lost.assetId, '1500')).toBe('0.00');
    expect(await balanceOf(lost.assetId, '1590')).toBe('0.00');
    const types = (await outboxOf(lost.assetId)).map((event) => event.type);
    expect(types).toEqual([fixedAssetCapitalised.type, fixedAssetDepreciated.type, fixedAssetDepreciated.type, fixedAssetDisposed.type]);
    expect((await accounting.admin.query(`SELECT count(*)::int AS n FROM journal_entries WHERE source_id = $1`, [lost.assetId])).rows[0].n).toBe(4);
  });

  it('converts an asset bought in another currency at the rate in force on its purchase date', async () => {
    const rate = await accounting.call(`mutation R($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }`, { input: { currency: 'USD', validFrom: '2026-01-01', rate: '0.9' } }, accountant);
    expect(rate.errors).toBeUndefined();
    // 2,000.00 USD × 0.9 = 1,800.00 EUR: at or above the threshold.
    const dock = asset('AST-USD', '2026-02-03', '2000.00', 12, 'USD');
    await publish('usd', events.publish(assetRegistered, dock));
    expect((await linesOf(dock.assetId)).map((line) => [line.code, line.debit, line.credit])).toEqual([
      ['1500', '1800.00', '0.00'],
      ['2000', '0.00', '1800.00'],
    ]);
    expect((await outboxOf(dock.assetId))[0]!.data).toMatchObject({ cost: '1800.00', currency: 'EUR' });
  });

  it('expenses an asset below the threshold at once, never depreciates it; a new threshold applies to later registrations', async () => {
    expect((await linesOf(mouse.assetId)).map((line) => [line.code, line.debit, line.credit, line.costCentre])).toEqual([
      ['6700', '999.99', '0.00', itDepartment],
      ['2000', '0.00', '999.99', null],
    ]);
    expect((await outboxOf(mouse.assetId)).map((event) => event.type)).toEqual([fixedAssetExpensed.type]);
    const [view] = (await entities<{ bookValue: string | null; capitalised: boolean }>([{ __typename: 'Asset', id: mouse.assetId }], '... on Asset { bookValue capitalised }', accountant)).data!._entities;
    expect(view).toEqual({ bookValue: null, capitalised: false });

    const SETTINGS = `manualApprovalThreshold { amount } unsupportedManualThreshold { amount } roundAmountThreshold { amount } roundAmountUnit capitalisationThreshold { amount }`;
    const current = (await accounting.call<{ controlSettings: { manualApprovalThreshold: { amount: string }; unsupportedManualThreshold: { amount: string }; roundAmountThreshold: { amount: string }; roundAmountUnit: string; capitalisationThreshold: { amount: string } } }>(`{ controlSettings { ${SETTINGS} } }`, {}, manager)).data!.controlSettings;
    expect(current.capitalisationThreshold.amount).toBe('1000.00');
    const set = (capitalisationThreshold: string) =>
      accounting.call<{ setControlSettings: { capitalisationThreshold: { amount: string } } }>(
        `mutation S($input: SetControlSettingsInput!) { setControlSettings(input: $input) { capitalisationThreshold { amount } } }`,
        { input: { manualApprovalThreshold: current.manualApprovalThreshold.amount, unsupportedManualThreshold: current.unsupportedManualThreshold.amount, roundAmountThreshold: current.roundAmountThreshold.amount, roundAmountUnit: current.roundAmountUnit, capitalisationThreshold, reason: 'small laptops are assets too' } },
        manager,
      );
    expect((await set('-1.00')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await set('500.00')).data!.setControlSettings.capitalisationThreshold.amount).toBe('500.00');

    const tablet = asset('AST-TABLET', '2026-01-12', '600.00', 12);
    await publish('tablet', events.publish(assetRegistered, tablet));
    expect((await linesOf(tablet.assetId)).map((line) => line.code)).toEqual(['1500', '2000']);
    // The earlier registration stays expensed.
    expect((await outboxOf(mouse.assetId)).map((event) => event.type)).toEqual([fixedAssetExpensed.type]);
  });

  it("books a leaver's unrecovered equipment by HR's policy (a receivable, then a write-off), and a redelivered event changes nothing", async () => {
    const unrecovered = (what: typeof kept, unrecoveredOn: string) =>
      events.publish(assetUnrecovered, { assetId: what.assetId, tag: what.tag, category: what.category, employeeId: idOf(bob), lastDay: '2027-01-10', unrecoveredOn, assetsUnrecovered: 3 });
    await publish('policy receivable', events.publish(offboardingPolicyChanged, { policy: 'offboarding', unreturnedAfterDays: 30, treatment: 'RECEIVABLE' }));
    await publish('kept', unrecovered(kept, '2027-02-10'));
    await publish('policy write-off', events.publish(offboardingPolicyChanged, { policy: 'offboarding', unreturnedAfterDays: 30, treatment: 'WRITE_OFF' }));
    await publish('kept too', unrecovered(keptToo, '2027-02-10'));
    await publish('kept cheap', unrecovered(keptCheap, '2027-02-10'));

    const keptLines = (await linesOf(kept.assetId)).filter((line) => line.date === '2027-02-10');
    expect(keptLines.map((line) => [line.code, line.debit, line.credit])).toEqual([
      ['1590', '1200.00', '0.00'],
      ['1200', '1200.00', '0.00'],
      ['1500', '0.00', '2400.00'],
    ]);
    const keptTooLines = (await linesOf(keptToo.assetId)).filter((line) => line.date === '2027-02-10');
    expect(keptTooLines.map((line) => [line.code, line.debit, line.credit])).toEqual([
      ['1590', '1200.00', '0.00'],
      ['6520', '2400.00', '0.00'],
      ['1500', '0.00', '3600.00'],
    ]);
    for (const what of [kept, keptToo]) {
      expect(await balanceOf(what.assetId, '1500')).toBe('0.00');
      expect(await balanceOf(what.assetId, '1590')).toBe('0.00');
    }
    const charged = async (what: typeof kept) => (await outboxOf(what.assetId)).filter((event) => event.type === fixedAssetCharged.type).map((event) => event.data);
    expect(await charged(kept)).toEqual([expect.objectContaining({ employeeId: idOf(bob), treatment: 'RECEIVABLE', chargedOn: '2027-02-10', journalEntryId: expect.any(String) })]);
    expect(await charged(keptToo)).toEqual([expect.objectContaining({ treatment: 'WRITE_OFF', journalEntryId: expect.any(String) })]);
    // Below the threshold: not in the books, still charged so HR's offboarding step completes.
    expect((await outboxOf(keptCheap.assetId)).map((event) => [event.type, event.data.journalEntryId ?? null])).toEqual([
      [fixedAssetExpensed.type, expect.any(String)],
      [fixedAssetCharged.type, null],
    ]);

    // Everything again, unchanged, then one new event per subject to know the redeliveries were read.
    const snapshot = async () => ({
      entries: (await accounting.admin.query(`SELECT count(*)::int AS n FROM journal_entries`)).rows[0].n as number,
      outbox: (await accounting.admin.query(`SELECT count(*)::int AS n FROM outbox_events`)).rows[0].n as number,
      policy: (await accounting.admin.query(`SELECT treatment FROM offboarding_policy`)).rows[0].treatment as string,
      custody: (await accounting.admin.query(`SELECT count(*)::int AS n FROM fixed_asset_custody`)).rows[0].n as number,
    });
    const before = await snapshot();
    const consumed = Object.entries(sent).filter(([name]) => !name.startsWith('hired'));
    expect(consumed.length).toBe(23);
    for (const [, event] of consumed) await events.redeliver(event);
    await publish('policy again', events.publish(offboardingPolicyChanged, { policy: 'offboarding', unreturnedAfterDays: 30, treatment: 'WRITE_OFF' }));
    const subjects = new Map(consumed.filter(([, event]) => event.topic === 'it.asset.v1').map(([, event]) => [event.subject, event]));
    const all = [laptop, monitor, retired, lost, mouse, kept, keptToo, keptCheap];
    for (const subject of subjects.keys()) {
      const what = all.find((candidate) => candidate.assetId === subject);
      // A sentinel each asset's partition reads after the redeliveries: a repair-free return on a
      // disposed or expensed asset changes nothing; on one in the books it only adds custody.
      if (what) await publish(`sentinel ${what.tag}`, events.publish(assetReturned, { assetId: what.assetId, tag: what.tag, category: what.category, employeeId: null, returnedOn: TODAY, condition: 'GOOD', from: 'IN_REPAIR' }));
    }
    const after = await snapshot();
    expect({ ...after, custody: undefined }).toEqual({ ...before, custody: undefined });
    // The sentinels' own custody rows: the laptop and monitor (in the books), the two expensed ones
    // (custody kept, nothing posted); the disposed ones take none.
    expect(after.custody - before.custody).toBe(4);
  });

  it("each reaction carries the IT event as its cause and the chain's correlation id; Correlation.accountingEvents lists them for MANAGER only", async () => {
    const cause = sent.kept!.envelope as { id: string; correlationid: string };
    const reactions = (await outboxOf(kept.assetId)).filter((event) => event.causationid === cause.id);
    expect(reactions.map((event) => event.type)).toEqual([fixedAssetDisposed.type, fixedAssetCharged.type]);
    for (const event of reactions) expect(event.correlationid).toBe(cause.correlationid);
    const registeredCause = sent[`registered ${kept.tag}`]!.envelope as { id: string; correlationid: string };
    expect((await outboxOf(kept.assetId))[0]).toMatchObject({ type: fixedAssetCapitalised.type, causationid: registeredCause.id, correlationid: registeredCause.correlationid });

    const CHAIN = `... on Correlation { id accountingEvents { id type topic subject causationId } }`;
    const asManager = await entities<{ id: string; accountingEvents: Array<{ id: string; type: string; topic: string; subject: string; causationId: string | null }> }>([{ __typename: 'Correlation', id: cause.correlationid }], CHAIN, manager);
    expect(asManager.errors).toBeUndefined();
    const listed = asManager.data!._entities[0]!.accountingEvents;
    // The disposal's entry (journal posted) and the two fixed-asset events, all caused by the IT event.
    expect(listed.filter((event) => event.topic === 'accounting.fixed-asset.v1').map((event) => [event.type, event.subject, event.causationId])).toEqual([
      [fixedAssetDisposed.type, kept.assetId, cause.id],
      [fixedAssetCharged.type, kept.assetId, cause.id],
    ]);
    expect(listed.every((event) => event.causationId === cause.id)).toBe(true);
    const asAccountant = await entities([{ __typename: 'Correlation', id: cause.correlationid }], CHAIN, accountant);
    expect(asAccountant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses book values to callers without fixedAsset.read', async () => {
    const answer = await entities<{ bookValue: string | null }>([{ __typename: 'Asset', id: laptop.assetId }], '... on Asset { bookValue }', employee);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(answer.data?._entities[0]?.bookValue ?? null).toBeNull();
    expect((await accounting.call(`{ fixedAssets { edges { cursor } } }`, {}, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
