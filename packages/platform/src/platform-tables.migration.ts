import type { MigrationInterface, QueryRunner } from 'typeorm';

// The tables every service has beside its own: the outbox its relay drains, the per-aggregate
// event sequence, the inbox that makes consumption effectively once, and the audit log.
export class CreatePlatformTables1764460800000 implements MigrationInterface {
  name = 'CreatePlatformTables1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_events (
        id            bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        topic         text NOT NULL,
        message_key   text NOT NULL,
        event_type    text NOT NULL,
        envelope      jsonb NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        published_at  timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_events_pending ON outbox_events (id) WHERE published_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE event_sequences (
        aggregate_type text NOT NULL,
        aggregate_id   text NOT NULL,
        last_sequence  bigint NOT NULL,
        PRIMARY KEY (aggregate_type, aggregate_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE inbox_events (
        consumer     text NOT NULL,
        event_id     uuid NOT NULL,
        event_type   text NOT NULL,
        subject      text NOT NULL,
        received_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE inbox_positions (
        consumer       text NOT NULL,
        topic          text NOT NULL,
        subject        text NOT NULL,
        last_sequence  bigint NOT NULL,
        PRIMARY KEY (consumer, topic, subject)
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id             bigserial PRIMARY KEY,
        occurred_at    timestamptz NOT NULL DEFAULT now(),
        actor          text NOT NULL,
        action         text NOT NULL,
        entity_type    text NOT NULL,
        entity_id      text NOT NULL,
        changes        jsonb NOT NULL DEFAULT '{}'::jsonb,
        correlation_id text
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log, inbox_positions, inbox_events, event_sequences, outbox_events`);
  }
}
