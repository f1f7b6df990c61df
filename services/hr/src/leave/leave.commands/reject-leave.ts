import type { Principal } from '@backoffice/platform/identity';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { leaveRejected } from '@backoffice/events/hr-events';
import { recordAudit } from '../../audit-log';
import type { HrModules } from '../../hr-modules';
import { leaveDecisionReason } from '../leave.inputs';
import type { LeaveRequestRecord } from '../leave.record';
import * as leave from '../leave.repository';
import { alreadyDecided, decideLeave, leaveEventData } from '../leave.rules';

// A rejection, with the reason the employee is told; it books nothing.
export async function rejectLeave({ dataSource }: HrModules, id: string, reason: string, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
  const why = parseInput(leaveDecisionReason, reason, 'reason');
  return decideLeave(dataSource, id, principal, async (tx) => {
    const rejected = await leave.transition(tx, id, 'PENDING', { status: 'REJECTED', decidedBy: metadata.actor, decisionReason: why });
    if (!rejected) throw await alreadyDecided(tx, id, null);
    await recordAudit(tx, { actor: metadata.actor, action: 'leave.rejected', entityType: 'leave_request', entityId: id, changes: { reason: why }, correlationId: metadata.correlationId });
    await recordEvent(tx, leaveRejected, { ...leaveEventData(rejected), decidedBy: principal.employeeId }, metadata);
    return rejected;
  });
}

