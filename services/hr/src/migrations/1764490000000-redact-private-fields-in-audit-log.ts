import type { MigrationInterface, QueryRunner } from 'typeorm';
import { redactWrittenAuditRows } from '../audit-log';

// Audit rows written before the audit log redacted every private field (only salary was) still
// hold phone numbers, emergency contacts, reasons and leave types: they are redacted the same way
// new rows are. Irreversible on purpose: the values stay in HR's own history, where they belong.
export class RedactPrivateFieldsInAuditLog1764490000000 implements MigrationInterface {
  name = 'RedactPrivateFieldsInAuditLog1764490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await redactWrittenAuditRows(queryRunner.manager);
  }

  async down(): Promise<void> {
    // Nothing to undo: the redacted values are not kept anywhere in the audit log.
  }
}
