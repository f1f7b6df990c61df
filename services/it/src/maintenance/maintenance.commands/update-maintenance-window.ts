import { recordAudit } from '@backoffice/platform/audit';
import { NotFound, refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { updateMaintenanceWindowInput } from '../maintenance.inputs';
import type { MaintenanceWindowRecord } from '../maintenance.record';
import * as windows from '../maintenance.repository';
import { requireWindowChange } from '../maintenance.rules';

// Moves a window, changes its impact or its status; a move is checked for overlaps like a new plan.
export async function updateMaintenanceWindow({ dataSource }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<MaintenanceWindowRecord> {
  const input = parseInput(updateMaintenanceWindowInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const found = await windows.lockWindow(tx, input.windowId);
    if (!found) throw new NotFound('Maintenance window', input.windowId);
    await windows.lockSystemCalendar(tx, found.system);
    const reschedules = Boolean(input.startsAt || input.endsAt || input.impact);
    requireWindowChange(found, input.expectedVersion, input.status, reschedules);
    const startsAt = input.startsAt ? new Date(input.startsAt) : found.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : found.endsAt;
    if (endsAt <= startsAt) throw refused('The window ends before it starts', [{ field: input.endsAt ? 'input.endsAt' : 'input.startsAt', message: `must leave the window ending after it starts (${startsAt.toISOString()} to ${endsAt.toISOString()})` }]);
    if ((input.startsAt || input.endsAt) && input.status !== 'CANCELLED') {
      const clash = await windows.overlapping(tx, found.system, startsAt, endsAt, found.id);
      if (clash) throw refused('It overlaps another window', [{ field: 'input.startsAt', message: `overlaps "${clash.title}" on ${found.system} (${clash.startsAt.toISOString()} to ${clash.endsAt.toISOString()}): move one of them` }]);
    }
    const updated = await windows.updateWindow(tx, found.id, {
      ...(input.startsAt ? { startsAt } : {}),
      ...(input.endsAt ? { endsAt } : {}),
      ...(input.impact ? { impact: input.impact } : {}),
      ...(input.status ? { status: input.status } : {}),
    });
    await recordAudit(tx, { actor: metadata.actor, action: 'maintenance.updated', entityType: 'maintenance_window', entityId: found.id, changes: { from: { startsAt: found.startsAt, endsAt: found.endsAt, impact: found.impact, status: found.status }, to: { startsAt: updated.startsAt, endsAt: updated.endsAt, impact: updated.impact, status: updated.status } }, correlationId: metadata.correlationId });
    return updated;
  });
}
