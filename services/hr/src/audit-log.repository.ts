import { rows, type Sql } from '@backoffice/platform/sql';

// The audit rows as stored, for rewriting what older code wrote (see audit-log.ts).
export function auditRowsAfter(db: Sql, afterId: number, limit: number): Promise<Array<{ id: string; changes: unknown }>> {
  return rows(db, `SELECT id, changes FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2`, [afterId, limit]);
}

export async function replaceAuditChanges(db: Sql, id: string, changes: unknown): Promise<void> {
  await db.query(`UPDATE audit_log SET changes = $2 WHERE id = $1`, [id, JSON.stringify(changes)]);
}
