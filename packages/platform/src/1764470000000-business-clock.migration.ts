import type { MigrationInterface, QueryRunner } from 'typeorm';

// SQL's side of the business clock (packages/platform/src/clock.ts): each session carries the
// process's clock in settings set at connection, and rules that depend on the date read these
// functions instead of now()/current_date/localtimestamp. Without the settings (psql, a
// migration), they are real time in UTC. One-statement STABLE SQL functions: PostgreSQL
// evaluates them once per statement and inlines them, so plans do not change.
export class BusinessClock1764470000000 implements MigrationInterface {
  name = 'BusinessClock1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION business_now() RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT COALESCE(
          NULLIF(current_setting('backoffice.clock_at', true), '')::timestamptz,
          now() + make_interval(secs => COALESCE(NULLIF(current_setting('backoffice.clock_offset_ms', true), '')::numeric, 0) / 1000)
        )
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION business_time_zone() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT COALESCE(NULLIF(current_setting('backoffice.time_zone', true), ''), 'UTC')
      $$`);
    // Wall-clock time in the company's zone, and its date: "today" ends at the company's midnight.
    await queryRunner.query(`
      CREATE FUNCTION business_localtimestamp() RETURNS timestamp LANGUAGE sql STABLE AS $$
        SELECT business_now() AT TIME ZONE business_time_zone()
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION business_today() RETURNS date LANGUAGE sql STABLE AS $$
        SELECT (business_now() AT TIME ZONE business_time_zone())::date
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION business_today(), business_localtimestamp(), business_time_zone(), business_now()`);
  }
}
