import type { MigrationInterface, QueryRunner } from 'typeorm';

// An inbox position remembers which event moved it, so that when a redriven (older) event is
// refused the log can name the newer event that was applied in its place. Positions written
// before this have neither, and a refusal then names only the sequence.
export class InboxPositionsRememberTheirEvent1764471000000 implements MigrationInterface {
  name = 'InboxPositionsRememberTheirEvent1764471000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inbox_positions ADD COLUMN last_event_id uuid, ADD COLUMN last_event_type text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE inbox_positions DROP COLUMN last_event_type, DROP COLUMN last_event_id`);
  }
}
