import type { MigrationInterface, QueryRunner } from 'typeorm';

// The retention jobs delete old rows in batches by time; without these indexes every batch
// would scan the whole table.
export class RetentionIndexes1764470300000 implements MigrationInterface {
  name = 'RetentionIndexes1764470300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX outbox_events_published ON outbox_events (published_at) WHERE published_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX inbox_events_received ON inbox_events (received_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX inbox_events_received, outbox_events_published`);
  }
}
