import { recordAudit } from '@backoffice/platform/audit';
import { refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { systemsByCodes } from '../../systems/system.queries';
import { scheduleMaintenanceInput } from '../maintenance.inputs';
import type { MaintenanceWindowRecord } from '../maintenance.record';
import * as windows from '../maintenance.repository';

// Plans maintenance of a system of the catalogue. Windows of one system never overlap (cancelled
// ones aside): the system's calendar is locked while the new one is checked and written.
export async function scheduleMaintenance({ dataSource }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<MaintenanceWindowRecord> {
  const input = parseInput(scheduleMaintenanceInput, rawInput);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  return dataSource.transaction(async (tx) => {
    if (!(await systemsByCodes(tx, [input.system])).length) throw refused('No such system', [{ field: 'input.system', message: 'is not a system in IT\'s catalogue (query systems)' }]);
    await windows.lockSystemCalendar(tx, input.system);
    const clash = await windows.overlapping(tx, input.system, startsAt, endsAt, null);
    if (clash) throw refused('It overlaps another window', [{ field: 'input.startsAt', message: `overlaps "${clash.title}" on ${input.system} (${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}): move one of them` }]);
    const window = await windows.insertWindow(tx, { system: input.system, title: input.title, startsAt, endsAt, impact: input.impact, plannedBy: metadata.actor });
    await recordAudit(tx, { actor: metadata.actor, action: 'maintenance.scheduled', entityType: 'maintenance_window', entityId: window.id, changes: { system: input.system, startsAt: input.startsAt, endsAt: input.endsAt, impact: input.impact }, correlationId: metadata.correlationId });
    return window;
  });
}
