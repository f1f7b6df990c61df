import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import type { Principal } from '@backoffice/platform/identity';
import type { GraphQLResponse } from '@backoffice/testkit/graphql-client';
import { startAccountingForTest, type AccountingForTest } from './support/accounting-test-service';

jest.setTimeout(120_000);

// Four eyes on manual entries: above the threshold a manual entry is a draft until a second
// person approves it; nobody who wrote it may; two approvals at once post once; the thresholds
// are data a MANAGER changes with a reason.

type Draft = { id: string; status: string; version: number; total: { amount: string }; preparedBy: string; editors: string[]; decidedBy: string | null; entry: { id: string; number: number; preparedBy: string | null; postedBy: string } | null };
const DRAFT = 'id status version total { amount } preparedBy editors decidedBy entry { id number preparedBy postedBy }';

describe('four eyes on manual journal entries', () => {
  let testService: AccountingForTest;
  let admin: Client;
  let accounts: Record<string, string>;
  const maker: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const checker: Principal = { employeeId: randomUUID(), roles: ['ACCOUNTING'] };
  const manager: Principal = { employeeId: randomUUID(), roles: ['MANAGER'] };
  const call = <T>(query: string, variables: Record<string, unknown> = {}, who: Principal = maker): Promise<GraphQLResponse<T>> => testService.call<T>(query, variables, who);
  const entryInput = (amount: string, date = '2029-05-14', extra: Record<string, unknown> = {}) => ({
    date,
    memo: 'year-end accrual for the audit fee',
    lines: [
      { accountId: accounts['6900'], debit: amount },
      { accountId: accounts['2300'], credit: amount },
    ],
    ...extra,
  });
  const draft = (amount: string, who: Principal = maker, date?: string) =>
    call<{ draftJournalEntry: Draft }>(`mutation D($input: JournalEntryDraftInput!) { draftJournalEntry(input: $input) { ${DRAFT} } }`, { input: entryInput(amount, date) }, who);
  const approve = (id: string, expectedVersion: number, who: Principal) =>
    call<{ approveJournalEntry: { id: string; number: number; preparedBy: string | null; postedBy: string; source: string } }>(
      `mutation A($id: ID!, $v: Int!) { approveJournalEntry(id: $id, expectedVersion: $v) { id number preparedBy postedBy source } }`,
      { id, v: expectedVersion },
      who,
    );
  const entries = async () => (await admin.query(`SELECT count(*)::int AS n FROM journal_entries`)).rows[0].n as number;

  beforeAll(async () => {
    testService = await startAccountingForTest(maker);
    ({ admin, accounts } = testService);
  });

  afterAll(async () => {
    await testService?.stop();
  });

  it('posts a manual entry up to the threshold at once, and refuses one above it with approvalRequired, writing nothing', async () => {
    const at = await call<{ postJournalEntry: { number: number } }>(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { number } }`, {
      input: { idempotencyKey: randomUUID(), ...entryInput('10000.00') },
    });
    expect(at.errors).toBeUndefined();
    const before = await entries();
    const above = await call(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { number } }`, { input: { idempotencyKey: randomUUID(), ...entryInput('10000.01') } });
    expect(above.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', approvalRequired: true, fields: [{ field: 'input.lines' }] });
    expect(above.errors?.[0]?.message).toMatch(/draftJournalEntry/);
    // Another source is not a manual entry: it names its source document instead.
    const expense = await call(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { number } }`, {
      input: { idempotencyKey: randomUUID(), source: 'EXPENSE', ...entryInput('20000.00') },
    });
    expect(expense.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.sourceId' }] });
    expect(await entries()).toBe(before);
    const withDocument = await call<{ postJournalEntry: { source: string } }>(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { source } }`, {
      input: { idempotencyKey: randomUUID(), source: 'EXPENSE', sourceId: 'claim-2029-0001', ...entryInput('20000.00') },
    });
    expect(withDocument.data?.postJournalEntry.source).toBe('EXPENSE');
  });

  it('a maker cannot approve their own draft, nor can anyone who edited it; a second person posts it, recording both', async () => {
    const created = (await draft('25000.00')).data!.draftJournalEntry;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, total: { amount: '25000.00' }, preparedBy: maker.employeeId, editors: [maker.employeeId], entry: null });
    const before = await entries();

    const own = await approve(created.id, 1, maker);
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'id' }] });

    // The checker edits it: now they wrote it too, and must not approve it either.
    const edited = await call<{ updateJournalEntryDraft: Draft }>(
      `mutation U($id: ID!, $v: Int!, $input: JournalEntryDraftInput!) { updateJournalEntryDraft(id: $id, expectedVersion: $v, input: $input) { ${DRAFT} } }`,
      { id: created.id, v: 1, input: entryInput('26000.00') },
      checker,
    );
    expect(edited.data?.updateJournalEntryDraft).toMatchObject({ version: 2, total: { amount: '26000.00' }, editors: [maker.employeeId, checker.employeeId] });
    expect((await approve(created.id, 2, checker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await entries()).toBe(before);

    const posted = await approve(created.id, 2, manager);
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.approveJournalEntry).toMatchObject({ source: 'MANUAL', preparedBy: maker.employeeId, postedBy: manager.employeeId });
    const stored = (await admin.query(`SELECT prepared_by, approved_by FROM journal_entries WHERE id = $1`, [posted.data!.approveJournalEntry.id])).rows[0];
    expect(stored).toEqual({ prepared_by: maker.employeeId, approved_by: manager.employeeId });
    const reread = await call<{ journalEntryDraft: Draft }>(`query R($id: ID!) { journalEntryDraft(id: $id) { ${DRAFT} } }`, { id: created.id });
    expect(reread.data!.journalEntryDraft).toMatchObject({ status: 'POSTED', decidedBy: manager.employeeId, entry: { id: posted.data!.approveJournalEntry.id } });
    // The audit trail names the approval; the ledger still verifies with the four eyes in its hashes.
    expect((await admin.query(`SELECT actor FROM audit_log WHERE action = 'journal.approved' AND entity_id = $1`, [posted.data!.approveJournalEntry.id])).rows).toEqual([{ actor: manager.employeeId }]);
    expect((await call<{ verifyLedger: { ok: boolean } }>('{ verifyLedger { ok } }')).data!.verifyLedger.ok).toBe(true);
  });

  it('the database itself refuses an entry approved by its maker', async () => {
    const id = randomUUID();
    await expect(
      admin.query(
        `INSERT INTO journal_entries (id, fiscal_year, number, entry_date, memo, source, idempotency_key, request_hash, posted_by, posted_at, prepared_by, approved_by, previous_hash, hash)
         VALUES ($1, 2040, 1, '2040-01-02', 'self-approved', 'MANUAL', $2, 'x', 'x', now(), 'same', 'same', 'x', 'x')`,
        [id, randomUUID()],
      ),
    ).rejects.toThrow(/journal_entries_four_eyes/);
  });

  it('two approvals of one draft at once post it once; the other gets CONFLICT', async () => {
    const created = (await draft('40000.00')).data!.draftJournalEntry;
    const before = await entries();
    const answers = await Promise.all([approve(created.id, 1, checker), approve(created.id, 1, manager), approve(created.id, 1, checker)]);
    const outcomes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'posted').sort();
    expect(outcomes).toEqual(['CONFLICT', 'CONFLICT', 'posted']);
    expect(await entries()).toBe(before + 1);
    expect((await admin.query(`SELECT count(*)::int AS n FROM journal_entries WHERE idempotency_key = $1`, [`draft:${created.id}`])).rows[0].n).toBe(1);
  });

  it('a stale edit is CONFLICT; a discarded draft cannot be approved; the queue lists waiting drafts oldest first', async () => {
    const first = (await draft('12000.00')).data!.draftJournalEntry;
    const second = (await draft('13000.00')).data!.draftJournalEntry;
    const queue = await call<{ journalEntryDrafts: Array<{ id: string }> }>('{ journalEntryDrafts { id } }', {}, manager);
    const waiting = queue.data!.journalEntryDrafts.map((row) => row.id);
    expect(waiting.indexOf(first.id)).toBeLessThan(waiting.indexOf(second.id));

    const update = (v: number) =>
      call<{ updateJournalEntryDraft: Draft }>(`mutation U($id: ID!, $v: Int!, $input: JournalEntryDraftInput!) { updateJournalEntryDraft(id: $id, expectedVersion: $v, input: $input) { version } }`, {
        id: first.id,
        v,
        input: entryInput('12500.00'),
      });
    const [a, b] = await Promise.all([update(1), update(1)]);
    expect([a, b].map((answer) => answer.errors?.[0]?.extensions?.code ?? 'edited').sort()).toEqual(['CONFLICT', 'edited']);

    const discarded = await call<{ discardJournalEntryDraft: Draft }>(`mutation X($id: ID!, $input: DiscardJournalEntryDraftInput!) { discardJournalEntryDraft(id: $id, input: $input) { ${DRAFT} } }`, {
      id: second.id,
      input: { expectedVersion: 1, reason: 'entered twice' },
    });
    expect(discarded.data!.discardJournalEntryDraft).toMatchObject({ status: 'DISCARDED', decidedBy: maker.employeeId });
    const late = await approve(second.id, 2, manager);
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toMatch(/discarded/);
    const afterQueue = (await call<{ journalEntryDrafts: Array<{ id: string }> }>('{ journalEntryDrafts { id } }')).data!.journalEntryDrafts.map((row) => row.id);
    expect(afterQueue).not.toContain(second.id);
  });

  it('a draft is checked like a posting: an unbalanced one or one in a closed month is refused and nothing is saved', async () => {
    const count = async () => (await admin.query(`SELECT count(*)::int AS n FROM journal_drafts`)).rows[0].n as number;
    const before = await count();
    const unbalanced = await call(`mutation D($input: JournalEntryDraftInput!) { draftJournalEntry(input: $input) { id } }`, {
      input: { ...entryInput('100.00'), lines: [{ accountId: accounts['6900'], debit: '100.00' }, { accountId: accounts['2300'], credit: '99.00' }] },
    });
    expect(unbalanced.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.lines' }] });
    expect((await call('mutation { closePeriod(period: "2029-02") { status } }')).errors).toBeUndefined();
    const closed = await draft('30000.00', maker, '2029-02-10');
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.date' }] });
    expect(await count()).toBe(before);
  });

  it('only a MANAGER changes the thresholds, with a reason, audited; the new threshold applies to the next posting', async () => {
    const SET = `mutation S($input: SetControlSettingsInput!) { setControlSettings(input: $input) { manualApprovalThreshold { amount currency } changedBy reason } }`;
    const input = { manualApprovalThreshold: '50000.00', unsupportedManualThreshold: '5000.00', roundAmountThreshold: '5000.00', roundAmountUnit: '1000.00', reason: 'audit committee decision 2029-04' };
    expect((await call(SET, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await call(SET, { input: { ...input, reason: '' } }, manager);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.reason' }] });
    const changed = await call<{ setControlSettings: { manualApprovalThreshold: { amount: string; currency: string }; changedBy: string } }>(SET, { input }, manager);
    expect(changed.data!.setControlSettings).toMatchObject({ manualApprovalThreshold: { amount: '50000.00', currency: 'EUR' }, changedBy: manager.employeeId });
    const audit = (await admin.query(`SELECT actor, changes FROM audit_log WHERE action = 'control-settings.set' ORDER BY id DESC LIMIT 1`)).rows[0];
    expect(audit).toMatchObject({ actor: manager.employeeId, changes: { manualApprovalThreshold: { from: '10000.00', to: '50000.00' }, reason: input.reason } });
    const posted = await call(`mutation P($input: PostJournalEntryInput!) { postJournalEntry(input: $input) { number } }`, { input: { idempotencyKey: randomUUID(), ...entryInput('45000.00') } });
    expect(posted.errors).toBeUndefined();
    await call(SET, { input: { ...input, manualApprovalThreshold: '10000.00', reason: 'back to the default' } }, manager);
  });
});
