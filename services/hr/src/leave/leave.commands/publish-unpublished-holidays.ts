import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import { holidayAdded } from '@backoffice/events/hr-events';
import { recordEvent } from '@backoffice/platform/outbox';
import type { HrModules } from '../../hr-modules';
import * as leave from '../leave.repository';

// Holidays recorded before hr.calendar.v1 existed were never published: publish each once (a
// holiday with any calendar event is skipped), so a replay of the topic from offset 0 has the
// whole calendar. Under the calendar lock, so it cannot interleave with an addition or removal.
export async function publishUnpublishedHolidays({ dataSource, clock }: Pick<HrModules, 'dataSource' | 'clock'>, correlationId: string): Promise<number> {
  return dataSource.transaction(async (tx) => {
    await leave.lockCalendar(tx);
    const unpublished = await leave.holidaysNeverPublished(tx);
    for (const holiday of unpublished) {
      await recordEvent(tx, holidayAdded, { date: holiday.date, name: holiday.name, timeZone: clock.timeZone }, { actor: SYSTEM_ACTOR, correlationId });
    }
    return unpublished.length;
  });
}
