import type { EntityManager } from 'typeorm';
import { licenseSeatReleased } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import * as licenses from './license.repository';

// What other IT modules may ask of licences inside their own transaction, so it commits or rolls
// back with their change.

// A leaver's seats, all freed on their last day (the leaver's access change): each licence locked
// in turn, as releaseSeat does. Returns how many.
export async function releaseSeatsOf(tx: EntityManager, employeeId: string, lastDay: string, metadata: EventMetadata): Promise<number> {
  const held = await licenses.heldSeats(tx, 'employee_id', [employeeId]);
  for (const seat of held) {
    const license = (await licenses.lockLicense(tx, seat.license.id))!;
    // Never before it was given (a seat given after the last day is freed the day it was given).
    const on = seat.assignedOn > lastDay ? seat.assignedOn : lastDay;
    await licenses.releaseSeat(tx, seat.id, { releasedOn: on, releasedBy: metadata.actor });
    await licenses.touchLicense(tx, license.id);
    await recordAudit(tx, { actor: metadata.actor, action: 'license.seat-released', entityType: 'license', entityId: license.id, changes: { employeeId, seatId: seat.id, leaver: true }, correlationId: metadata.correlationId });
    await recordEvent(tx, licenseSeatReleased, { licenseId: license.id, product: license.product, vendor: license.vendor, employeeId, seatsUsed: license.seatsUsed - 1, seats: license.seats }, metadata);
  }
  return held.length;
}
