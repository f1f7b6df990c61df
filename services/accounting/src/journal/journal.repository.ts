import { firstRow, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { JournalDraftLineRecord, JournalDraftRecord, JournalDraftStatus, JournalEntryRecord, JournalLineRecord } from './journal.record';

// The only code that knows how the journal is stored: journal_entries, journal_lines,
// journal_sequences, account_period_balances and account_day_balances.

const ENTRY_COLUMNS = `id, fiscal_year AS "fiscalYear", number, entry_date::text AS date, memo, source, source_id AS "sourceId",
  reverses_id AS "reversesId", idempotency_key AS "idempotencyKey", request_hash AS "requestHash", posted_by AS "postedBy",
  posted_at AS "postedAt", prepared_by AS "preparedBy", approved_by AS "approvedBy", previous_hash AS "previousHash", hash`;
const LINE_COLUMNS = `entry_id AS "entryId", line_no AS "lineNo", account_id AS "accountId", debit::text AS debit, credit::text AS credit,
  currency, original_amount::text AS "originalAmount", rate::text AS rate, cost_centre AS "costCentre", memo`;

type EntryRow = Omit<JournalEntryRecord, 'lines' | 'postedAt'> & { postedAt: Date };
type LineRow = JournalLineRecord & { entryId: string };

async function withLines(db: Sql, entries: EntryRow[]): Promise<JournalEntryRecord[]> {
  if (entries.length === 0) return [];
  const lines = await rows<LineRow>(db, `SELECT ${LINE_COLUMNS} FROM journal_lines WHERE entry_id = ANY($1::uuid[]) ORDER BY entry_id, line_no`, [entries.map((entry) => entry.id)]);
  const byEntry = new Map<string, JournalLineRecord[]>();
  for (const { entryId, ...line } of lines) byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), line]);
  return entries.map((entry) => ({ ...entry, postedAt: entry.postedAt.toISOString(), lines: byEntry.get(entry.id) ?? [] }));
}

export async function entriesByIds(db: Sql, ids: readonly string[]): Promise<JournalEntryRecord[]> {
  return withLines(db, await rows<EntryRow>(db, `SELECT ${ENTRY_COLUMNS} FROM journal_entries WHERE id = ANY($1::uuid[])`, [ids]));
}

export async function entryByIdempotencyKey(db: Sql, key: string): Promise<JournalEntryRecord | undefined> {
  const [entry] = await withLines(db, await rows<EntryRow>(db, `SELECT ${ENTRY_COLUMNS} FROM journal_entries WHERE idempotency_key = $1`, [key]));
  return entry;
}

export async function reversalOf(db: Sql, entryId: string): Promise<JournalEntryRecord | undefined> {
  return (await reversalsOf(db, [entryId]))[0];
}

// The entries reversing any of `entryIds` (an entry is reversed at most once).
export async function reversalsOf(db: Sql, entryIds: readonly string[]): Promise<JournalEntryRecord[]> {
  return withLines(db, await rows<EntryRow>(db, `SELECT ${ENTRY_COLUMNS} FROM journal_entries WHERE reverses_id = ANY($1::uuid[])`, [uuidsOnly(entryIds)]));
}

// A fiscal year's entries in number order, a page at a time (verifyLedger walks them all).
export async function entriesOfYear(db: Sql, fiscalYear: number, afterNumber: number, limit: number): Promise<JournalEntryRecord[]> {
  return withLines(db, await rows<EntryRow>(db, `SELECT ${ENTRY_COLUMNS} FROM journal_entries WHERE fiscal_year = $1 AND number > $2 ORDER BY number LIMIT $3`, [fiscalYear, afterNumber, limit]));
}

export function sequences(db: Sql): Promise<Array<{ fiscalYear: number; lastNumber: number; lastHash: string }>> {
  return rows(db, `SELECT fiscal_year AS "fiscalYear", last_number AS "lastNumber", last_hash AS "lastHash" FROM journal_sequences ORDER BY fiscal_year`);
}

