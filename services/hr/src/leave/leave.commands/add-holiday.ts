import { Refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { holidayAdded } from '@backoffice/events/hr-events';
import { recordAudit } from '../../audit-log';
import type { HrModules } from '../../hr-modules';
import { holidayInput } from '../leave.inputs';
import * as leave from '../leave.repository';

// A company holiday: leave requested from now on does not count it, and the other departments
// hear of it on hr.calendar.v1 (with the company's time zone, in which it is a whole day).
export async function addHoliday({ dataSource, clock }: HrModules, input: unknown, metadata: EventMetadata) {
  const holiday = parseInput(holidayInput, input);
  return dataSource.transaction(async (tx) => {
    await leave.lockCalendar(tx);
    if (!(await leave.insertHoliday(tx, holiday.date, holiday.name))) {
      throw new Refused(`${holiday.date} is already a holiday.`, [{ field: 'input.date', message: 'already a holiday' }]);
    }
    await recordAudit(tx, { actor: metadata.actor, action: 'holiday.added', entityType: 'holiday', entityId: holiday.date, changes: holiday, correlationId: metadata.correlationId });
    await recordEvent(tx, holidayAdded, { date: holiday.date, name: holiday.name, timeZone: clock.timeZone }, metadata);
    return holiday;
  });
}
