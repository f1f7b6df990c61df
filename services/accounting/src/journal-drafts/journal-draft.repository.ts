import { firstRow, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { JournalDraftLineRecord, JournalDraftRecord, JournalDraftStatus } from './journal-draft.record';

// The only code that knows how drafts are stored (journal_drafts).

const COLUMNS = `id, status, entry_date::text AS date, memo, source_id AS "sourceId", lines, total::text AS total, prepared_by AS "preparedBy",
  prepared_at AS "preparedAt", editors, updated_at AS "updatedAt", version, decided_by AS "decidedBy", decided_at AS "decidedAt",
  discard_reason AS "discardReason", entry_id AS "entryId"`;

type DraftRow = Omit<JournalDraftRecord, 'currency' | 'preparedAt' | 'updatedAt' | 'decidedAt'> & { preparedAt: Date; updatedAt: Date; decidedAt: Date | null };

const toRecord = (currency: string) => (row: DraftRow): JournalDraftRecord => ({
  ...row,
  currency,
  preparedAt: row.preparedAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

export async function draftsByIds(db: Sql, ids: readonly string[], currency: string): Promise<JournalDraftRecord[]> {
  return (await rows<DraftRow>(db, `SELECT ${COLUMNS} FROM journal_drafts WHERE id = ANY($1::uuid[])`, [uuidsOnly(ids)])).map(toRecord(currency));
}

export async function draftsWithStatus(db: Sql, status: JournalDraftStatus, currency: string): Promise<JournalDraftRecord[]> {
  return (await rows<DraftRow>(db, `SELECT ${COLUMNS} FROM journal_drafts WHERE status = $1 ORDER BY prepared_at, id`, [status])).map(toRecord(currency));
}

// The draft, locked until the transaction ends: two decisions on one draft take turns.
export async function lockDraft(db: Sql, id: string, currency: string): Promise<JournalDraftRecord | undefined> {
  const row = await firstRow<DraftRow>(db, `SELECT ${COLUMNS} FROM journal_drafts WHERE id = $1 FOR UPDATE`, [id]);
  return row && toRecord(currency)(row);
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
