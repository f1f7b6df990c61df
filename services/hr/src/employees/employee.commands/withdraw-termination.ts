import { refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { terminationWithdrawn } from '@backoffice/events/hr-events';
import { requireSecondPerson } from '../../access/separation-of-duties';
import type { HrModules } from '../../hr-modules';
import { withdrawTerminationInput } from '../employee.inputs';
import type { WithdrawnTermination } from '../employee.record';
import { claimVersion, loadEmployee, recordEmployeeChange } from '../employee.rules';

// Takes back a recorded termination while the last day has not passed (on the last day itself
// the employee is still employed). What the termination settled stays as it is: leave it
// withdrew or shortened is returned so it can be requested again. The reason is HR's own
// (history and audit), never on the event.
export async function withdrawTermination({ dataSource, clock, employeeHooks }: HrModules, id: string, input: unknown, metadata: EventMetadata): Promise<WithdrawnTermination> {
  const withdrawal = parseInput(withdrawTerminationInput, input);
  requireSecondPerson(metadata.actor, id, 'withdrawOwnTermination');
  return dataSource.transaction(async (tx) => {
    const record = await loadEmployee(tx, id);
    const lastDay = record.terminationDate;
    const problems: FieldProblem[] = [];
    if (!lastDay) problems.push({ field: 'id', message: 'no termination is recorded for this employee' });
    else if (lastDay < clock.today()) problems.push({ field: 'id', message: `the last day ${lastDay} has passed; rehire them instead` });
    if (problems.length || !lastDay) throw refused('The termination cannot be withdrawn', problems);
    const fields = { terminationDate: null, terminationReason: null };
    await claimVersion(tx, id, withdrawal.version ?? record.version, fields);
    const changes = {
      terminationDate: { from: lastDay, to: null },
      terminationReason: { from: record.terminationReason, to: null },
      withdrawalReason: { from: null, to: withdrawal.reason },
    };
    await recordEmployeeChange(tx, id, 'terminationWithdrawn', changes, clock.today(), metadata);
    const settledLeaveRequestIds: string[] = [];
    for (const hook of employeeHooks.afterTerminationWithdrawn) settledLeaveRequestIds.push(...(await hook(tx, { employeeId: id, lastDay })));
    await recordEvent(tx, terminationWithdrawn, { employeeId: id, withdrawnTerminationDate: lastDay }, metadata);
    for (const hook of employeeHooks.withdrawn) await hook(tx, { employeeId: id, lastDay }, metadata);
    return { employee: await loadEmployee(tx, id), settledLeaveRequestIds };
  });
}
