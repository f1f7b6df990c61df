import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { holidayAdded } from '@backoffice/events/hr-events';
import type { Principal } from '@backoffice/platform/identity';
import { serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { holidays } from '@backoffice/workforce/workforce.queries';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';
import { hrEvents, type HrEvents } from '@backoffice/testkit/hr-events';

jest.setTimeout(120_000);

// Each kind of audit finding, for a case built through the service (or, for what the ledger
// refuses to do, by tampering as the database owner) and for its clean twin. Every case has a
// fiscal year of its own, so the findings of one never show in another.

type Finding = {
  kind: string;
  message: string;
  entries: Array<{ id: string; number: number }>;
  budget: { id: string } | null;
  refusedPosting: { date: string; actor: string } | null;
  missingNumbers: number[] | null;
};
const FINDINGS = `query F($fiscalYear: Int!) { auditFindings(fiscalYear: $fiscalYear) { kind message entries { id number } budget { id } refusedPosting { date actor } missingNumbers } }`;
const ENTRY = 'id number date';
type Entry = { id: string; number: number; date: string };

describe('audit findings', () => {
  let accounting: RunningSubgraph;
  let admin: Client;
  let hr: HrEvents;
  let accounts: Record<string, string>;
  const accountant: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const secondAccountant: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const employee: Principal = { employeeId: randomUUID(), roles: ['EMPLOYEE'] };
  const env = testEnvironment();

  const call = <T>(query: string, variables: Record<string, unknown> = {}, who: Principal = accountant): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(accounting.url, query, variables, identityHeaders(who, 'accounting'));
  const findings = async (fiscalYear: number, who: Principal = accountant) => {
    const answer = await call<{ auditFindings: Finding[] }>(FINDINGS, { fiscalYear }, who);
    expect(answer.errors).toBeUndefined();
    return answer.data!.auditFindings;
  };

  const lines = (amount: string, expense = '6400', departmentId?: string) => [
    { accountId: accounts[expense], debit: amount, ...(departmentId ? { departmentId } : {}) },
    { accountId: accounts['1000'], credit: amount },
  ];
  // A debit on an expense account (6400 unless `expense` says), on a cost centre when given.
  const post = async (date: string, amount: string, { expense, departmentId, ...extra }: { expense?: string; departmentId?: string } & Record<string, unknown> = {}) => {
    const answer = await call<{ postJournalEntry: Entry }>(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { ${ENTRY} } }`, {
      input: { idempotencyKey: randomUUID(), date, memo: 'audit findings case', lines: lines(amount, expense, departmentId), ...extra },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.postJournalEntry;
  };
  const draft = async (date: string, amount: string, sourceId: string) => {
    const answer = await call<{ draftJournalEntry: { id: string; version: number } }>(`mutation D($input: JournalEntryDraftInput!) { draftJournalEntry(input: $input) { id version } }`, {
      input: { date, memo: 'large manual entry', sourceId, lines: lines(amount) },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data!.draftJournalEntry;
  };
  const approve = (id: string, version: number, who: Principal) =>
    call<{ approveJournalEntry: Entry }>(`mutation A($id: ID!, $version: Int!) { approveJournalEntry(id: $id, expectedVersion: $version) { ${ENTRY} } }`, { id, version }, who);
  // As the database owner, with the ledger's triggers (immutability, balance) out of the way.
  const behindTheLedgersBack = async (statements: (db: Client) => Promise<void>) => {
    await admin.query('BEGIN');
    try {
      await admin.query('SET LOCAL session_replication_role = replica');
      await statements(admin);
      await admin.query('COMMIT');
    } catch (error) {
      await admin.query('ROLLBACK');
      throw error;
    }
  };

  beforeAll(async () => {
    accounting = await startSubgraphService(accountingSubgraph, loadAccountingConfig(env));
    admin = new Client({ connectionString: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName('accounting', env.DATABASE_NAME_SUFFIX!)) });
    await admin.connect();
    hr = await hrEvents(env.KAFKA_PREFIX!, 'audit-findings-test', [holidayAdded.topic]);
    const chart = await call<{ ledgerAccounts: Array<{ id: string; code: string }> }>('{ ledgerAccounts { id code } }');
    accounts = Object.fromEntries(chart.data!.ledgerAccounts.map((account) => [account.code, account.id]));
  });

  afterAll(async () => {
    await hr?.stop();
    await admin?.end();
    await accounting?.stop();
  });

  it('a year with only ordinary entries has no findings; only ACCOUNTING and MANAGER may ask', async () => {
    await post('2030-03-11', '120.00');
    await post('2030-03-12', '6123.45', { sourceId: 'INV-2030-1' });
    expect(await findings(2030)).toEqual([]);
    expect(await findings(2030, manager)).toEqual([]);
    expect((await call(FINDINGS, { fiscalYear: 2030 }, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a manual entry above the unsupported threshold without a source document is a finding; with one, or below the threshold, it is not', async () => {
    const unsupported = await post('2031-03-10', '6123.45');
    await post('2031-03-10', '6123.45', { sourceId: 'INV-2031-7' });
    await post('2031-03-11', '4999.99');
    // Not MANUAL: an expense claim names its claim anyway; an OPENING entry is not checked.
    await post('2031-03-11', '7123.45', { source: 'OPENING' });
    const found = await findings(2031);
    expect(found).toEqual([{ kind: 'MANUAL_ENTRY_WITHOUT_SOURCE_DOCUMENT', message: expect.any(String), entries: [{ id: unsupported.id, number: unsupported.number }], budget: null, refusedPosting: null, missingNumbers: null }]);
    expect(found[0]!.message).toBe(
      `Manual entry ${unsupported.number} of 2031 (dated 2031-03-10) debits 6123.45 EUR and names no source document; manual entries above 5000.00 EUR should.`,
    );
  });

  it('a manual entry of a round amount at or above the threshold is a finding, also one approved by a second person; an odd amount, a smaller one or another source is not', async () => {
    const round = await post('2032-03-10', '7000.00', { sourceId: 'INV-2032-1' });
    await post('2032-03-10', '7000.01', { sourceId: 'INV-2032-2' });
    await post('2032-03-11', '4000.00', { sourceId: 'INV-2032-3' });
    await post('2032-03-11', '9000.00', { source: 'EXPENSE', sourceId: 'CLAIM-2032-1' });
    // Above the approval threshold a manual entry is refused and goes through a second person.
    const refused = await call(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }`, {
      input: { idempotencyKey: randomUUID(), date: '2032-03-12', memo: 'too large alone', sourceId: 'INV-2032-4', lines: lines('20000.00') },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', approvalRequired: true });
    const waiting = await draft('2032-03-12', '20000.00', 'INV-2032-4');
    const approved = (await approve(waiting.id, waiting.version, secondAccountant)).data!.approveJournalEntry;

    const found = await findings(2032);
    expect(found.map((finding) => [finding.kind, finding.entries.map((entry) => entry.id)])).toEqual([
      ['ROUND_AMOUNT_MANUAL_ENTRY', [round.id]],
      ['ROUND_AMOUNT_MANUAL_ENTRY', [approved.id]],
    ]);
    expect(found[1]!.message).toBe(`Manual entry ${approved.number} of 2032 (dated 2032-03-12) debits a round 20000.00 EUR: a multiple of 1000.00 EUR, at or above 5000.00 EUR.`);

    // The thresholds are data: raised by a MANAGER, the smaller round entry is no longer one.
    const SET = `mutation S($input: SetControlSettingsInput!) { setControlSettings(input: $input) { roundAmountThreshold { amount } } }`;
    const settings = { manualApprovalThreshold: '10000.00', unsupportedManualThreshold: '5000.00', roundAmountUnit: '1000.00' };
    expect((await call(SET, { input: { ...settings, roundAmountThreshold: '10000.00', reason: 'fewer false alarms' } }, manager)).errors).toBeUndefined();
    try {
      expect((await findings(2032)).map((finding) => finding.entries[0]!.id)).toEqual([approved.id]);
    } finally {
      expect((await call(SET, { input: { ...settings, roundAmountThreshold: '5000.00', reason: 'back to the defaults' } }, manager)).errors).toBeUndefined();
    }
  });

  it('an entry dated on a weekend or on a company holiday HR published is a finding naming the day; a working day, or an opening entry on a weekend, is not', async () => {
    await hr.publish(holidayAdded, { date: '2033-05-05', name: 'Founders Day', timeZone: 'Europe/Berlin' });
    // Accounting's own consumer puts it in its workforce projection.
    await eventually(async () => (await holidays(accounting.dataSource, 2033)).length > 0, 60_000);
    expect(await holidays(accounting.dataSource, 2033)).toEqual([{ date: '2033-05-05', name: 'Founders Day', timeZone: 'Europe/Berlin' }]);

    const saturday = await post('2033-03-05', '80.00');
    const onHoliday = await post('2033-05-05', '90.00');
    await post('2033-03-07', '100.00');
    await post('2033-01-01', '1000.00', { source: 'OPENING' });

    const found = await findings(2033);
    expect(found.map((finding) => [finding.kind, finding.entries.map((entry) => entry.id)])).toEqual([
      ['POSTED_ON_NON_WORKING_DAY', [saturday.id]],
      ['POSTED_ON_NON_WORKING_DAY', [onHoliday.id]],
    ]);
    expect(found[0]!.message).toBe(`Entry ${saturday.number} of 2033 (dated 2033-03-05) is dated on a Saturday, not a working day.`);
    expect(found[1]!.message).toBe(`Entry ${onHoliday.number} of 2033 (dated 2033-05-05) is dated on the company holiday Founders Day, not a working day.`);
  });

  it('each refused posting into a closed period is a finding; postings into the open months around it are not', async () => {
    await post('2034-02-14', '10.00');
    expect((await call(`mutation { closePeriod(period: "2034-02") { status } }`)).errors).toBeUndefined();
    for (const date of ['2034-02-15', '2034-02-16']) {
      const refused = await call(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { id } }`, {
        input: { idempotencyKey: randomUUID(), date, memo: 'too late', lines: lines('10.00') },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    await post('2034-03-14', '10.00');
    // The twin: a closed month nobody tried to post into.
    expect((await call(`mutation { closePeriod(period: "2035-02") { status } }`)).errors).toBeUndefined();
    await post('2035-03-14', '10.00');

    const found = await findings(2034);
    expect(found.map((finding) => [finding.kind, finding.refusedPosting, finding.entries])).toEqual([
      ['POSTING_INTO_CLOSED_PERIOD', { date: '2034-02-15', actor: accountant.employeeId }, []],
      ['POSTING_INTO_CLOSED_PERIOD', { date: '2034-02-16', actor: accountant.employeeId }, []],
    ]);
    // Refused today, whatever day the test runs.
    expect(found[0]!.message).toMatch(new RegExp(`^A posting by ${accountant.employeeId} dated 2034-02-15, in the closed period 2034-02, was refused on \\d{4}-\\d{2}-\\d{2}\\.$`));
    expect(await findings(2035)).toEqual([]);
  });

  it('a budget whose spend is above its amount is a finding, department-wide or for one account; one spent to the cent is not', async () => {
    const [over, exact, overOnAccount] = [randomUUID(), randomUUID(), randomUUID()];
    const SET = `mutation B($input: SetBudgetInput!) { setBudget(input: $input) { id } }`;
    const setBudget = async (input: Record<string, unknown>) => {
      const answer = await call<{ setBudget: { id: string } }>(SET, { input: { fiscalYear: 2036, ...input } });
      expect(answer.errors).toBeUndefined();
      return answer.data!.setBudget.id;
    };
    const overBudget = await setBudget({ departmentId: over, amount: '1000.00' });
    await setBudget({ departmentId: exact, amount: '1000.00' });
    const accountBudget = await setBudget({ departmentId: overOnAccount, amount: '200.00', accountId: accounts['6400'] });
    await post('2036-04-10', '700.00', { departmentId: over });
    await post('2036-04-10', '500.00', { departmentId: over, expense: '6200' });
    await post('2036-04-10', '1000.00', { departmentId: exact });
    await post('2036-04-10', '250.00', { departmentId: overOnAccount });
    // Outside the account's budget: the department's other expenses do not count against it.
    await post('2036-04-10', '900.00', { departmentId: overOnAccount, expense: '6200' });

    const found = await findings(2036);
    expect(found.map((finding) => [finding.kind, finding.budget?.id, finding.entries])).toEqual(
      expect.arrayContaining([
        ['BUDGET_EXCEEDED', overBudget, []],
        ['BUDGET_EXCEEDED', accountBudget, []],
      ]),
    );
    expect(found).toHaveLength(2);
    expect(found.find((finding) => finding.budget?.id === overBudget)!.message).toBe(`Department ${over} spent 1200.00 EUR in 2036 against a budget of 1000.00 EUR (all expenses): 200.00 EUR over.`);
    expect(found.find((finding) => finding.budget?.id === accountBudget)!.message).toBe(
      `Department ${overOnAccount} spent 250.00 EUR in 2036 against a budget of 200.00 EUR (account 6400 Office supplies): 50.00 EUR over.`,
    );
  });

  it('entry numbers removed behind the ledger are one gap finding per run of missing numbers, beside the broken chain; the untampered twin has none', async () => {
    const posted: Entry[] = [];
    for (const day of ['05', '06', '07', '08', '09']) posted.push(await post(`2037-01-${day}`, '15.00'));
    for (const day of ['05', '06', '07']) await post(`2038-01-${day}`, '15.00');
    expect(await findings(2037)).toEqual([]);

    const removed = posted.filter((entry) => [1, 3, 4].includes(entry.number)).map((entry) => entry.id);
    await behindTheLedgersBack(async (db) => {
      await db.query(`DELETE FROM journal_lines WHERE entry_id = ANY($1::uuid[])`, [removed]);
      await db.query(`DELETE FROM journal_entries WHERE id = ANY($1::uuid[])`, [removed]);
    });

    const found = await findings(2037);
    expect(found.map((finding) => [finding.kind, finding.missingNumbers])).toEqual([
      ['ENTRY_NUMBER_GAP', [1]],
      ['ENTRY_NUMBER_GAP', [3, 4]],
      ['BROKEN_HASH_CHAIN', null],
    ]);
    expect(found[0]!.message).toBe(`Entry number 1 is missing from 2037, before entry 2: the ledger numbers each year's entries without gaps.`);
    expect(found[1]!.message).toBe(`Entry numbers 3 to 4 are missing from 2037, between entries 2 and 5: the ledger numbers each year's entries without gaps.`);
    expect(found[2]!.entries.map((entry) => entry.number)).toEqual([2]);
    expect(found[2]!.message).toMatch(/^The hash chain of 2037 breaks at entry 2: entry number 1 is missing\./);
    expect(await findings(2038)).toEqual([]);
  });

  it('an entry changed behind the ledger breaks the hash chain there, named once; the untampered twin verifies', async () => {
    const posted: Entry[] = [];
    for (const day of ['05', '06', '07']) posted.push(await post(`2039-01-${day}`, '25.00'));
    for (const day of ['09', '10', '11']) await post(`2040-01-${day}`, '25.00');
    const changed = posted[1]!;
    await behindTheLedgersBack(async (db) => {
      await db.query(`UPDATE journal_lines SET debit = CASE WHEN debit > 0 THEN 5.00 ELSE 0 END, credit = CASE WHEN credit > 0 THEN 5.00 ELSE 0 END WHERE entry_id = $1`, [changed.id]);
    });

    const found = await findings(2039);
    expect(found).toEqual([{ kind: 'BROKEN_HASH_CHAIN', message: expect.any(String), entries: [{ id: changed.id, number: changed.number }], budget: null, refusedPosting: null, missingNumbers: null }]);
    expect(found[0]!.message).toBe(
      `The hash chain of 2039 breaks at entry ${changed.number}: its content no longer matches its hash. An entry was changed, removed or inserted behind the ledger's back.`,
    );
    expect(await findings(2040)).toEqual([]);
  });

  it('a maker approving their own draft is refused and nothing is found; an entry made to look self-approved behind the ledger is a finding, its twin is not', async () => {
    const own = await draft('2041-06-05', '12345.67', 'INV-2041-1');
    expect((await approve(own.id, own.version, accountant)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await findings(2041)).toEqual([]);
    const approved = (await approve(own.id, own.version, secondAccountant)).data!.approveJournalEntry;
    const twinDraft = await draft('2042-06-05', '12345.67', 'INV-2042-1');
    expect((await approve(twinDraft.id, twinDraft.version, secondAccountant)).errors).toBeUndefined();
    expect(await findings(2041)).toEqual([]);

    // The database refuses it, whoever writes and even past the triggers: the four-eyes check goes,
    // and comes back NOT VALID (it still holds for every new row) once the row is changed.
    const selfApprove = `UPDATE journal_entries SET approved_by = prepared_by WHERE id = $1`;
    await expect(
      behindTheLedgersBack(async (db) => {
        await db.query(selfApprove, [approved.id]);
      }),
    ).rejects.toThrow(/journal_entries_four_eyes/);
    await behindTheLedgersBack(async (db) => {
      await db.query(`ALTER TABLE journal_entries DROP CONSTRAINT journal_entries_four_eyes`);
      await db.query(selfApprove, [approved.id]);
      await db.query(`ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_four_eyes CHECK (approved_by IS NULL OR approved_by <> prepared_by) NOT VALID`);
    });

    const found = await findings(2041);
    // Who approved is part of the entry's hash: the chain breaks there too.
    expect(found.map((finding) => [finding.kind, finding.entries.map((entry) => entry.id)])).toEqual([
      ['APPROVED_BY_MAKER', [approved.id]],
      ['BROKEN_HASH_CHAIN', [approved.id]],
    ]);
    expect(found[0]!.message).toMatch(new RegExp(`^Entry ${approved.number} of 2041 \\(dated 2041-06-05\\) was approved by ${accountant.employeeId}, who prepared it: four eyes need two people\\.$`));
    expect(await findings(2042)).toEqual([]);
  });
});
