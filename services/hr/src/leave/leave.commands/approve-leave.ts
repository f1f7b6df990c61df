import { Conflict } from '@backoffice/platform/domain-errors';
import type { Principal } from '@backoffice/platform/identity';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { leaveApproved } from '@backoffice/events/hr-events';
import { recordAudit } from '../../audit-log';
import type { HrModules } from '../../hr-modules';
import type { LeaveRequestRecord } from '../leave.record';
import * as leave from '../leave.repository';
import { alreadyDecided, decideLeave, leaveEventData } from '../leave.rules';

// The line manager's approval, or HR's: long leave the line manager approved first waits for
// HR; HR and MANAGER approve outright. The days are taken from the balance once.
export async function approveLeave({ dataSource }: HrModules, id: string, expectedVersion: number | null | undefined, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
  return decideLeave(dataSource, id, principal, async (tx, request, decidingAs) => {
    const final = decidingAs === 'hr-or-manager' || !request.needsHrApproval;
    if (!final) {
      if (request.managerApprovedBy) throw new Conflict('The line manager has already approved this request; it now waits for HR.', { status: request.status });
      const stepped = await leave.transition(tx, id, 'PENDING', { status: 'PENDING', managerApprovedBy: principal.employeeId, expectedVersion });
      if (!stepped) throw await alreadyDecided(tx, id, expectedVersion);
      await recordAudit(tx, { actor: metadata.actor, action: 'leave.manager-approved', entityType: 'leave_request', entityId: id, changes: {}, correlationId: metadata.correlationId });
      return stepped;
    }
    const approved = await leave.transition(tx, id, 'PENDING', {
      status: 'APPROVED',
      decidedBy: metadata.actor,
      managerApprovedBy: decidingAs === 'line-manager' && !request.managerApprovedBy ? principal.employeeId : null,
      expectedVersion,
    });
    if (!approved) throw await alreadyDecided(tx, id, expectedVersion);
    await leave.insertLedgerEntry(tx, {
      employeeId: approved.employeeId, leaveType: approved.leaveType, year: Number(approved.startDate.slice(0, 4)), entryType: 'TAKEN',
      days: `-${approved.days}`, leaveRequestId: id, note: null, actor: metadata.actor,
    });
    await recordAudit(tx, { actor: metadata.actor, action: 'leave.approved', entityType: 'leave_request', entityId: id, changes: {}, correlationId: metadata.correlationId });
    await recordEvent(tx, leaveApproved, { ...leaveEventData(approved), decidedBy: principal.employeeId }, metadata);
    return approved;
  });
}

