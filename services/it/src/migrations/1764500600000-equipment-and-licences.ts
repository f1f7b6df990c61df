import type { MigrationInterface, QueryRunner } from 'typeorm';

// Equipment (assets with their hand-overs and history) and software licences with seats.
export class EquipmentAndLicences1764500600000 implements MigrationInterface {
  name = 'EquipmentAndLicences1764500600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The kinds of equipment, each with the months it is used before it is written off
    // (accounting depreciates over it). Codes are the schema's enum; the months are data.
    await queryRunner.query(`
      CREATE TABLE asset_categories (
        code                text PRIMARY KEY,
        name                text NOT NULL,
        useful_life_months  integer NOT NULL CHECK (useful_life_months > 0)
      )`);
    await queryRunner.query(`
      INSERT INTO asset_categories (code, name, useful_life_months) VALUES
        ('LAPTOP', 'Laptop', 36),
        ('DESKTOP', 'Desktop', 48),
        ('MONITOR', 'Monitor', 60),
        ('PHONE', 'Phone', 24),
        ('PERIPHERAL', 'Peripheral', 36),
        ('NETWORK', 'Network equipment', 60),
        ('FURNITURE', 'Furniture', 120),
        ('OFFICE_EQUIPMENT', 'Office equipment', 60)`);
    // A model is known once per manufacturer and name, in one category.
    await queryRunner.query(`
      CREATE TABLE asset_models (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category      text NOT NULL REFERENCES asset_categories (code),
        manufacturer  text NOT NULL,
        name          text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX asset_models_name ON asset_models (lower(manufacturer), lower(name))`);
    // Tags are numbered by the database, so two registrations never print the same label.
    await queryRunner.query(`CREATE SEQUENCE asset_tag_numbers`);
    // holder_id is set exactly while the asset is ASSIGNED: the row says who has it now, the
    // assignments below who had it when.
    await queryRunner.query(`
      CREATE TABLE assets (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tag               text NOT NULL UNIQUE,
        serial_number     text NOT NULL,
        model_id          uuid NOT NULL REFERENCES asset_models (id),
        purchase_date     date NOT NULL,
        purchase_cost     numeric(14, 2) NOT NULL CHECK (purchase_cost >= 0),
        currency          char(3) NOT NULL,
        supplier          text,
        warranty_ends_on  date,
        location          text,
        status            text NOT NULL CHECK (status IN ('IN_STOCK', 'ASSIGNED', 'IN_REPAIR', 'RETIRED', 'LOST')),
        condition         text NOT NULL CHECK (condition IN ('NEW', 'GOOD', 'FAIR', 'POOR', 'BROKEN')),
        notes             text,
        holder_id         uuid,
        version           integer NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ASSIGNED') = (holder_id IS NOT NULL)),
        CHECK (warranty_ends_on IS NULL OR warranty_ends_on >= purchase_date)
      )`);
    // Serial numbers are unique per manufacturer's numbering, whatever the case typed.
    await queryRunner.query(`CREATE UNIQUE INDEX assets_serial_number ON assets (upper(serial_number))`);
    await queryRunner.query(`CREATE INDEX assets_holder ON assets (holder_id) WHERE holder_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX assets_status ON assets (status, created_at, id)`);
    await queryRunner.query(`CREATE INDEX assets_warranty ON assets (warranty_ends_on) WHERE warranty_ends_on IS NOT NULL`);
    // Who had it when, in what condition, handed over and received by whom. The partial unique
    // index is the last word on "at most one person at a time", whatever the application does.
    await queryRunner.query(`
      CREATE TABLE asset_assignments (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        asset_id            uuid NOT NULL REFERENCES assets (id),
        employee_id         uuid NOT NULL,
        assigned_on         date NOT NULL,
        expected_return_on  date,
        condition_out       text NOT NULL,
        handed_over_by      text NOT NULL,
        returned_on         date,
        condition_in        text,
        received_by         text,
        return_notes        text,
        ended_as            text CHECK (ended_as IN ('RETURNED', 'SENT_TO_REPAIR', 'LOST')),
        created_at          timestamptz NOT NULL DEFAULT now(),
        CHECK (expected_return_on IS NULL OR expected_return_on >= assigned_on),
        CHECK (returned_on IS NULL OR returned_on >= assigned_on),
        CHECK ((returned_on IS NULL) = (ended_as IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX asset_assignments_one_open ON asset_assignments (asset_id) WHERE returned_on IS NULL`);
    await queryRunner.query(`CREATE INDEX asset_assignments_asset ON asset_assignments (asset_id, assigned_on)`);
    await queryRunner.query(`CREATE INDEX asset_assignments_employee ON asset_assignments (employee_id)`);
    // Every change of an asset, in order: the timeline IT shows.
    await queryRunner.query(`
      CREATE TABLE asset_history (
        id           bigserial PRIMARY KEY,
        asset_id     uuid NOT NULL REFERENCES assets (id),
        action       text NOT NULL CHECK (action IN ('REGISTERED', 'ASSIGNED', 'RETURNED', 'SENT_TO_REPAIR', 'LOST', 'RETIRED')),
        status       text NOT NULL,
        employee_id  uuid,
        condition    text,
        occurred_on  date NOT NULL,
        actor        text NOT NULL,
        notes        text,
        at           timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX asset_history_asset ON asset_history (asset_id, id)`);

    await queryRunner.query(`
      CREATE TABLE licenses (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product          text NOT NULL,
        vendor           text NOT NULL,
        seats            integer NOT NULL CHECK (seats > 0),
        cost_per_period  numeric(14, 2) NOT NULL CHECK (cost_per_period >= 0),
        currency         char(3) NOT NULL,
        billing_period   text NOT NULL CHECK (billing_period IN ('MONTHLY', 'YEARLY')),
        renewal_date     date NOT NULL,
        notes            text,
        version          integer NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX licenses_product ON licenses (lower(vendor), lower(product))`);
    await queryRunner.query(`CREATE INDEX licenses_renewal ON licenses (renewal_date)`);
    // A seat is held from assigned_at until released_at; one held seat per person and licence.
    await queryRunner.query(`
      CREATE TABLE license_seats (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        license_id   uuid NOT NULL REFERENCES licenses (id),
        employee_id  uuid NOT NULL,
        assigned_on  date NOT NULL,
        assigned_by  text NOT NULL,
        released_on  date,
        released_by  text,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX license_seats_one_held ON license_seats (license_id, employee_id) WHERE released_on IS NULL`);
    await queryRunner.query(`CREATE INDEX license_seats_employee ON license_seats (employee_id) WHERE released_on IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE license_seats, licenses, asset_history, asset_assignments, assets, asset_models, asset_categories`);
    await queryRunner.query(`DROP SEQUENCE asset_tag_numbers`);
  }
}
