import { addDays } from '../dates';
import type { Sql } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import { expiringWithinDaysInput } from './license.inputs';
import type { LicenseRecord, LicenseSeatRecord } from './license.record';
import * as licenses from './license.repository';

export function licenseList(db: Sql, expiringWithinDays: number | null | undefined, today: string): Promise<LicenseRecord[]> {
  const days = parseInput(expiringWithinDaysInput, expiringWithinDays, 'expiringWithinDays');
  return licenses.listLicenses(db, days == null ? null : addDays(today, days));
}

// Loader batches: each in the order asked.

export async function licensesInOrder(db: Sql, ids: readonly string[]): Promise<Array<LicenseRecord | null>> {
  const found = new Map((await licenses.licensesByIds(db, ids)).map((license) => [license.id, license]));
  return ids.map((id) => found.get(id) ?? null);
}

export async function seatsOfHoldersInOrder(db: Sql, employeeIds: readonly string[]): Promise<LicenseSeatRecord[][]> {
  const found = await licenses.heldSeats(db, 'employee_id', employeeIds);
  return employeeIds.map((id) => found.filter((seat) => seat.employeeId === id));
}

export async function seatsOfLicensesInOrder(db: Sql, licenseIds: readonly string[]): Promise<LicenseSeatRecord[][]> {
  const found = await licenses.heldSeats(db, 'license_id', licenseIds);
  return licenseIds.map((id) => found.filter((seat) => seat.license.id === id));
}
