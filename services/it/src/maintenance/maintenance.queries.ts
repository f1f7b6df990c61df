import { Refused } from '@backoffice/platform/domain-errors';
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
  // The input's refinement orders two given instants; a to in the past with no from would
  // otherwise list nothing, silently.
  if (to <= from) throw new Refused('The range ends before it starts.', [{ field: 'to', message: `must be after ${from.toISOString()} (now, as from is not given)` }]);
  return windows.windowsBetween(db, from, to, range.system ?? null);
}
