import type { MigrationInterface, QueryRunner } from 'typeorm';

// The helpdesk: tickets with their comments, timeline, items, pauses and SLA breaches; a catalogue
// of supplies with consumable stock; maintenance windows per system.
export class Helpdesk1764500800000 implements MigrationInterface {
  name = 'Helpdesk1764500800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE ticket_numbers`);
    // Instants that clocks run on (opened, responded, resolved, due) are business time (the
    // service's clock); created_at and updated_at are the database's real time.
    await queryRunner.query(`
      CREATE TABLE tickets (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number                text NOT NULL UNIQUE,
        kind                  text NOT NULL CHECK (kind IN ('REQUEST', 'SUPPLY', 'EQUIPMENT', 'RECOVERY', 'RESTOCK')),
        requester_id          uuid,
        employee_id           uuid,
        category              text NOT NULL CHECK (category IN ('HARDWARE', 'SOFTWARE', 'ACCESS', 'NETWORK', 'OFFICE_SUPPLIES', 'FACILITIES', 'OTHER')),
        priority              text NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        subject               text NOT NULL,
        description           text NOT NULL,
        asset_id              uuid REFERENCES assets (id),
        system                text REFERENCES it_systems (code),
        status                text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED')),
        assignee_id           uuid,
        opened_by             text NOT NULL,
        opened_at             timestamptz NOT NULL,
        due_on                date,
        first_response_due    timestamptz NOT NULL,
        resolution_due        timestamptz NOT NULL,
        first_responded_at    timestamptz,
        resolved_at           timestamptz,
        closed_at             timestamptz,
        resolution            text CHECK (resolution IN ('FIXED', 'ANSWERED', 'FULFILLED', 'WONT_FIX', 'DUPLICATE', 'CANCELLED')),
        resolution_note       text,
        -- Business minutes, fixed when the answer and the resolution happen, for the manager's medians.
        first_response_minutes integer,
        resolution_minutes    integer,
        -- What another department's event opened it for ('RECOVERY|<employee>|<last day>'): one ticket per fact.
        source_key            text UNIQUE,
        supply_item           text,
        version               integer NOT NULL DEFAULT 1,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('RESOLVED', 'CLOSED')) = (resolution IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX tickets_queue ON tickets (status, priority, opened_at)`);
    await queryRunner.query(`CREATE INDEX tickets_requester ON tickets (requester_id, opened_at)`);
    await queryRunner.query(`CREATE INDEX tickets_employee ON tickets (employee_id) WHERE employee_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX tickets_assignee ON tickets (assignee_id) WHERE assignee_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX tickets_opened ON tickets (opened_at, id)`);
    // One open restock ticket per catalogue item.
    await queryRunner.query(`CREATE UNIQUE INDEX tickets_one_open_restock ON tickets (supply_item) WHERE kind = 'RESTOCK' AND status NOT IN ('RESOLVED', 'CLOSED')`);

    await queryRunner.query(`
      CREATE TABLE ticket_comments (
        id          bigserial PRIMARY KEY,
        ticket_id   uuid NOT NULL REFERENCES tickets (id),
        author      text NOT NULL,
        body        text NOT NULL,
        internal    boolean NOT NULL,
        at          timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ticket_comments_ticket ON ticket_comments (ticket_id, id)`);
    // Every change, without free text (that is in comments and the resolution note).
    await queryRunner.query(`
      CREATE TABLE ticket_timeline (
        id           bigserial PRIMARY KEY,
        ticket_id    uuid NOT NULL REFERENCES tickets (id),
        action       text NOT NULL,
        from_status  text,
        to_status    text,
        actor        text NOT NULL,
        internal     boolean NOT NULL DEFAULT false,
        details      jsonb NOT NULL DEFAULT '{}',
        at           timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ticket_timeline_ticket ON ticket_timeline (ticket_id, id)`);
    // The spans a ticket's resolution clock stood still: waiting on the requester, or resolved until reopened.
    await queryRunner.query(`
      CREATE TABLE ticket_pauses (
        ticket_id   uuid NOT NULL REFERENCES tickets (id),
        started_at  timestamptz NOT NULL,
        ended_at    timestamptz,
        PRIMARY KEY (ticket_id, started_at)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX ticket_pauses_one_open ON ticket_pauses (ticket_id) WHERE ended_at IS NULL`);
    // One row per breached target: the breach event is written with it, so it is published once.
    await queryRunner.query(`
      CREATE TABLE ticket_sla_breaches (
        ticket_id    uuid NOT NULL REFERENCES tickets (id),
        target       text NOT NULL CHECK (target IN ('FIRST_RESPONSE', 'RESOLUTION')),
        due_at       timestamptz NOT NULL,
        detected_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (ticket_id, target)
      )`);

