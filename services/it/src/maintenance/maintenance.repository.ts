import { firstRow, lockNamed, rows, setClause, SqlParams, type Sql } from '@backoffice/platform/sql';
import type { MaintenanceImpact, MaintenanceStatus, MaintenanceWindowRecord } from './maintenance.record';

// The only code that knows how maintenance windows are stored.

const COLUMNS = `id, system, title, starts_at AS "startsAt", ends_at AS "endsAt", impact, status, planned_by AS "plannedBy", version, created_at AS "createdAt", updated_at AS "updatedAt"`;

// Windows of one system are planned one at a time, so two overlapping plans cannot both pass the check.
export function lockSystemCalendar(tx: Sql, system: string): Promise<void> {
  return lockNamed(tx, `maintenance:${system}`);
}

export function lockWindow(db: Sql, id: string): Promise<MaintenanceWindowRecord | undefined> {
  return firstRow<MaintenanceWindowRecord>(db, `SELECT ${COLUMNS} FROM maintenance_windows WHERE id = $1 FOR UPDATE`, [id]);
}

// A window of the system that is not cancelled and overlaps [startsAt, endsAt), other than `except`.
export function overlapping(db: Sql, system: string, startsAt: Date, endsAt: Date, except: string | null): Promise<MaintenanceWindowRecord | undefined> {
  return firstRow<MaintenanceWindowRecord>(
    db,
    `SELECT ${COLUMNS} FROM maintenance_windows WHERE system = $1 AND status <> 'CANCELLED' AND starts_at < $3 AND ends_at > $2 AND ($4::uuid IS NULL OR id <> $4) ORDER BY starts_at LIMIT 1`,
    [system, startsAt, endsAt, except],
  );
}

export async function insertWindow(db: Sql, window: { system: string; title: string; startsAt: Date; endsAt: Date; impact: MaintenanceImpact; plannedBy: string }): Promise<MaintenanceWindowRecord> {
  return (await firstRow<MaintenanceWindowRecord>(
    db,
    `INSERT INTO maintenance_windows (system, title, starts_at, ends_at, impact, status, planned_by) VALUES ($1, $2, $3, $4, $5, 'PLANNED', $6) RETURNING ${COLUMNS}`,
    [window.system, window.title, window.startsAt, window.endsAt, window.impact, window.plannedBy],
  ))!;
}

export async function updateWindow(db: Sql, id: string, change: { startsAt?: Date; endsAt?: Date; impact?: MaintenanceImpact; status?: MaintenanceStatus }): Promise<MaintenanceWindowRecord> {
  const params = new SqlParams([id]);
  const sets = setClause(params, change, { startsAt: 'starts_at', endsAt: 'ends_at', impact: 'impact', status: 'status' });
  return (await firstRow<MaintenanceWindowRecord>(db, `UPDATE maintenance_windows SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`, params.values))!;
}

export function windowsBetween(db: Sql, from: Date, to: Date, system: string | null): Promise<MaintenanceWindowRecord[]> {
  return rows<MaintenanceWindowRecord>(db, `SELECT ${COLUMNS} FROM maintenance_windows WHERE starts_at < $2 AND ends_at > $1 AND ($3::text IS NULL OR system = $3) ORDER BY starts_at, system`, [from, to, system]);
}
