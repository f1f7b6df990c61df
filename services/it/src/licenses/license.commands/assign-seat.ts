import { licenseSeatAssigned } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import { Conflict, NotFound, refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employedOn } from '@backoffice/workforce/workforce.queries';
import type { ItModules } from '../../it-modules';
import { seatInput } from '../license.inputs';
import type { LicenseSeatRecord } from '../license.record';
import * as licenses from '../license.repository';

// A seat for someone employed on the day it is given (today unless said; never ahead). The licence row is locked while seats are counted, so of two
// callers asking for the last seat one gets it and the other a CONFLICT saying none is free.
export async function assignSeat({ dataSource, clock }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<LicenseSeatRecord> {
  const input = parseInput(seatInput, rawInput);
  const today = clock.today();
  const on = input.on ?? today;
  if (on > today) throw refused('The date is in the future', [{ field: 'input.on', message: `must be today (${today}) or earlier: give a seat when it is given` }]);
  return dataSource.transaction(async (tx) => {
    const license = await licenses.lockLicense(tx, input.licenseId);
    if (!license) throw new NotFound('License', input.licenseId);
    if (await licenses.heldSeat(tx, license.id, input.employeeId)) throw new Conflict(`${input.employeeId} already holds a seat of ${license.product}.`, { licenseId: license.id, employeeId: input.employeeId });
    if (license.seatsUsed >= license.seats) {
      throw new Conflict(`No seat of ${license.product} is free: all ${license.seats} are in use. Release one, or renew the licence with more seats.`, { seats: license.seats, seatsUsed: license.seatsUsed });
    }
    if (!(await employedOn(tx, input.employeeId, on))) throw refused('The employee is not employed on that date', [{ field: 'input.employeeId', message: `is not employed on ${on} as far as IT knows` }]);
    const seatId = await licenses.insertSeat(tx, { licenseId: license.id, employeeId: input.employeeId, assignedOn: on, assignedBy: metadata.actor });
    await licenses.touchLicense(tx, license.id);
    await recordAudit(tx, { actor: metadata.actor, action: 'license.seat-assigned', entityType: 'license', entityId: license.id, changes: { employeeId: input.employeeId, seatId }, correlationId: metadata.correlationId });
    await recordEvent(tx, licenseSeatAssigned, { licenseId: license.id, product: license.product, vendor: license.vendor, employeeId: input.employeeId, seatsUsed: license.seatsUsed + 1, seats: license.seats }, metadata);
    return (await licenses.seatById(tx, seatId))!;
  });
}