    // The catalogue: equipment is fulfilled with an asset of its category, consumables from stock.
    await queryRunner.query(`
      CREATE TABLE supply_items (
        code                 text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
        name                 text NOT NULL,
        kind                 text NOT NULL CHECK (kind IN ('CONSUMABLE', 'EQUIPMENT')),
        asset_category       text REFERENCES asset_categories (code),
        stock                integer CHECK (stock >= 0),
        low_stock_threshold  integer CHECK (low_stock_threshold >= 0),
        version              integer NOT NULL DEFAULT 1,
        CHECK ((kind = 'EQUIPMENT') = (asset_category IS NOT NULL)),
        CHECK ((kind = 'CONSUMABLE') = (stock IS NOT NULL AND low_stock_threshold IS NOT NULL))
      )`);
    await queryRunner.query(`
      INSERT INTO supply_items (code, name, kind, asset_category, stock, low_stock_threshold) VALUES
        ('stapler', 'Stapler', 'CONSUMABLE', NULL, 12, 3),
        ('staples', 'Box of staples', 'CONSUMABLE', NULL, 40, 10),
        ('notebook', 'A5 notebook', 'CONSUMABLE', NULL, 60, 15),
        ('pens', 'Pack of pens', 'CONSUMABLE', NULL, 50, 10),
        ('sticky-notes', 'Sticky notes', 'CONSUMABLE', NULL, 40, 10),
        ('printer-paper', 'Ream of printer paper', 'CONSUMABLE', NULL, 30, 8),
        ('toner', 'Printer toner', 'CONSUMABLE', NULL, 6, 2),
        ('usb-c-cable', 'USB-C cable', 'CONSUMABLE', NULL, 25, 5),
        ('mouse', 'Mouse', 'CONSUMABLE', NULL, 15, 4),
        ('keyboard', 'Keyboard', 'CONSUMABLE', NULL, 10, 3),
        ('headset', 'Headset', 'EQUIPMENT', 'PERIPHERAL', NULL, NULL),
        ('monitor', 'Monitor', 'EQUIPMENT', 'MONITOR', NULL, NULL),
        ('laptop', 'Laptop', 'EQUIPMENT', 'LAPTOP', NULL, NULL),
        ('phone', 'Phone', 'EQUIPMENT', 'PHONE', NULL, NULL),
        ('chair', 'Office chair', 'EQUIPMENT', 'FURNITURE', NULL, NULL),
        ('desk', 'Desk', 'EQUIPMENT', 'FURNITURE', NULL, NULL)`);
    // What a ticket asks for or lists: catalogue items (supply), a category from the kit (a
    // joiner's equipment), or an asset the person holds (recovery). Equipment is one row per piece.
    await queryRunner.query(`
      CREATE TABLE ticket_items (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ticket_id       uuid NOT NULL REFERENCES tickets (id),
        position        integer NOT NULL,
        supply_item     text REFERENCES supply_items (code),
        asset_category  text REFERENCES asset_categories (code),
        quantity        integer NOT NULL CHECK (quantity > 0),
        handed_out      integer NOT NULL DEFAULT 0 CHECK (handed_out >= 0 AND handed_out <= quantity),
        -- The asset handed out for it, or (recovery) the asset to bring back.
        asset_id        uuid REFERENCES assets (id),
        UNIQUE (ticket_id, position)
      )`);
    await queryRunner.query(`CREATE INDEX ticket_items_ticket ON ticket_items (ticket_id, position)`);
    await queryRunner.query(`
      CREATE TABLE supply_stock_moves (
        id          bigserial PRIMARY KEY,
        item        text NOT NULL REFERENCES supply_items (code),
        change      integer NOT NULL,
        stock_after integer NOT NULL,
        ticket_id   uuid REFERENCES tickets (id),
        actor       text NOT NULL,
        at          timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE maintenance_windows (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        system       text NOT NULL REFERENCES it_systems (code),
        title        text NOT NULL,
        starts_at    timestamptz NOT NULL,
        ends_at      timestamptz NOT NULL,
        impact       text NOT NULL CHECK (impact IN ('NONE', 'DEGRADED', 'OUTAGE')),
        status       text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
        planned_by   text NOT NULL,
        version      integer NOT NULL DEFAULT 1,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX maintenance_windows_time ON maintenance_windows (starts_at, ends_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['maintenance_windows', 'supply_stock_moves', 'ticket_items', 'supply_items', 'ticket_sla_breaches', 'ticket_pauses', 'ticket_timeline', 'ticket_comments', 'tickets']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP SEQUENCE ticket_numbers`);
  }
}
