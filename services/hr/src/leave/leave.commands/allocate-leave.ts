import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { requireSecondPerson } from '../../access/separation-of-duties';
import { recordAudit } from '../../audit-log';
import type { HrModules } from '../../hr-modules';
import { allocateLeaveInput } from '../leave.inputs';
import * as leave from '../leave.repository';
import { requireEmployeeAndLeaveType, formatDays } from '../leave.rules';

// A year's allocation of a leave type: a new ledger entry, never an edit.
export async function allocateLeave({ dataSource }: HrModules, input: unknown, metadata: EventMetadata) {
  const allocation = parseInput(allocateLeaveInput, input);
  requireSecondPerson(metadata.actor, allocation.employeeId, 'allocateOwnLeave');
  return dataSource.transaction(async (tx) => {
    await leave.lockEmployeeLeave(tx, allocation.employeeId);
    await requireEmployeeAndLeaveType(tx, allocation.employeeId, allocation.leaveType);
    await leave.insertLedgerEntry(tx, { ...allocation, entryType: 'ALLOCATION', days: formatDays(allocation.days), leaveRequestId: null, note: allocation.note ?? null, actor: metadata.actor });
    await recordAudit(tx, { actor: metadata.actor, action: 'leave.allocated', entityType: 'employee', entityId: allocation.employeeId, changes: allocation, correlationId: metadata.correlationId });
    return leave.balances(tx, allocation.employeeId, allocation.year);
  });
}
