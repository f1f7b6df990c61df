import type { DataSource, EntityManager } from 'typeorm';
import { Conflict, NotFound, refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import type { Principal } from '@backoffice/platform/identity';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { Sql } from '@backoffice/platform/sql';
import { leaveCancelled, leaveShortened } from '@backoffice/events/hr-events';
import { hrPolicy } from '../access/policy';
import { requireSecondPerson } from '../access/separation-of-duties';
import { recordAudit } from '../audit-log';
import { addDays } from '../dates';
import { accessSubject } from '../access/line-manager';
import { employeeById } from '../employees/employee.queries';
import type { LeaveRequestRecord } from './leave.record';
import * as leave from './leave.repository';
import { countWorkingDays, isWorkingDay } from './working-days.rules';

// Rules the leave commands share. Everything that books or returns one employee's days runs
// under that employee's lock (leave.repository's lockEmployeeLeave), so checks see every
// earlier booking, in any replica.

export type LeavePolicy = { hrApprovalAboveDays: number };

// Days are kept in half-day steps and written with one decimal: "2.5", "10.0".
export const formatDays = (days: number) => days.toFixed(1);

export async function loadLeaveRequest(db: Sql, id: string): Promise<LeaveRequestRecord> {
  const [request] = await leave.findLeaveRequests(db, [id]);
  if (!request) throw new NotFound('Leave request', id);
  return request;
}

// Why a conditional transition changed nothing: a stale version, or a decision already taken.
export async function alreadyDecided(db: Sql, id: string, expectedVersion: number | null | undefined): Promise<Conflict> {
  const current = await loadLeaveRequest(db, id);
  if (expectedVersion != null && current.version !== expectedVersion) {
    return new Conflict(`The request changed since you read it (version ${expectedVersion}, now ${current.version}); reload it.`, { expectedVersion, currentVersion: current.version });
  }
  return new Conflict(`This request is already ${current.status.toLowerCase()}; a decision happens once.`, { status: current.status });
}

// What every leave event says: the period with its half days, the working days and whether
// they are unpaid (payroll reads these). Not the leave type: analysts read hr.leave.v1.
export function leaveEventData(request: LeaveRequestRecord) {
  return {
    leaveRequestId: request.id,
    employeeId: request.employeeId,
    startDate: request.startDate,
    endDate: request.endDate,
    startHalfDay: request.startHalfDay,
    endHalfDay: request.endHalfDay,
    days: request.days,
    unpaid: request.unpaid,
  };
}

// The note termination writes on the leave it settles, so withdrawing the termination can
// find that leave again.
export const settledAtTermination = (lastDay: string) => `the employee leaves on ${lastDay}`;

// Cancels a pending or approved request, returning approved days to the balance. Undefined
// when the request is no longer in the status it was read in.
export async function withdraw(tx: EntityManager, request: LeaveRequestRecord, reason: string | null, metadata: EventMetadata): Promise<LeaveRequestRecord | undefined> {
  const cancelled = await leave.transition(tx, request.id, request.status, { status: 'CANCELLED', decidedBy: metadata.actor, decisionReason: reason });
  if (!cancelled) return undefined;
  if (request.status === 'APPROVED') {
    await leave.insertLedgerEntry(tx, {
      employeeId: request.employeeId, leaveType: request.leaveType, year: Number(request.startDate.slice(0, 4)), entryType: 'RETURNED',
      days: request.days, leaveRequestId: request.id, note: reason, actor: metadata.actor,
    });
  }
  await recordAudit(tx, { actor: metadata.actor, action: 'leave.cancelled', entityType: 'leave_request', entityId: request.id, changes: { from: request.status }, correlationId: metadata.correlationId });
  await recordEvent(tx, leaveCancelled, leaveEventData(cancelled), metadata);
  return cancelled;
}

// The employee module's termination hook, in the termination's own transaction:
// - leave booked after the last day is withdrawn and its days returned;
// - a still-pending request that runs past the last day is withdrawn (it could no longer be
//   approved as it stands);
// - approved leave that starts by the last day and runs past it is cut back to end on the
//   last day, and the working days after it come back to the balance.
export async function settleLeaveAtLastDay(tx: EntityManager, { employeeId, lastDay }: { employeeId: string; lastDay: string }, metadata: EventMetadata): Promise<void> {
  await leave.lockEmployeeLeave(tx, employeeId);
  const open = await leave.openRequestsOverlapping(tx, employeeId, addDays(lastDay, 1), '9999-12-31');
  const reason = settledAtTermination(lastDay);
  for (const request of open) {
    const kept = request.status === 'APPROVED' && request.startDate <= lastDay ? await daysUntil(tx, request, lastDay) : 0;
    if (kept > 0) await shortenToLastDay(tx, request, lastDay, kept, reason, metadata);
    else await withdraw(tx, request, reason, metadata);
  }
}

// The leave requests a termination on `lastDay` withdrew or shortened.
export async function leaveSettledAtLastDay(tx: EntityManager, { employeeId, lastDay }: { employeeId: string; lastDay: string }): Promise<string[]> {
  return leave.requestsSettledWith(tx, employeeId, settledAtTermination(lastDay));
}

// Working days of the leave up to and including the last day. A holiday added since the
// approval may fall on a half-day start: that day then counts nothing, like any holiday.
async function daysUntil(tx: EntityManager, request: LeaveRequestRecord, lastDay: string): Promise<number> {
  const holidays = new Set((await leave.holidaysBetween(tx, request.startDate, lastDay)).map((h) => h.date));
  const startHalfDay = request.startHalfDay && isWorkingDay(request.startDate, holidays);
  const count = countWorkingDays({ startDate: request.startDate, endDate: lastDay, startHalfDay, endHalfDay: false }, holidays);
  return count.problems.length ? 0 : count.days;
}

async function shortenToLastDay(tx: EntityManager, request: LeaveRequestRecord, lastDay: string, days: number, reason: string, metadata: EventMetadata): Promise<void> {
  const shortened = await leave.shortenApproved(tx, request.id, lastDay, formatDays(days));
  if (!shortened) return;
  const returned = formatDays(Number(request.days) - days);
  if (Number(returned) > 0) {
    await leave.insertLedgerEntry(tx, {
      employeeId: request.employeeId, leaveType: request.leaveType, year: Number(request.startDate.slice(0, 4)), entryType: 'SHORTENED',
      days: returned, leaveRequestId: request.id, note: reason, actor: metadata.actor,
    });
  }
  const changes = { endDate: { from: request.endDate, to: lastDay }, days: { from: request.days, to: shortened.days } };
  await recordAudit(tx, { actor: metadata.actor, action: 'leave.shortened', entityType: 'leave_request', entityId: request.id, changes, correlationId: metadata.correlationId });
  await recordEvent(tx, leaveShortened, { ...leaveEventData(shortened), previousEndDate: request.endDate, previousDays: request.days, daysReturned: returned }, metadata);
}

// Who decides: HR and MANAGER may decide any request outright (the "leave.decide" permission
// by role); the line manager decides their reports' leave, and above the policy's days HR
// decides as well. Nobody decides their own. A decision happens once: of two concurrent
// approvals, exactly one changes the request.
export type DecidingAs = 'hr-or-manager' | 'line-manager';

export async function decideLeave(
  dataSource: DataSource,
  id: string,
  principal: Principal,
  work: (tx: EntityManager, request: LeaveRequestRecord, decidingAs: DecidingAs) => Promise<LeaveRequestRecord>,
): Promise<LeaveRequestRecord> {
  return dataSource.transaction(async (tx) => {
    const first = await loadLeaveRequest(tx, id);
    await leave.lockEmployeeLeave(tx, first.employeeId);
    const request = await loadLeaveRequest(tx, id);
    requireSecondPerson(principal.employeeId, request.employeeId, 'decideOwnLeave');
    const employee = await employeeById(tx, request.employeeId);
    const subject = await accessSubject(employee, request.employeeId, (employeeId) => employeeById(tx, employeeId));
    if (!hrPolicy.canFor(principal, 'leave.decide', subject)) throw hrPolicy.refusal('leave.decide');
    const decidingAs: DecidingAs = hrPolicy.can(principal, 'leave.decide') ? 'hr-or-manager' : 'line-manager';
    if (request.status !== 'PENDING') throw new Conflict(`This request is already ${request.status.toLowerCase()}; a decision happens once.`, { status: request.status });
    return work(tx, request, decidingAs);
  });
}

// Allocations and adjustments name an existing employee and leave type, or are refused.
export async function requireEmployeeAndLeaveType(db: Sql, employeeId: string, leaveType: string): Promise<void> {
  const problems: FieldProblem[] = [];
  if (!(await employeeById(db, employeeId))) problems.push({ field: 'input.employeeId', message: 'no such employee' });
  if (!(await leave.leaveTypes(db)).some((t) => t.code === leaveType)) problems.push({ field: 'input.leaveType', message: 'unknown leave type' });
  if (problems.length) throw refused('The balance cannot be changed', problems);
}