// Posting is one at a time per fiscal year: the year's sequence row is locked until commit, so
// numbers are gapless and each hash chains the one before.
export async function lockSequence(db: Sql, fiscalYear: number, genesisHash: string): Promise<{ lastNumber: number; lastHash: string }> {
  await db.query(`INSERT INTO journal_sequences (fiscal_year, last_number, last_hash) VALUES ($1, 0, $2) ON CONFLICT (fiscal_year) DO NOTHING`, [fiscalYear, genesisHash]);
  return (await firstRow<{ lastNumber: number; lastHash: string }>(db, `SELECT last_number AS "lastNumber", last_hash AS "lastHash" FROM journal_sequences WHERE fiscal_year = $1 FOR UPDATE`, [fiscalYear]))!;
}

export async function insertEntry(db: Sql, entry: JournalEntryRecord): Promise<void> {
  await db.query(
    `INSERT INTO journal_entries (id, fiscal_year, number, entry_date, memo, source, source_id, reverses_id, idempotency_key, request_hash, posted_by, posted_at, prepared_by, approved_by, previous_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [entry.id, entry.fiscalYear, entry.number, entry.date, entry.memo, entry.source, entry.sourceId, entry.reversesId, entry.idempotencyKey, entry.requestHash, entry.postedBy, entry.postedAt, entry.preparedBy, entry.approvedBy, entry.previousHash, entry.hash],
  );
  const values: unknown[] = [];
  const tuples = entry.lines.map((line) => {
    const base = values.length;
    values.push(entry.id, line.lineNo, line.accountId, line.debit, line.credit, line.currency, line.originalAmount, line.rate, line.costCentre, line.memo);
    return `(${Array.from({ length: 10 }, (_, index) => `$${base + index + 1}`).join(', ')})`;
  });
  await db.query(`INSERT INTO journal_lines (entry_id, line_no, account_id, debit, credit, currency, original_amount, rate, cost_centre, memo) VALUES ${tuples.join(', ')}`, values);
  await db.query(`UPDATE journal_sequences SET last_number = $2, last_hash = $3 WHERE fiscal_year = $1`, [entry.fiscalYear, entry.number, entry.hash]);
  // The balances reports read (per month, and per day for the edges of a range), in the same
  // transaction as the lines.
  await db.query(
    `INSERT INTO account_period_balances (account_id, cost_centre, period, debit, credit)
     SELECT account_id, coalesce(cost_centre, '00000000-0000-0000-0000-000000000000'), date_trunc('month', $2::date)::date, sum(debit), sum(credit)
     FROM journal_lines WHERE entry_id = $1 GROUP BY 1, 2
     ON CONFLICT (period, account_id, cost_centre) DO UPDATE SET debit = account_period_balances.debit + EXCLUDED.debit, credit = account_period_balances.credit + EXCLUDED.credit`,
    [entry.id, entry.date],
  );
  await db.query(
    `INSERT INTO account_day_balances (day, account_id, cost_centre, debit, credit)
     SELECT $2::date, account_id, coalesce(cost_centre, '00000000-0000-0000-0000-000000000000'), sum(debit), sum(credit)
     FROM journal_lines WHERE entry_id = $1 GROUP BY 2, 3
     ON CONFLICT (day, account_id, cost_centre) DO UPDATE SET debit = account_day_balances.debit + EXCLUDED.debit, credit = account_day_balances.credit + EXCLUDED.credit`,
    [entry.id, entry.date],
  );
}

// Fiscal periods (months): a month without a row is open.
export async function periodStatus(db: Sql, period: string): Promise<'OPEN' | 'CLOSED'> {
  return (await firstRow<{ status: 'OPEN' | 'CLOSED' }>(db, `SELECT status FROM fiscal_periods WHERE period = $1`, [period]))?.status ?? 'OPEN';
}

// The first open month ('YYYY-MM-01') on or after `period`: `period` itself, or the month right
// after one of the closed months that follow it.
export async function firstOpenPeriodFrom(db: Sql, period: string): Promise<string> {
  return (await firstRow<{ period: string }>(
    db,
    `SELECT min(candidate)::text AS period
       FROM (SELECT $1::date AS candidate UNION ALL SELECT (period + interval '1 month')::date FROM fiscal_periods WHERE status = 'CLOSED' AND period >= $1) candidates
      WHERE NOT EXISTS (SELECT 1 FROM fiscal_periods closed WHERE closed.period = candidate AND closed.status = 'CLOSED')`,
    [period],
  ))!.period;
}

export async function setPeriodStatus(db: Sql, change: { period: string; status: 'OPEN' | 'CLOSED'; by: string; at: Date; reason: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO fiscal_periods (period, status, changed_by, changed_at, reason) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (period) DO UPDATE SET status = EXCLUDED.status, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at, reason = EXCLUDED.reason`,
    [change.period, change.status, change.by, change.at, change.reason],
  );
}

