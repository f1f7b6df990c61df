import { Conflict, Refused } from '@backoffice/platform/domain-errors';
import type { Principal } from '@backoffice/platform/identity';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { hrPolicy } from '../../access/policy';
import type { HrModules } from '../../hr-modules';
import { leaveDecisionReason } from '../leave.inputs';
import type { LeaveRequestRecord } from '../leave.record';
import * as leave from '../leave.repository';
import { alreadyDecided, loadLeaveRequest, withdraw } from '../leave.rules';

// Pending requests can always be withdrawn; approved ones until the leave starts, and the
// days come back to the balance.
export async function cancelLeave({ dataSource, clock }: HrModules, id: string, reason: string | null | undefined, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
  const why = reason == null ? null : parseInput(leaveDecisionReason, reason, 'reason');
  return dataSource.transaction(async (tx) => {
    const before = await loadLeaveRequest(tx, id);
    hrPolicy.requireFor(principal, 'leave.cancel', { employeeId: before.employeeId });
    await leave.lockEmployeeLeave(tx, before.employeeId);
    const request = await loadLeaveRequest(tx, id);
    if (request.status === 'APPROVED' && request.startDate <= clock.today()) {
      throw new Refused(`This leave started on ${request.startDate}; it can no longer be cancelled. Ask HR for an adjustment.`, [{ field: 'id', message: 'leave already started' }]);
    }
    if (request.status !== 'PENDING' && request.status !== 'APPROVED') throw new Conflict(`This request is already ${request.status.toLowerCase()}.`, { status: request.status });
    const cancelled = await withdraw(tx, request, why, metadata);
    if (!cancelled) throw await alreadyDecided(tx, id, null);
    return cancelled;
  });
}
