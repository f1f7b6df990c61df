import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { fixedAssetCapitalised, fixedAssetDepreciated, fixedAssetDisposed } from '@backoffice/events/accounting-events';
import { assetRegistered, assetRetired, assetReturned } from '@backoffice/events/it-events';
import { accountingReactionFailed } from '@backoffice/events/reaction-events';
import { topicName } from '@backoffice/events/topics';
import type { Principal } from '@backoffice/platform/identity';
import { hrEvents, untilConsumed, type HrEvents, type SentEvent } from '@backoffice/testkit/hr-events';
import { requiredEnv } from '@backoffice/testkit/isolation';
import { KafkaObserver, eventually } from '@backoffice/testkit/kafka-observer';
import { startAccountingForTest, type AccountingForTest } from './support/accounting-test-service';
import { assetBalance, fixedAssetEvents, registeredLaptop, runDepreciationJob } from './support/fixed-asset-books';

jest.setTimeout(180_000);

// IT's equipment arriving after the first quarter is closed, as in the demo: the entries that
// belong to January, February or March are posted late, on 1 April (the first open period), the
// asset keeping its business dates, its cost and its schedule; nothing is dead-lettered and
// nothing posts twice.
//
// The business clock stands at 2029-05-15: the months that have ended are those up to April 2029.

const TODAY = '2029-05-15';
const FIRST_OPEN = '2029-04-01';
const person = (roles: Principal['roles']): Principal => ({ employeeId: randomUUID(), roles });

type Entry = { date: string; memo: string; code: string; debit: string; credit: string };

