import { firstRow, rows, uuidsOnly, type Sql } from '@backoffice/platform/sql';
import type { BillingPeriod, LicenseRecord, LicenseSeatRecord } from './license.record';

// The only code that knows how licences and their seats are stored. A licence is read with its
// seats in use in the same statement.

const LICENSE_COLUMNS = `l.id, l.product, l.vendor, l.seats, l.cost_per_period::text AS "costPerPeriod", l.currency, l.billing_period AS "billingPeriod",
  l.renewal_date::text AS "renewalDate", l.notes, l.version, l.created_at AS "createdAt",
  (SELECT count(*)::int FROM license_seats used WHERE used.license_id = l.id AND used.released_on IS NULL) AS "seatsUsed"`;

export function licensesByIds(db: Sql, ids: readonly string[]): Promise<LicenseRecord[]> {
  return rows<LicenseRecord>(db, `SELECT ${LICENSE_COLUMNS} FROM licenses l WHERE l.id = ANY($1::uuid[])`, [uuidsOnly(ids)]);
}

// Soonest renewal first; with `renewingBy`, those renewing on or before that date.
export function listLicenses(db: Sql, renewingBy: string | null): Promise<LicenseRecord[]> {
  return rows<LicenseRecord>(db, `SELECT ${LICENSE_COLUMNS} FROM licenses l WHERE $1::date IS NULL OR l.renewal_date <= $1::date ORDER BY l.renewal_date, lower(l.product), l.id`, [renewingBy]);
}

// The licence, locked until the transaction ends: seats are counted and given one caller at a
// time, so two callers cannot both take the last one.
export async function lockLicense(db: Sql, id: string): Promise<LicenseRecord | undefined> {
  await db.query(`SELECT 1 FROM licenses WHERE id = $1 FOR UPDATE`, [id]);
  return (await licensesByIds(db, [id]))[0];
}

export type NewLicense = { product: string; vendor: string; seats: number; costPerPeriod: string; currency: string; billingPeriod: BillingPeriod; renewalDate: string; notes: string | null };

// Undefined when the vendor already has a licence of that product.
export async function insertLicense(db: Sql, license: NewLicense): Promise<string | undefined> {
  const row = await firstRow<{ id: string }>(
    db,
    `INSERT INTO licenses (product, vendor, seats, cost_per_period, currency, billing_period, renewal_date, notes, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), now()) ON CONFLICT (lower(vendor), lower(product)) DO NOTHING RETURNING id`,
    [license.product, license.vendor, license.seats, license.costPerPeriod, license.currency, license.billingPeriod, license.renewalDate, license.notes],
  );
  return row?.id;
}

export async function renew(db: Sql, id: string, renewal: { renewalDate: string; seats: number; costPerPeriod: string }): Promise<void> {
  await db.query(`UPDATE licenses SET renewal_date = $2, seats = $3, cost_per_period = $4, version = version + 1, updated_at = now() WHERE id = $1`, [
    id,
    renewal.renewalDate,
    renewal.seats,
    renewal.costPerPeriod,
  ]);
}

// A seat changes the licence's seats in use: its version moves on too, so a client holding an
// older count knows.
export async function touchLicense(db: Sql, id: string): Promise<void> {
  await db.query(`UPDATE licenses SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
}

const SEAT_COLUMNS = `s.id, s.employee_id AS "employeeId", s.assigned_on::text AS "assignedOn", s.assigned_by AS "assignedBy", s.released_on::text AS "releasedOn"`;
type SeatRow = Omit<LicenseSeatRecord, 'license'> & { licenseId: string };

// Seats with their licences, in two statements for any number of seats.
async function withLicenses(db: Sql, seats: SeatRow[]): Promise<LicenseSeatRecord[]> {
  if (!seats.length) return [];
  const licenses = new Map((await licensesByIds(db, [...new Set(seats.map((seat) => seat.licenseId))])).map((license) => [license.id, license]));
  return seats.map(({ licenseId, ...seat }) => ({ ...seat, license: licenses.get(licenseId)! }));
}

export async function heldSeat(db: Sql, licenseId: string, employeeId: string): Promise<LicenseSeatRecord | undefined> {
  const found = await rows<SeatRow>(db, `SELECT ${SEAT_COLUMNS}, s.license_id AS "licenseId" FROM license_seats s WHERE s.license_id = $1 AND s.employee_id = $2 AND s.released_on IS NULL`, [licenseId, employeeId]);
  return (await withLicenses(db, found))[0];
}

export async function seatById(db: Sql, id: string): Promise<LicenseSeatRecord | undefined> {
  const found = await rows<SeatRow>(db, `SELECT ${SEAT_COLUMNS}, s.license_id AS "licenseId" FROM license_seats s WHERE s.id = $1`, [id]);
  return (await withLicenses(db, found))[0];
}

export async function insertSeat(db: Sql, seat: { licenseId: string; employeeId: string; assignedOn: string; assignedBy: string }): Promise<string> {
  const row = await firstRow<{ id: string }>(db, `INSERT INTO license_seats (license_id, employee_id, assigned_on, assigned_by) VALUES ($1, $2, $3, $4) RETURNING id`, [
    seat.licenseId,
    seat.employeeId,
    seat.assignedOn,
    seat.assignedBy,
  ]);
  return row!.id;
}

export async function releaseSeat(db: Sql, seatId: string, release: { releasedOn: string; releasedBy: string }): Promise<void> {
  await db.query(`UPDATE license_seats SET released_on = $2, released_by = $3 WHERE id = $1`, [seatId, release.releasedOn, release.releasedBy]);
}

// The seats held now by each of these employees, or of each of these licences; oldest first.
export async function heldSeats(db: Sql, of: 'employee_id' | 'license_id', ids: readonly string[]): Promise<LicenseSeatRecord[]> {
  const found = await rows<SeatRow>(
    db,
    `SELECT ${SEAT_COLUMNS}, s.license_id AS "licenseId" FROM license_seats s WHERE s.${of} = ANY($1::uuid[]) AND s.released_on IS NULL ORDER BY s.${of}, s.assigned_on, s.created_at`,
    [uuidsOnly(ids)],
  );
  return withLicenses(db, found);
}