export function periodsOfYear(db: Sql, fiscalYear: number): Promise<Array<{ period: string; status: 'OPEN' | 'CLOSED'; changedBy: string; changedAt: Date; reason: string | null }>> {
  return rows(db, `SELECT period::text AS period, status, changed_by AS "changedBy", changed_at AS "changedAt", reason FROM fiscal_periods WHERE extract(year FROM period) = $1 ORDER BY period`, [fiscalYear]);
}

export async function recordRefusedPosting(db: Sql, attempt: { at: Date; actor: string; date: string; idempotencyKey: string | null; reason: string }): Promise<void> {
  await db.query(`INSERT INTO refused_postings (attempted_at, actor, entry_date, idempotency_key, reason) VALUES ($1, $2, $3, $4, $5)`, [attempt.at, attempt.actor, attempt.date, attempt.idempotencyKey, attempt.reason]);
}

export function refusedPostings(db: Sql, fiscalYear: number): Promise<Array<{ attemptedAt: Date; actor: string; date: string; idempotencyKey: string | null; reason: string }>> {
  return rows(
    db,
    `SELECT attempted_at AS "attemptedAt", actor, entry_date::text AS date, idempotency_key AS "idempotencyKey", reason FROM refused_postings WHERE extract(year FROM entry_date) = $1 ORDER BY id`,
    [fiscalYear],
  );
}

// Per revenue and expense account and cost centre, the year's net (credit − debit): what the
// closing entry moves to retained earnings.
export function yearResultByAccount(db: Sql, fiscalYear: number): Promise<Array<{ accountId: string; costCentre: string | null; net: string }>> {
  return rows(
    db,
    `SELECT b.account_id AS "accountId", nullif(b.cost_centre, '00000000-0000-0000-0000-000000000000') AS "costCentre", (sum(b.credit) - sum(b.debit))::text AS net
     FROM account_period_balances b JOIN accounts a ON a.id = b.account_id
     WHERE a.type IN ('REVENUE', 'EXPENSE') AND extract(year FROM b.period) = $1
     GROUP BY 1, 2 HAVING sum(b.credit) <> sum(b.debit)
     ORDER BY 1, 2`,
    [fiscalYear],
  );
}


export type EntryFilter = { from: string | null; to: string | null; source: string | null; accountId: string | null; departmentId: string | null };

