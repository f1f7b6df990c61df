import { licenseSeatReleased } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import { NotFound, refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { seatInput } from '../license.inputs';
import type { LicenseSeatRecord } from '../license.record';
import * as licenses from '../license.repository';

// Frees the employee's seat (today unless said; never ahead, never before it was given). Under the licence's lock, like assignSeat: a release and an
// assignment of one licence take turns.
export async function releaseSeat({ dataSource, clock }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<LicenseSeatRecord> {
  const input = parseInput(seatInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const license = await licenses.lockLicense(tx, input.licenseId);
    if (!license) throw new NotFound('License', input.licenseId);
    const seat = await licenses.heldSeat(tx, license.id, input.employeeId);
    if (!seat) throw refused('The employee holds no seat of this licence', [{ field: 'input.employeeId', message: `holds no seat of ${license.product}` }]);
    const today = clock.today();
    const on = input.on ?? today;
    if (on > today || on < seat.assignedOn) throw refused('The date does not fit the seat', [{ field: 'input.on', message: `must be between ${seat.assignedOn}, when the seat was given, and today (${today})` }]);
    await licenses.releaseSeat(tx, seat.id, { releasedOn: on, releasedBy: metadata.actor });
    await licenses.touchLicense(tx, license.id);
    await recordAudit(tx, { actor: metadata.actor, action: 'license.seat-released', entityType: 'license', entityId: license.id, changes: { employeeId: input.employeeId, seatId: seat.id }, correlationId: metadata.correlationId });
    await recordEvent(tx, licenseSeatReleased, { licenseId: license.id, product: license.product, vendor: license.vendor, employeeId: input.employeeId, seatsUsed: license.seatsUsed - 1, seats: license.seats }, metadata);
    return (await licenses.seatById(tx, seat.id))!;
  });
}