describe('equipment whose dates lie in a closed period', () => {
  let accounting: AccountingForTest;
  let events: HrEvents;
  let failures: KafkaObserver;
  const accountant = person(['ACCOUNTING']);

  // Bought in closed February: 1,200.00 over 12 months = 100.00 a month from March 2029 (closed),
  // then April.
  const laptop = registeredLaptop('AST-LATE', '2029-02-12', '1200.00', 12);
  // Bought in open December 2028, in the books before the monthly run: 1,200.00 over 12 months =
  // 100.00 a month from January 2029; the run finds January to April missing.
  const monitor = registeredLaptop('AST-CATCH-UP', '2028-12-20', '1200.00', 12);
  // Bought in open December 2028: 2,400.00 over 24 months = 100.00 a month from January 2029;
  // retired on 10 March 2029 (closed): January and February (200.00), then Dr 1590 200.00 + Dr
  // 6510 2,200.00 / Cr 1500 2,400.00.
  const retired = registeredLaptop('AST-LATE-RETIRED', '2028-12-05', '2400.00', 24);

  const sent: Record<string, SentEvent> = {};
  const publish = async (name: string, event: Promise<SentEvent>) => {
    sent[name] = await event;
    const { id } = sent[name].envelope;
    // Taken by the inbox, or dead-lettered (announced as accounting.reaction.failed).
    await eventually(async () => failures.messages.some((message) => message.value.includes(id)) || (await inboxHas(sent[name]!)), 60_000);
    return sent[name];
  };
  const inboxHas = async (event: SentEvent) =>
    (await accounting.admin.query(`SELECT 1 FROM inbox_positions WHERE topic = $1 AND subject = $2 AND last_sequence >= $3`, [event.topic, event.subject, event.sequence])).rowCount === 1;
  const failuresOf = (event: SentEvent) =>
    failures.messages.filter((message) => message.value.includes(event.envelope.id)).map((message) => (JSON.parse(message.value) as { data: { reason: string } }).data.reason);
  const entriesOf = async (assetId: string): Promise<Entry[]> =>
    (
      await accounting.admin.query<Entry>(
        `SELECT to_char(e.entry_date, 'YYYY-MM-DD') AS date, e.memo, a.code, l.debit::text AS debit, l.credit::text AS credit
           FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id
          WHERE e.source = 'ASSET' AND e.source_id = $1 ORDER BY e.fiscal_year, e.number, l.line_no`,
        [assetId],
      )
    ).rows;
  const depreciationOf = async (assetId: string) =>
    (
      await accounting.admin.query<{ period: string; amount: string; date: string }>(
        `SELECT to_char(d.period, 'YYYY-MM') AS period, d.amount::text AS amount, to_char(e.entry_date, 'YYYY-MM-DD') AS date
           FROM fixed_asset_depreciation d JOIN journal_entries e ON e.id = d.entry_id WHERE d.asset_id = $1 ORDER BY d.period`,
        [assetId],
      )
    ).rows;
  const outboxOf = (assetId: string) => fixedAssetEvents(accounting, assetId);
  const count = async (sql: string) => (await accounting.admin.query<{ n: number }>(sql)).rows[0]!.n;
  const runDepreciation = () => runDepreciationJob(accounting);

  beforeAll(async () => {
    accounting = await startAccountingForTest(accountant, { CLOCK_AT: `${TODAY}T12:00:00Z`, IT_DEPARTMENT_ID: randomUUID() });
    await eventually(async () => (await accounting.admin.query(`SELECT 1 FROM job_runs WHERE job = 'accounting.fixed-asset-depreciation'`)).rowCount === 1);
    await accounting.service.eventsReady;
    failures = new KafkaObserver(requiredEnv('KAFKA_BROKERS').split(','));
    await failures.start([topicName(accountingReactionFailed.topic, accounting.env.KAFKA_PREFIX ?? '')]);
    events = await hrEvents(accounting.env.KAFKA_PREFIX ?? '', 'fixed-assets-late-test', ['it.asset.v1']);
    for (const month of ['2029-01', '2029-02', '2029-03']) {
      expect((await accounting.call(`mutation C($period: String!) { closePeriod(period: $period) { status } }`, { period: month }, accountant)).errors).toBeUndefined();
    }
    for (const registered of [laptop, monitor, retired]) await publish(`registered ${registered.tag}`, events.publish(assetRegistered, registered));
    await publish('retired', events.publish(assetRetired, { assetId: retired.assetId, tag: retired.tag, category: retired.category, retiredOn: '2029-03-10', from: 'IN_STOCK' }));
    await runDepreciation();
  });

  afterAll(async () => {
    await events?.stop();
    await failures?.stop();
    await accounting?.stop();
  });

  it('an asset bought in a closed period is capitalised at its cost on the first day of the first open period, and keeps its purchase date', async () => {
    expect(failuresOf(sent[`registered ${laptop.tag}`]!)).toEqual([]);
    const registration = (await entriesOf(laptop.assetId)).slice(0, 2);
    expect(registration.map(({ date, code, debit, credit }) => [date, code, debit, credit])).toEqual([
      [FIRST_OPEN, '1500', '1200.00', '0.00'],
      [FIRST_OPEN, '2000', '0.00', '1200.00'],
    ]);
    expect(registration[0]!.memo).toBe('Equipment capitalised: AST-LATE (LAPTOP) — late posting of 2029-02-12 (period 2029-02 closed)');
    expect((await outboxOf(laptop.assetId))[0]).toMatchObject({ type: fixedAssetCapitalised.type, data: { acquiredOn: '2029-02-12', cost: '1200.00' } });

    const answer = await accounting.call<{ fixedAssets: { edges: Array<{ node: { tag: string; acquiredOn: string; cost: { amount: string }; depreciationSchedule: Array<{ period: string; amount: string; posted: boolean }> } }> } }>(
      `{ fixedAssets(filter: { status: ACTIVE }) { edges { node { tag acquiredOn cost { amount } depreciationSchedule { period amount posted } } } } }`,
      {},
      accountant,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.fixedAssets.edges.map((edge) => edge.node);
    expect(nodes.map((found) => found.tag).sort()).toEqual(['AST-CATCH-UP', 'AST-LATE']);
    const node = nodes.find((found) => found.tag === 'AST-LATE');
    expect(node).toMatchObject({ tag: 'AST-LATE', acquiredOn: '2029-02-12', cost: { amount: '1200.00' } });
    // The schedule is the purchase date's: from March, twelve months of 100.00.
    expect(node!.depreciationSchedule).toHaveLength(12);
    expect(node!.depreciationSchedule.slice(0, 3)).toEqual([
      { period: '2029-03', amount: '100.00', posted: true },
      { period: '2029-04', amount: '100.00', posted: true },
      { period: '2029-05', amount: '100.00', posted: false },
    ]);
  });

  it('an asset bought in an open period is capitalised on its purchase date', async () => {
    expect(failuresOf(sent[`registered ${monitor.tag}`]!)).toEqual([]);
    expect((await entriesOf(monitor.assetId)).slice(0, 2).map(({ date, code, memo }) => [date, code, memo])).toEqual([
      ['2028-12-20', '1500', 'Equipment capitalised: AST-CATCH-UP (LAPTOP)'],
      ['2028-12-20', '2000', 'Equipment capitalised: AST-CATCH-UP (LAPTOP)'],
    ]);
  });

  it('the monthly run catching up over closed months posts each of them once, late, in the first open period, and the open month on its last day', async () => {
    expect(await depreciationOf(monitor.assetId)).toEqual([
      { period: '2029-01', amount: '100.00', date: FIRST_OPEN },
      { period: '2029-02', amount: '100.00', date: FIRST_OPEN },
      { period: '2029-03', amount: '100.00', date: FIRST_OPEN },
      { period: '2029-04', amount: '100.00', date: '2029-04-30' },
    ]);
    const months = (await entriesOf(monitor.assetId)).filter((entry) => entry.code === '6500');
    expect(months.map(({ date, memo, debit }) => [date, memo, debit])).toEqual([
      [FIRST_OPEN, 'Depreciation 2029-01: AST-CATCH-UP — late posting of 2029-01-31 (period 2029-01 closed)', '100.00'],
      [FIRST_OPEN, 'Depreciation 2029-02: AST-CATCH-UP — late posting of 2029-02-28 (period 2029-02 closed)', '100.00'],
      [FIRST_OPEN, 'Depreciation 2029-03: AST-CATCH-UP — late posting of 2029-03-31 (period 2029-03 closed)', '100.00'],
      ['2029-04-30', 'Depreciation 2029-04: AST-CATCH-UP', '100.00'],
    ]);
    expect((await outboxOf(monitor.assetId)).filter((event) => event.type === fixedAssetDepreciated.type).map((event) => [event.data.period, event.data.amount, event.data.accumulatedDepreciation])).toEqual([
      ['2029-01', '100.00', '100.00'],
      ['2029-02', '100.00', '200.00'],
      ['2029-03', '100.00', '300.00'],
      ['2029-04', '100.00', '400.00'],
    ]);
    // The asset bought in closed February: March late, April on its last day.
    expect(await depreciationOf(laptop.assetId)).toEqual([
      { period: '2029-03', amount: '100.00', date: FIRST_OPEN },
      { period: '2029-04', amount: '100.00', date: '2029-04-30' },
    ]);
    expect((await entriesOf(laptop.assetId)).filter((entry) => entry.code === '6500').map(({ date, memo }) => [date, memo])).toEqual([
      [FIRST_OPEN, 'Depreciation 2029-03: AST-LATE — late posting of 2029-03-31 (period 2029-03 closed)'],
      ['2029-04-30', 'Depreciation 2029-04: AST-LATE'],
    ]);
    expect((await accounting.admin.query(`SELECT last_status AS status FROM job_runs WHERE job = 'accounting.fixed-asset-depreciation'`)).rows).toEqual([{ status: 'ok' }]);

    const before = await count(`SELECT count(*)::int AS n FROM journal_entries WHERE source = 'ASSET'`);
    await runDepreciation();
    await runDepreciation();
    expect(await count(`SELECT count(*)::int AS n FROM journal_entries WHERE source = 'ASSET'`)).toBe(before);
    expect(await depreciationOf(monitor.assetId)).toHaveLength(4);
    expect(await depreciationOf(laptop.assetId)).toHaveLength(2);
  });

  it('a disposal dated in a closed period posts the months before it and the disposal late; the asset keeps its disposal date and both its accounts end at zero', async () => {
    expect(failuresOf(sent.retired!)).toEqual([]);
    expect(await depreciationOf(retired.assetId)).toEqual([
      { period: '2029-01', amount: '100.00', date: FIRST_OPEN },
      { period: '2029-02', amount: '100.00', date: FIRST_OPEN },
    ]);
    const disposal = (await entriesOf(retired.assetId)).filter((entry) => entry.memo.startsWith('Equipment disposed'));
    expect(disposal.map(({ date, code, debit, credit }) => [date, code, debit, credit])).toEqual([
      [FIRST_OPEN, '1590', '200.00', '0.00'],
      [FIRST_OPEN, '6510', '2200.00', '0.00'],
      [FIRST_OPEN, '1500', '0.00', '2400.00'],
    ]);
    expect(disposal[0]!.memo).toBe('Equipment disposed (retired): AST-LATE-RETIRED — late posting of 2029-03-10 (period 2029-03 closed)');
    expect(await assetBalance(accounting, retired.assetId, '1500')).toBe('0.00');
    expect(await assetBalance(accounting, retired.assetId, '1590')).toBe('0.00');
    expect((await outboxOf(retired.assetId)).filter((event) => event.type === fixedAssetDisposed.type).map((event) => event.data)).toEqual([
      expect.objectContaining({ disposedOn: '2029-03-10', reason: 'RETIRED', bookValue: '2200.00' }),
    ]);
    expect((await accounting.admin.query(`SELECT to_char(disposed_on, 'YYYY-MM-DD') AS "disposedOn" FROM fixed_assets WHERE asset_id = $1`, [retired.assetId])).rows).toEqual([{ disposedOn: '2029-03-10' }]);
  });

  it('a redelivered registration or retirement posts nothing twice', async () => {
    const snapshot = async () => ({
      entries: await count(`SELECT count(*)::int AS n FROM journal_entries`),
      outbox: await count(`SELECT count(*)::int AS n FROM outbox_events`),
      depreciation: await count(`SELECT count(*)::int AS n FROM fixed_asset_depreciation`),
    });
    const before = await snapshot();
    expect(before.depreciation).toBe(8);
    const redelivered = [...[laptop, monitor, retired].map((what) => sent[`registered ${what.tag}`]!), sent.retired!];
    expect(redelivered).toHaveLength(4);
    for (const event of redelivered) await events.redeliver(event);
    // A sentinel on each asset's partition, read after the redeliveries: back in stock adds only
    // custody to the assets in the books, and nothing to the disposed one.
    for (const what of [laptop, monitor, retired]) {
      const sentinel = await events.publish(assetReturned, { assetId: what.assetId, tag: what.tag, category: what.category, employeeId: null, returnedOn: TODAY, condition: 'GOOD', from: 'IN_REPAIR' });
      await untilConsumed(accounting.service.dataSource, sentinel);
    }
    expect(await snapshot()).toEqual(before);
    for (const event of redelivered) expect(failuresOf(event)).toEqual([]);
  });
});
