import type { Sql } from '@backoffice/platform/sql';
import { redactPrivateFields, redactingAuditLog } from '@backoffice/platform/audit';
import { isPrivateFieldName } from './access/private-data';
import { auditRowsAfter, replaceAuditChanges } from './audit-log.repository';

// HR's one way to write an audit row. The audit log is read more widely than HR's own records
// (history keeps the values for those allowed to see them), so every private field is
// redacted, at any depth, by the one list in access/private-data.ts.
export const recordAudit = redactingAuditLog(isPrivateFieldName);

// What an audit row keeps of a change.
export const redactForAuditLog = (changes: unknown): unknown => redactPrivateFields(changes, isPrivateFieldName);

// Redacts rows written before the list above (or a field on it) existed, in batches; rows that
// hold nothing private are left untouched. Run by migration 1764490000000.
export async function redactWrittenAuditRows(db: Sql, batch = 1000): Promise<number> {
  let changed = 0;
  for (let after = 0; ; ) {
    const rows = await auditRowsAfter(db, after, batch);
    if (rows.length === 0) return changed;
    for (const row of rows) {
      const redacted = redactForAuditLog(row.changes);
      if (JSON.stringify(redacted) === JSON.stringify(row.changes)) continue;
      await replaceAuditChanges(db, row.id, redacted);
      changed += 1;
    }
    after = Number(rows[rows.length - 1]!.id);
  }
}

export { REDACTED } from '@backoffice/platform/audit';