// Entries by date and number (oldest or newest first), filtered, a page at a time after a
// position (date, year, number). Both orders walk the same index, forwards or backwards.
export async function listEntries(db: Sql, filter: EntryFilter, order: 'OLDEST' | 'NEWEST', after: [string, number, number] | null, limit: number): Promise<JournalEntryRecord[]> {
  const [past, direction] = order === 'NEWEST' ? ['<', 'DESC'] : ['>', 'ASC'];
  const found = await rows<EntryRow>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM journal_entries e
     WHERE ($1::date IS NULL OR e.entry_date >= $1) AND ($2::date IS NULL OR e.entry_date <= $2) AND ($3::text IS NULL OR e.source = $3)
       AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM journal_lines l WHERE l.entry_id = e.id AND l.account_id = $4))
       AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM journal_lines l WHERE l.entry_id = e.id AND l.cost_centre = $5))
       AND ($6::date IS NULL OR (e.entry_date, e.fiscal_year, e.number) ${past} ($6::date, $7::int, $8::int))
     ORDER BY e.entry_date ${direction}, e.fiscal_year ${direction}, e.number ${direction}
     LIMIT $9`,
    [filter.from, filter.to, filter.source, filter.accountId, filter.departmentId, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
  );
  return withLines(db, found);
}

// Drafts of manual entries waiting for a second person (journal_drafts).

const DRAFT_COLUMNS = `id, status, entry_date::text AS date, memo, source_id AS "sourceId", lines, total::text AS total, prepared_by AS "preparedBy",
  prepared_at AS "preparedAt", editors, updated_at AS "updatedAt", version, decided_by AS "decidedBy", decided_at AS "decidedAt",
  discard_reason AS "discardReason", entry_id AS "entryId"`;

type DraftRow = Omit<JournalDraftRecord, 'currency' | 'preparedAt' | 'updatedAt' | 'decidedAt'> & { preparedAt: Date; updatedAt: Date; decidedAt: Date | null };

const draftRecord = (currency: string) => (row: DraftRow): JournalDraftRecord => ({
  ...row,
  currency,
  preparedAt: row.preparedAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

export async function draftsByIds(db: Sql, ids: readonly string[], currency: string): Promise<JournalDraftRecord[]> {
  return (await rows<DraftRow>(db, `SELECT ${DRAFT_COLUMNS} FROM journal_drafts WHERE id = ANY($1::uuid[])`, [uuidsOnly(ids)])).map(draftRecord(currency));
}

export async function draftsWithStatus(db: Sql, status: JournalDraftStatus, currency: string): Promise<JournalDraftRecord[]> {
  return (await rows<DraftRow>(db, `SELECT ${DRAFT_COLUMNS} FROM journal_drafts WHERE status = $1 ORDER BY prepared_at, id`, [status])).map(draftRecord(currency));
}

// The draft, locked until the transaction ends: two decisions on one draft take turns.
export async function lockDraft(db: Sql, id: string, currency: string): Promise<JournalDraftRecord | undefined> {
  const row = await firstRow<DraftRow>(db, `SELECT ${DRAFT_COLUMNS} FROM journal_drafts WHERE id = $1 FOR UPDATE`, [id]);
  return row && draftRecord(currency)(row);
}

export type DraftContent = { date: string; memo: string; sourceId: string | null; lines: JournalDraftLineRecord[]; total: string };

export async function insertDraft(db: Sql, draft: DraftContent & { id: string; preparedBy: string; at: Date }): Promise<void> {
  await db.query(
    `INSERT INTO journal_drafts (id, status, entry_date, memo, source_id, lines, total, prepared_by, prepared_at, editors, updated_at, version)
     VALUES ($1, 'DRAFT', $2, $3, $4, $5, $6, $7, $8, ARRAY[$7], $8, 1)`,
    [draft.id, draft.date, draft.memo, draft.sourceId, JSON.stringify(draft.lines), draft.total, draft.preparedBy, draft.at],
  );
}

export async function updateDraft(db: Sql, id: string, draft: DraftContent & { editor: string; at: Date }): Promise<void> {
  await db.query(
    `UPDATE journal_drafts SET entry_date = $2, memo = $3, source_id = $4, lines = $5, total = $6,
       editors = CASE WHEN $7 = ANY (editors) THEN editors ELSE editors || $7 END, updated_at = $8, version = version + 1
     WHERE id = $1`,
    [id, draft.date, draft.memo, draft.sourceId, JSON.stringify(draft.lines), draft.total, draft.editor, draft.at],
  );
}

export async function decideDraft(db: Sql, id: string, decision: { status: 'POSTED' | 'DISCARDED'; by: string; at: Date; entryId: string | null; discardReason: string | null }): Promise<void> {
  await db.query(
    `UPDATE journal_drafts SET status = $2, decided_by = $3, decided_at = $4, entry_id = $5, discard_reason = $6, updated_at = $4, version = version + 1 WHERE id = $1`,
    [id, decision.status, decision.by, decision.at, decision.entryId, decision.discardReason],
  );
}
