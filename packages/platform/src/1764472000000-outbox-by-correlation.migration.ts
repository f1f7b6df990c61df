import type { MigrationInterface, QueryRunner } from 'typeorm';

// `correlatedEvents(correlationId)` lists what each service published in one chain, from its
// outbox (kept 90 days): without this index every lookup would scan the whole outbox.
export class OutboxByCorrelation1764472000000 implements MigrationInterface {
  name = 'OutboxByCorrelation1764472000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX outbox_events_correlation ON outbox_events ((envelope->>'correlationid'), id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX outbox_events_correlation`);
  }
}
