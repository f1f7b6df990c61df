import type { MigrationInterface, QueryRunner } from 'typeorm';
import { redactPrivateFields } from '@backoffice/platform/audit';
import { isPrivateFieldName } from '../access/private-data';

// Audit rows written before the audit log redacted every private field (only salary was) still
// hold phone numbers, emergency contacts, reasons and leave types: they are redacted the same way
// new rows are. Irreversible on purpose: the values stay in HR's own history, where they belong.
export class RedactPrivateFieldsInAuditLog1764490000000 implements MigrationInterface {
  name = 'RedactPrivateFieldsInAuditLog1764490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const batch = 1000;
    for (let after = 0; ; ) {
      const rows = (await queryRunner.query(`SELECT id, changes FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2`, [after, batch])) as Array<{ id: string | number; changes: unknown }>;
      if (rows.length === 0) return;
      for (const row of rows) {
        const redacted = redactPrivateFields(row.changes, isPrivateFieldName);
        if (JSON.stringify(redacted) !== JSON.stringify(row.changes)) {
          await queryRunner.query(`UPDATE audit_log SET changes = $2 WHERE id = $1`, [row.id, JSON.stringify(redacted)]);
        }
      }
      after = Number(rows[rows.length - 1]!.id);
    }
  }

  async down(): Promise<void> {
    // Nothing to undo: the redacted values are not kept anywhere in the audit log.
  }
}
