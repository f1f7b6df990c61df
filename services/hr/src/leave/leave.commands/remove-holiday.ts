import { Refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { holidayRemoved } from '@backoffice/events/hr-events';
import { recordAudit } from '../../audit-log';
import { isoDate } from '../../dates';
import type { HrModules } from '../../hr-modules';
import * as leave from '../leave.repository';

// The date is a working day again for leave requested from now on; leave already requested
// keeps its day count (as when a holiday is added).
export async function removeHoliday({ dataSource, clock }: HrModules, date: string, metadata: EventMetadata) {
  const day = parseInput(isoDate, date, 'date');
  return dataSource.transaction(async (tx) => {
    await leave.lockCalendar(tx);
    const removed = await leave.deleteHoliday(tx, day);
    if (!removed) throw new Refused(`${day} is not a holiday.`, [{ field: 'date', message: 'not a holiday' }]);
    await recordAudit(tx, { actor: metadata.actor, action: 'holiday.removed', entityType: 'holiday', entityId: day, changes: removed, correlationId: metadata.correlationId });
    await recordEvent(tx, holidayRemoved, { date: day, timeZone: clock.timeZone }, metadata);
    return removed;
  });
}
