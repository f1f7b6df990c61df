import type { MigrationInterface, QueryRunner } from 'typeorm';

// Access that follows people in, across and out: a catalogue of systems, bundles per department,
// accounts that can be scheduled and suspended with their history, the joiner-mover-leaver
// changes due on HR's dates, the per-employment onboarded/offboarded facts, and review decisions.
export class AccessLifecycle1764500700000 implements MigrationInterface {
  name = 'AccessLifecycle1764500700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One lower-case code per system, used in accounts, bundles and events alike. Systems for
    // everyone are in every department's bundle.
    await queryRunner.query(`
      CREATE TABLE it_systems (
        code          text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
        name          text NOT NULL,
        description   text,
        for_everyone  boolean NOT NULL DEFAULT false,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      INSERT INTO it_systems (code, name, description, for_everyone) VALUES
        ('email', 'Email', 'Work email and calendar', true),
        ('sso', 'Single sign-on', 'The company login every other system trusts', true),
        ('chat', 'Chat', 'Company chat', true),
        ('vpn', 'VPN', 'Remote access to the company network', false),
        ('hr-system', 'HR system', 'Backoffice HR: employee records, leave', false),
        ('accounting-system', 'Accounting system', 'Backoffice accounting: ledger, expenses, payroll', false),
        ('source-control', 'Source control', 'Code repositories', false),
        ('crm', 'CRM', 'Customers and sales pipeline', false),
        ('it-admin', 'IT administration', 'Device management and admin consoles', false)`);
    // A department's bundle: the systems and the standard kit a person there gets.
    await queryRunner.query(`
      CREATE TABLE access_bundles (
        department_id  uuid PRIMARY KEY,
        version        integer NOT NULL DEFAULT 0,
        updated_by     text NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE access_bundle_systems (
        department_id  uuid NOT NULL REFERENCES access_bundles (department_id) ON DELETE CASCADE,
        system         text NOT NULL REFERENCES it_systems (code),
        PRIMARY KEY (department_id, system)
      )`);
    await queryRunner.query(`
      CREATE TABLE access_bundle_equipment (
        department_id  uuid NOT NULL REFERENCES access_bundles (department_id) ON DELETE CASCADE,
        category       text NOT NULL REFERENCES asset_categories (code),
        quantity       integer NOT NULL CHECK (quantity BETWEEN 1 AND 20),
        PRIMARY KEY (department_id, category)
      )`);
    // The work email HR announced at hire: the username accounts are named after.
    await queryRunner.query(`CREATE TABLE directory_entries (employee_id uuid PRIMARY KEY, email text NOT NULL)`);
    await queryRunner.query(`INSERT INTO directory_entries (employee_id, email) SELECT DISTINCT ON (employee_id) employee_id, username FROM system_accounts WHERE system = 'email' ORDER BY employee_id, created_at`);

    // Accounts: scheduled from a date, suspended, revoked; from a bundle or granted on their own.
    await queryRunner.query(`ALTER TABLE system_accounts DROP CONSTRAINT system_accounts_status_check`);
    await queryRunner.query(`ALTER TABLE system_accounts ADD CONSTRAINT system_accounts_status_check CHECK (status IN ('SCHEDULED', 'ACTIVE', 'SUSPENDED', 'REVOKED'))`);
    await queryRunner.query(`
      ALTER TABLE system_accounts
        ADD COLUMN active_from  date,
        ADD COLUMN origin       text NOT NULL DEFAULT 'BUNDLE' CHECK (origin IN ('BUNDLE', 'INDIVIDUAL')),
        ADD COLUMN revoked_on   date,
        ADD COLUMN version      integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at   timestamptz NOT NULL DEFAULT now()`);
    await queryRunner.query(`UPDATE system_accounts SET active_from = created_at::date`);
    await queryRunner.query(`ALTER TABLE system_accounts ALTER COLUMN active_from SET NOT NULL`);
    await queryRunner.query(`INSERT INTO it_systems (code, name) SELECT DISTINCT system, initcap(system) FROM system_accounts ON CONFLICT DO NOTHING`);
    await queryRunner.query(`ALTER TABLE system_accounts ADD CONSTRAINT system_accounts_system FOREIGN KEY (system) REFERENCES it_systems (code)`);
    await queryRunner.query(`CREATE INDEX system_accounts_scheduled ON system_accounts (active_from) WHERE status = 'SCHEDULED'`);
    await queryRunner.query(`
      CREATE TABLE system_account_history (
        id            bigserial PRIMARY KEY,
        account_id    uuid NOT NULL REFERENCES system_accounts (id),
        status        text NOT NULL,
        effective_on  date NOT NULL,
        reason        text,
        actor         text NOT NULL,
        at            timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX system_account_history_account ON system_account_history (account_id, id)`);
    await queryRunner.query(`INSERT INTO system_account_history (account_id, status, effective_on, reason, actor, at) SELECT id, status, active_from, 'provisioned at hire', 'system', created_at FROM system_accounts`);

    // Mover and leaver changes, due at an instant (the start of the effective date, the end of the
    // last day, in the company's time zone): applied by the access-lifecycle job, once. Keyed by
    // employee, kind and date: HR saying a transfer again for the same date replaces it.
    await queryRunner.query(`
      CREATE TABLE access_changes (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id         uuid NOT NULL,
        kind                text NOT NULL CHECK (kind IN ('MOVE', 'LEAVE')),
        effective_date      date NOT NULL,
        due_at              timestamptz NOT NULL,
        from_department_id  uuid,
        to_department_id    uuid,
        status              text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPLIED', 'CANCELLED')),
        created_at          timestamptz NOT NULL DEFAULT now(),
        settled_at          timestamptz,
        UNIQUE (employee_id, kind, effective_date)
      )`);
    await queryRunner.query(`CREATE INDEX access_changes_due ON access_changes (due_at) WHERE status = 'PENDING'`);
    // Each employment is announced onboarded once and offboarded once.
    await queryRunner.query(`
      CREATE TABLE access_lifecycle_facts (
        employee_id  uuid NOT NULL,
        fact         text NOT NULL CHECK (fact IN ('ONBOARDED', 'OFFBOARDED')),
        on_date      date NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employee_id, fact, on_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE access_review_decisions (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id  uuid NOT NULL REFERENCES system_accounts (id),
        finding     text NOT NULL,
        decision    text NOT NULL CHECK (decision IN ('CONFIRMED', 'REVOKED')),
        reason      text NOT NULL,
        decided_by  text NOT NULL,
        decided_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX access_review_decisions_account ON access_review_decisions (account_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_review_decisions, access_lifecycle_facts, access_changes, system_account_history, directory_entries, access_bundle_equipment, access_bundle_systems, access_bundles`);
    await queryRunner.query(`ALTER TABLE system_accounts DROP CONSTRAINT system_accounts_system`);
    await queryRunner.query(`DELETE FROM system_accounts WHERE status = 'SCHEDULED'`);
    await queryRunner.query(`ALTER TABLE system_accounts DROP COLUMN active_from, DROP COLUMN origin, DROP COLUMN revoked_on, DROP COLUMN version, DROP COLUMN updated_at`);
    await queryRunner.query(`ALTER TABLE system_accounts DROP CONSTRAINT system_accounts_status_check`);
    await queryRunner.query(`ALTER TABLE system_accounts ADD CONSTRAINT system_accounts_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED'))`);
    await queryRunner.query(`DROP TABLE it_systems`);
  }
}
