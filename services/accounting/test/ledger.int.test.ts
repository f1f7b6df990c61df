import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Principal } from '@backoffice/platform/identity';
import { serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { identityHeaders, postGraphQL, type GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { accountingSubgraph } from '../src/accounting-subgraph';
import { loadAccountingConfig } from '../src/config';

jest.setTimeout(120_000);

// The ledger's guarantees, through the service and straight at its database: balanced or
// nothing, immutable once posted, gapless numbers, idempotent posting, one reversal, a hash chain
// that names the entry someone changed behind the triggers' back.

type Line = { lineNo: number; account: { code: string }; debit: string; credit: string; original: { amount: string; currency: string }; rate: string | null; departmentId: string | null };
type Entry = { id: string; fiscalYear: number; number: number; date: string; source: string; hash: string; lines: Line[]; reverses: { id: string } | null; reversedBy: { id: string } | null };
const ENTRY = 'id fiscalYear number date source hash lines { lineNo account { code } debit credit original { amount currency } rate departmentId } reverses { id } reversedBy { id }';
const POST = `mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { ${ENTRY} } }`;
const REVERSE = `mutation R($id: ID!, $input: ReverseJournalEntryInput) { reverseJournalEntry(id: $id, input: $input) { ${ENTRY} } }`;
const VERIFY = '{ verifyLedger { ok entriesChecked firstMismatch { entryId fiscalYear number problem } } }';

describe('the double-entry ledger', () => {
  let accounting: RunningSubgraph;
  let admin: Client;
  let accounts: Record<string, string>;
  const accountant: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const employee: Principal = { employeeId: randomUUID(), roles: ['EMPLOYEE'] };
  const env = testEnvironment();
  const call = <T>(query: string, variables: Record<string, unknown> = {}, who: Principal = accountant): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(accounting.url, query, variables, identityHeaders(who, 'accounting'));
  const post = (input: Record<string, unknown>, who: Principal = accountant) => call<{ postJournalEntry: Entry }>(POST, { input }, who);
  const cash = (amount: string, date = '2026-03-10', extra: Record<string, unknown> = {}) => ({
    idempotencyKey: randomUUID(),
    date,
    memo: 'office supplies bought with cash',
    lines: [
      { accountId: accounts['6400'], debit: amount },
      { accountId: accounts['1000'], credit: amount },
    ],
    ...extra,
  });
  const counts = async () => (await admin.query(`SELECT (SELECT count(*) FROM journal_entries)::int AS entries, (SELECT count(*) FROM journal_lines)::int AS lines`)).rows[0] as { entries: number; lines: number };

  beforeAll(async () => {
    accounting = await startSubgraphService(accountingSubgraph, loadAccountingConfig(env));
    admin = new Client({ connectionString: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName('accounting', env.DATABASE_NAME_SUFFIX!)) });
    await admin.connect();
    const chart = await call<{ ledgerAccounts: Array<{ id: string; code: string }> }>('{ ledgerAccounts { id code } }');
    accounts = Object.fromEntries(chart.data!.ledgerAccounts.map((account) => [account.code, account.id]));
  });

  afterAll(async () => {
    await admin?.end();
    await accounting?.stop();
  });

  it('posts balanced entries with gapless numbers per fiscal year, chained by hash', async () => {
    const first = (await post(cash('10.00', '2027-01-05'))).data!.postJournalEntry;
    const second = (await post(cash('20.00', '2027-01-06'))).data!.postJournalEntry;
    expect([first.fiscalYear, first.number, second.number]).toEqual([2027, 1, 2]);
    expect(first.lines.map((line) => [line.account.code, line.debit, line.credit])).toEqual([
      ['6400', '10.00', '0.00'],
      ['1000', '0.00', '10.00'],
    ]);
    const chain = await admin.query(`SELECT previous_hash, hash FROM journal_entries WHERE fiscal_year = 2027 ORDER BY number`);
    expect(chain.rows[1].previous_hash).toBe(chain.rows[0].hash);
    // Published with the entry, from the same transaction (the outbox).
    const events = await admin.query(`SELECT event_type, envelope->'data' AS data FROM outbox_events WHERE envelope->'data'->>'journalEntryId' = $1`, [first.id]);
    expect(events.rows).toEqual([
      {
        event_type: 'backoffice.accounting.journal.posted.v1',
        data: expect.objectContaining({ fiscalYear: 2027, number: 1, hash: first.hash, currency: 'EUR', lines: [expect.objectContaining({ accountCode: '6400', debit: '10.00' }), expect.objectContaining({ accountCode: '1000', credit: '10.00' })] }),
      },
    ]);
  });

  it('refuses an entry that does not balance, an unknown account or a bad amount, naming the field, and writes nothing', async () => {
    const before = await counts();
    const unbalanced = await post({ ...cash('10.00'), lines: [{ accountId: accounts['6400'], debit: '10.00' }, { accountId: accounts['1000'], credit: '9.99' }] });
    expect(unbalanced.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lines' }] });
    expect(unbalanced.errors?.[0]?.message).toMatch(/debits 10.00 and credits 9.99/);
    const unknown = await post({ ...cash('10.00'), lines: [{ accountId: randomUUID(), debit: '10.00' }, { accountId: accounts['1000'], credit: '10.00' }] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lines.0.accountId' }] });
    const both = await post({ ...cash('10.00'), lines: [{ accountId: accounts['6400'], debit: '10.00', credit: '10.00' }, { accountId: accounts['1000'], credit: '10.00' }] });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fraction = await post(cash('10.001'));
    expect(fraction.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const single = await post({ ...cash('10.00'), lines: [{ accountId: accounts['6400'], debit: '10.00' }] });
    expect(single.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lines' }] });
    expect(await counts()).toEqual(before);
  });

  it('a retry with the same key returns the entry posted; the same key for another entry is CONFLICT; concurrent retries post once', async () => {
    const input = cash('42.00');
    const first = (await post(input)).data!.postJournalEntry;
    const again = (await post(input)).data!.postJournalEntry;
    expect(again.id).toBe(first.id);
    const other = await post({ ...cash('43.00'), idempotencyKey: input.idempotencyKey });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', entryId: first.id });

    const racing = cash('7.00', '2026-04-01');
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(racing)));
    expect(new Set(answers.map((answer) => answer.data?.postJournalEntry.id)).size).toBe(1);
    expect((await admin.query(`SELECT count(*)::int AS n FROM journal_entries WHERE idempotency_key = $1`, [racing.idempotencyKey])).rows[0].n).toBe(1);
    // The same key racing into two fiscal years: one entry, the other CONFLICT.
    const key = randomUUID();
    const split = await Promise.all([post({ ...cash('5.00', '2025-12-31'), idempotencyKey: key }), post({ ...cash('5.00', '2026-01-01'), idempotencyKey: key })]);
    expect(split.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'posted').sort()).toEqual(['CONFLICT', 'posted']);
  });

  it('concurrent posts in one fiscal year take consecutive numbers', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => post(cash(`${index + 1}.00`, '2028-02-02'))));
    expect(answers.every((answer) => !answer.errors)).toBe(true);
    expect(answers.map((answer) => answer.data!.postJournalEntry.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
  });

  it('a reversal mirrors the entry, links both ways, and happens once, also when asked twice at once', async () => {
    const original = (await post(cash('99.00'))).data!.postJournalEntry;
    const [a, b] = await Promise.all([call<{ reverseJournalEntry: Entry }>(REVERSE, { id: original.id, input: { date: '2026-03-31' } }), call<{ reverseJournalEntry: Entry }>(REVERSE, { id: original.id, input: { date: '2026-03-31' } })]);
    const outcomes = [a, b].map((answer) => answer.errors?.[0]?.extensions?.code ?? 'reversed').sort();
    expect(outcomes).toEqual(['CONFLICT', 'reversed']);
    const reversal = (a.data ?? b.data)!.reverseJournalEntry;
    expect(reversal.source).toBe('REVERSAL');
    expect(reversal.reverses?.id).toBe(original.id);
    expect(reversal.lines.map((line) => [line.account.code, line.debit, line.credit])).toEqual([
      ['6400', '0.00', '99.00'],
      ['1000', '99.00', '0.00'],
    ]);
    const reread = await call<{ journalEntry: Entry }>(`query E($id: ID!) { journalEntry(id: $id) { ${ENTRY} } }`, { id: original.id });
    expect(reread.data!.journalEntry.reversedBy?.id).toBe(reversal.id);
    const again = await call(REVERSE, { id: original.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reversedBy: reversal.id });
    const ofReversal = await call(REVERSE, { id: reversal.id });
    expect(ofReversal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a line in another currency converts at the rate in force on the entry date and keeps its original amount', async () => {
    const missing = await post({ ...cash('10.00', '2026-05-05'), lines: [{ accountId: accounts['6200'], debit: '10.00', currency: 'CHF' }, { accountId: accounts['1000'], credit: '10.00' }] });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lines.0.currency' }] });
    expect((await call('mutation { setExchangeRate(input: { currency: "USD", validFrom: "2026-05-01", rate: "0.9125" }) { rate } }', {}, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await call('mutation { setExchangeRate(input: { currency: "USD", validFrom: "2026-05-01", rate: "0.9125" }) { rate } }');
    await call('mutation { setExchangeRate(input: { currency: "USD", validFrom: "2026-06-01", rate: "0.95" }) { rate } }');
    const entry = (await post({ ...cash('0', '2026-05-20'), lines: [{ accountId: accounts['6200'], debit: '123.45', currency: 'USD' }, { accountId: accounts['1000'], credit: '112.65' }] })).data!.postJournalEntry;
    // 123.45 × 0.9125 = 112.648125 → 112.65
    expect(entry.lines[0]).toMatchObject({ debit: '112.65', original: { amount: '123.45', currency: 'USD' }, rate: '0.9125' });
  });

  it('PostgreSQL itself refuses to change a posted line, to the service login and to a superuser; with the triggers disabled, verifyLedger names the entry changed', async () => {
    const entry = (await post(cash('55.00', '2029-07-07'))).data!.postJournalEntry;
    await post(cash('56.00', '2029-07-08'));
    await expect(accounting.dataSource.query(`UPDATE journal_lines SET debit = 1 WHERE entry_id = $1 AND line_no = 1`, [entry.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(accounting.dataSource.query(`DELETE FROM journal_entries WHERE id = $1`, [entry.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(admin.query(`UPDATE journal_lines SET debit = 1 WHERE entry_id = $1 AND line_no = 1`, [entry.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(admin.query(`TRUNCATE journal_lines`)).rejects.toThrow(/cannot be changed or deleted/);
    // Nor can an unbalanced entry be written around the service.
    await expect(
      admin.query(`BEGIN;
        INSERT INTO journal_entries (id, fiscal_year, number, entry_date, memo, source, idempotency_key, request_hash, posted_by, posted_at, previous_hash, hash)
          VALUES ('${randomUUID()}', 2030, 1, '2030-01-01', 'forged', 'MANUAL', 'forged', 'x', 'someone', now(), 'x', 'x');
        COMMIT;`),
    ).rejects.toThrow(/does not balance/);
    await admin.query('ROLLBACK').catch(() => undefined);
    expect((await call<{ verifyLedger: { ok: boolean } }>(VERIFY)).data!.verifyLedger.ok).toBe(true);

    await admin.query(`ALTER TABLE journal_lines DISABLE TRIGGER USER`);
    try {
      await admin.query(`UPDATE journal_lines SET debit = 5.00 WHERE entry_id = $1 AND line_no = 1`, [entry.id]);
      await admin.query(`UPDATE journal_lines SET credit = 5.00 WHERE entry_id = $1 AND line_no = 2`, [entry.id]);
    } finally {
      await admin.query(`ALTER TABLE journal_lines ENABLE TRIGGER USER`);
    }
    const verification = await call<{ verifyLedger: { ok: boolean; firstMismatch: { entryId: string; fiscalYear: number; number: number; problem: string } } }>(VERIFY);
    expect(verification.data!.verifyLedger).toMatchObject({ ok: false, firstMismatch: { entryId: entry.id, fiscalYear: 2029, number: entry.number, problem: expect.stringMatching(/no longer matches its hash/) } });
  });

  it('an account is added to the chart, archived rather than deleted, and then takes no postings; the tree refuses a cycle', async () => {
    const created = await call<{ createLedgerAccount: { id: string; code: string; parent: { code: string } } }>(
      `mutation C($input: CreateLedgerAccountInput!) { createLedgerAccount(input: $input) { id code parent { code } } }`,
      { input: { code: '6450', name: 'Printing', type: 'EXPENSE', parentId: accounts['6400'] } },
    );
    expect(created.data!.createLedgerAccount).toMatchObject({ code: '6450', parent: { code: '6400' } });
    const id = created.data!.createLedgerAccount.id;
    const taken = await call(`mutation C($input: CreateLedgerAccountInput!) { createLedgerAccount(input: $input) { id } }`, { input: { code: '6450', name: 'Again', type: 'EXPENSE' } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.code' }] });
    const wrongType = await call(`mutation C($input: CreateLedgerAccountInput!) { createLedgerAccount(input: $input) { id } }`, { input: { code: '1999', name: 'Odd', type: 'ASSET', parentId: accounts['6400'] } });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.parentId' }] });

    expect((await post({ ...cash('3.00'), lines: [{ accountId: id, debit: '3.00' }, { accountId: accounts['1000'], credit: '3.00' }] })).errors).toBeUndefined();
    await expect(admin.query(`DELETE FROM accounts WHERE id = $1`, [id])).rejects.toThrow(/foreign key/);
    const archived = await call<{ archiveLedgerAccount: { archived: boolean } }>(`mutation A($id: ID!) { archiveLedgerAccount(id: $id) { archived } }`, { id });
    expect(archived.data!.archiveLedgerAccount.archived).toBe(true);
    const refused = await post({ ...cash('3.00'), lines: [{ accountId: id, debit: '3.00' }, { accountId: accounts['1000'], credit: '3.00' }] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lines.0.accountId', message: expect.stringMatching(/archived/) }] });
    // 6400 under its own child 6450: PostgreSQL refuses the cycle, whoever asks.
    await expect(admin.query(`UPDATE accounts SET parent_id = $1 WHERE code = '6400'`, [id])).rejects.toThrow(/own descendant/);
  });

  it('only ACCOUNTING and MANAGER read and post; anyone else is FORBIDDEN and writes nothing', async () => {
    const before = await counts();
    expect((await post(cash('1.00'), employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(VERIFY, {}, employee)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect((await post(cash('1.00'), manager)).errors).toBeUndefined();
  });
});
