import { recordAudit } from '@backoffice/platform/audit';
import { Refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { HrModules } from '../../hr-modules';
import { holidayInput } from '../leave.inputs';
import * as leave from '../leave.repository';

// A company holiday: leave requested from now on does not count it.
export async function addHoliday({ dataSource }: HrModules, input: unknown, metadata: EventMetadata) {
  const holiday = parseInput(holidayInput, input);
  return dataSource.transaction(async (tx) => {
    if (!(await leave.insertHoliday(tx, holiday.date, holiday.name))) {
      throw new Refused(`${holiday.date} is already a holiday.`, [{ field: 'input.date', message: 'already a holiday' }]);
    }
    await recordAudit(tx, { actor: metadata.actor, action: 'holiday.added', entityType: 'holiday', entityId: holiday.date, changes: holiday, correlationId: metadata.correlationId });
    return holiday;
  });
}
