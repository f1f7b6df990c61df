import type { Sql } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import { maintenanceRangeInput } from './maintenance.inputs';
import type { MaintenanceWindowRecord } from './maintenance.record';
import * as windows from './maintenance.repository';

const DAY_MS = 86_400_000;

// Windows overlapping [from, to): from now to 30 days ahead by default.
export function maintenanceWindows(db: Sql, args: { from?: string | null; to?: string | null; system?: string | null }, now: Date): Promise<MaintenanceWindowRecord[]> {
  const range = parseInput(maintenanceRangeInput, args, '');
  const from = range.from ? new Date(range.from) : now;
  const to = range.to ? new Date(range.to) : new Date(from.getTime() + 30 * DAY_MS);
  return windows.windowsBetween(db, from, to, range.system ?? null);
}
