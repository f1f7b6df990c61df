import type { EntityManager } from 'typeorm';
import { recordAudit } from '@backoffice/platform/audit';
import { Conflict, Forbidden } from '@backoffice/platform/domain-errors';
import type { Principal } from '@backoffice/platform/identity';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { leaveApproved, leaveRejected } from '@backoffice/events/hr-events';
import { hrPolicy } from '../../access/policy';
import { employeeById } from '../../employees/employee.queries';
import type { HrModules } from '../../hr-modules';
import { leaveDecisionReason } from '../leave.inputs';
import type { LeaveRequestRecord } from '../leave.record';
import * as leave from '../leave.repository';
import { alreadyDecided, leaveEventData, loadLeaveRequest } from '../leave.rules';

// Who decides: HR and MANAGER may decide any request outright (the "leave.decide" permission
// by role); the line manager decides their reports' leave, and above the policy's days HR
// decides as well. Nobody decides their own. A decision happens once: of two concurrent
// approvals, exactly one changes the request.
type DecidingAs = 'hr-or-manager' | 'line-manager';

export async function approveLeave({ dataSource }: HrModules, id: string, expectedVersion: number | null | undefined, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
  return decide(dataSource, id, principal, async (tx, request, decidingAs) => {
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

export async function rejectLeave({ dataSource }: HrModules, id: string, reason: string, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
  const why = parseInput(leaveDecisionReason, reason, 'reason');
  return decide(dataSource, id, principal, async (tx) => {
    const rejected = await leave.transition(tx, id, 'PENDING', { status: 'REJECTED', decidedBy: metadata.actor, decisionReason: why });
    if (!rejected) throw await alreadyDecided(tx, id, null);
    await recordAudit(tx, { actor: metadata.actor, action: 'leave.rejected', entityType: 'leave_request', entityId: id, changes: { reason: why }, correlationId: metadata.correlationId });
    await recordEvent(tx, leaveRejected, { ...leaveEventData(rejected), decidedBy: principal.employeeId, reason: why }, metadata);
    return rejected;
  });
}

async function decide(
  dataSource: HrModules['dataSource'],
  id: string,
  principal: Principal,
  work: (tx: EntityManager, request: LeaveRequestRecord, decidingAs: DecidingAs) => Promise<LeaveRequestRecord>,
): Promise<LeaveRequestRecord> {
  return dataSource.transaction(async (tx) => {
    const first = await loadLeaveRequest(tx, id);
    await leave.lockEmployeeLeave(tx, first.employeeId);
    const request = await loadLeaveRequest(tx, id);
    if (principal.employeeId === request.employeeId) throw new Forbidden('Nobody decides their own leave.');
    const employee = await employeeById(tx, request.employeeId);
    const subject = { employeeId: request.employeeId, managerId: employee?.managerId };
    if (!hrPolicy.canFor(principal, 'leave.decide', subject)) throw hrPolicy.refusal('leave.decide');
    const decidingAs: DecidingAs = hrPolicy.can(principal, 'leave.decide') ? 'hr-or-manager' : 'line-manager';
    if (request.status !== 'PENDING') throw new Conflict(`This request is already ${request.status.toLowerCase()}; a decision happens once.`, { status: request.status });
    return work(tx, request, decidingAs);
  });
}
