import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '@backoffice/platform/audit';
import { badUserInput, conflict, forbidden, notFound, refused, type FieldProblem } from '@backoffice/platform/errors';
import { hasAnyRole, isSelf, type Principal } from '@backoffice/platform/identity';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { pageSize, parseInput } from '@backoffice/platform/validation';
import { leaveApproved, leaveCancelled, leaveRejected, leaveRequested, leaveShortened } from '@backoffice/events/hr-events';
import { directReportsOf, findEmployee } from '../employees/employee.repository';
import { addDays, today } from '../dates';
import type { Sql } from '../sql';
import { adjustLeaveInput, allocateLeaveInput, holidayInput, leaveDecisionReason, leaveFilterInput, requestLeaveInput } from './leave.inputs';
import type { LeaveRequestRecord } from './leave.record';
import * as leave from './leave.repository';
import { countWorkingDays, isWorkingDay, periodsOverlap } from './working-days';

// Leave requests and the balance ledger. Everything that books or returns one employee's
// days runs under that employee's lock, so checks see every earlier booking, in any replica.

export type LeavePolicy = { hrApprovalAboveDays: number };

const half = (days: number) => days.toFixed(1);

export class LeaveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: LeavePolicy,
  ) {}

  async request(input: unknown, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
    const request = parseInput(requestLeaveInput, input);
    const employeeId = request.employeeId ?? principal.employeeId;
    if (!employeeId) throw badUserInput('Say whose leave this is: input.employeeId.', [{ field: 'input.employeeId', message: 'required when the caller is not an employee' }]);
    if (!isSelf(principal, employeeId) && !hasAnyRole(principal, 'HR', 'MANAGER')) throw forbidden('Employees request leave for themselves; HR and MANAGER may request for others.');
    return this.dataSource.transaction(async (tx) => {
      await leave.lockEmployeeLeave(tx, employeeId);
      const employee = await findEmployee(tx, employeeId);
      if (!employee) throw notFound('Employee', employeeId);
      const types = await leave.leaveTypes(tx);
      const type = types.find((t) => t.code === request.leaveType);
      const problems: FieldProblem[] = [];
      if (!type) problems.push({ field: 'input.leaveType', message: `unknown; use one of ${types.map((t) => t.code).join(', ')}` });
      if (request.startDate < employee.startDate) problems.push({ field: 'input.startDate', message: `is before the employee starts (${employee.startDate})` });
      if (employee.terminationDate && request.endDate > employee.terminationDate) problems.push({ field: 'input.endDate', message: `is after the employee's last day (${employee.terminationDate})` });
      const holidays = new Set((await leave.holidaysBetween(tx, request.startDate, request.endDate)).map((h) => h.date));
      const count = countWorkingDays(request, holidays);
      problems.push(...count.problems);
      if (!problems.length) {
        const clash = (await leave.openRequestsOverlapping(tx, employeeId, request.startDate, request.endDate)).find((other) => periodsOverlap(other, request));
        if (clash) problems.push({ field: 'input.startDate', message: `overlaps ${clash.status.toLowerCase()} leave ${clash.startDate} to ${clash.endDate}` });
      }
      if (!problems.length && type?.usesAllocation) {
        const year = Number(request.startDate.slice(0, 4));
        const balance = (await leave.balances(tx, employeeId, year)).find((b) => b.leaveType === type.code);
        const available = Number(balance?.available ?? 0);
        if (available < count.days) problems.push({ field: 'input', message: `needs ${half(count.days)} days of ${type.code} but only ${half(Math.max(available, 0))} are available in ${year}` });
      }
      if (problems.length) throw refused('The leave cannot be requested', problems);
      const id = await leave.insertLeaveRequest(tx, {
        employeeId, leaveType: type!.code, startDate: request.startDate, endDate: request.endDate, startHalfDay: request.startHalfDay,
        endHalfDay: request.endHalfDay, days: half(count.days), needsHrApproval: count.days > this.policy.hrApprovalAboveDays, requestedBy: metadata.actor,
      });
      const created = await this.load(tx, id);
      await recordAudit(tx, { actor: metadata.actor, action: 'leave.requested', entityType: 'leave_request', entityId: id, changes: { employeeId, ...request, days: created.days }, correlationId: metadata.correlationId });
      await recordEvent(tx, leaveRequested, eventData(created), metadata);
      return created;
    });
  }

  // The line manager decides; above the policy's days HR decides as well. HR and MANAGER
  // may decide any request outright. Nobody decides their own.
  async approve(id: string, expectedVersion: number | null | undefined, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
    return this.decide(id, principal, async (tx, request, role) => {
      const final = role === 'hr' || !request.needsHrApproval;
      if (!final) {
        if (request.managerApprovedBy) throw conflict('The line manager has already approved this request; it now waits for HR.', { status: request.status });
        const stepped = await leave.transition(tx, id, 'PENDING', { status: 'PENDING', managerApprovedBy: principal.employeeId, expectedVersion });
        if (!stepped) throw await this.alreadyDecided(tx, id, expectedVersion);
        await recordAudit(tx, { actor: metadata.actor, action: 'leave.manager-approved', entityType: 'leave_request', entityId: id, changes: {}, correlationId: metadata.correlationId });
        return stepped;
      }
      const approved = await leave.transition(tx, id, 'PENDING', {
        status: 'APPROVED',
        decidedBy: metadata.actor,
        managerApprovedBy: role === 'line-manager' && !request.managerApprovedBy ? principal.employeeId : null,
        expectedVersion,
      });
      if (!approved) throw await this.alreadyDecided(tx, id, expectedVersion);
      await leave.insertLedgerEntry(tx, {
        employeeId: approved.employeeId, leaveType: approved.leaveType, year: Number(approved.startDate.slice(0, 4)), entryType: 'TAKEN',
        days: `-${approved.days}`, leaveRequestId: id, note: null, actor: metadata.actor,
      });
      await recordAudit(tx, { actor: metadata.actor, action: 'leave.approved', entityType: 'leave_request', entityId: id, changes: {}, correlationId: metadata.correlationId });
      await recordEvent(tx, leaveApproved, { ...eventData(approved), decidedBy: principal.employeeId }, metadata);
      return approved;
    });
  }

  async reject(id: string, reason: string, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
    const why = parseInput(leaveDecisionReason, reason, 'reason');
    return this.decide(id, principal, async (tx) => {
      const rejected = await leave.transition(tx, id, 'PENDING', { status: 'REJECTED', decidedBy: metadata.actor, decisionReason: why });
      if (!rejected) throw await this.alreadyDecided(tx, id, null);
      await recordAudit(tx, { actor: metadata.actor, action: 'leave.rejected', entityType: 'leave_request', entityId: id, changes: { reason: why }, correlationId: metadata.correlationId });
      await recordEvent(tx, leaveRejected, { ...eventData(rejected), decidedBy: principal.employeeId, reason: why }, metadata);
      return rejected;
    });
  }

  // Pending requests can always be withdrawn; approved ones until the leave starts, and the
  // days come back to the balance.
  async cancel(id: string, reason: string | null | undefined, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
    const why = reason == null ? null : parseInput(leaveDecisionReason, reason, 'reason');
    return this.dataSource.transaction(async (tx) => {
      const before = await this.load(tx, id);
      if (!isSelf(principal, before.employeeId) && !hasAnyRole(principal, 'HR', 'MANAGER')) throw forbidden('Only the employee, HR or MANAGER may cancel this leave.');
      await leave.lockEmployeeLeave(tx, before.employeeId);
      const request = await this.load(tx, id);
      if (request.status === 'APPROVED' && request.startDate <= today()) {
        throw badUserInput(`This leave started on ${request.startDate}; it can no longer be cancelled. Ask HR for an adjustment.`, [{ field: 'id', message: 'leave already started' }]);
      }
      if (request.status !== 'PENDING' && request.status !== 'APPROVED') throw conflict(`This request is already ${request.status.toLowerCase()}.`, { status: request.status });
      const cancelled = await withdraw(tx, request, why, metadata);
      if (!cancelled) throw await this.alreadyDecided(tx, id, null);
      return cancelled;
    });
  }

  async allocate(input: unknown, metadata: EventMetadata) {
    const allocation = parseInput(allocateLeaveInput, input);
    return this.dataSource.transaction(async (tx) => {
      await leave.lockEmployeeLeave(tx, allocation.employeeId);
      await this.assertEmployeeAndType(tx, allocation.employeeId, allocation.leaveType);
      await leave.insertLedgerEntry(tx, { ...allocation, entryType: 'ALLOCATION', days: half(allocation.days), leaveRequestId: null, note: allocation.note ?? null, actor: metadata.actor });
      await recordAudit(tx, { actor: metadata.actor, action: 'leave.allocated', entityType: 'employee', entityId: allocation.employeeId, changes: allocation, correlationId: metadata.correlationId });
      return leave.balances(tx, allocation.employeeId, allocation.year);
    });
  }

  async adjust(input: unknown, metadata: EventMetadata) {
    const adjustment = parseInput(adjustLeaveInput, input);
    return this.dataSource.transaction(async (tx) => {
      await leave.lockEmployeeLeave(tx, adjustment.employeeId);
      await this.assertEmployeeAndType(tx, adjustment.employeeId, adjustment.leaveType);
      const balance = (await leave.balances(tx, adjustment.employeeId, adjustment.year)).find((b) => b.leaveType === adjustment.leaveType);
      const available = Number(balance?.available ?? 0);
      if (available + adjustment.days < 0) {
        throw badUserInput(`Only ${half(available)} days are available; the balance cannot go below zero.`, [{ field: 'input.days', message: `at least ${half(-available)}` }]);
      }
      await leave.insertLedgerEntry(tx, { ...adjustment, entryType: 'ADJUSTMENT', days: half(adjustment.days), leaveRequestId: null, note: adjustment.reason, actor: metadata.actor });
      await recordAudit(tx, { actor: metadata.actor, action: 'leave.adjusted', entityType: 'employee', entityId: adjustment.employeeId, changes: adjustment, correlationId: metadata.correlationId });
      return leave.balances(tx, adjustment.employeeId, adjustment.year);
    });
  }

  async addHoliday(input: unknown, metadata: EventMetadata) {
    const holiday = parseInput(holidayInput, input);
    return this.dataSource.transaction(async (tx) => {
      if (!(await leave.insertHoliday(tx, holiday.date, holiday.name))) {
        throw badUserInput(`${holiday.date} is already a holiday.`, [{ field: 'input.date', message: 'already a holiday' }]);
      }
      await recordAudit(tx, { actor: metadata.actor, action: 'holiday.added', entityType: 'holiday', entityId: holiday.date, changes: holiday, correlationId: metadata.correlationId });
      return holiday;
    });
  }

  balance(employeeId: string, year: number) {
    return leave.balances(this.dataSource, employeeId, year);
  }

  types() {
    return leave.leaveTypes(this.dataSource);
  }

  holidays(year: number) {
    return leave.holidaysBetween(this.dataSource, `${year}-01-01`, `${year}-12-31`);
  }

  async byIds(ids: readonly string[]): Promise<Array<LeaveRequestRecord | null>> {
    const byId = new Map((await leave.findLeaveRequests(this.dataSource, ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  // Employees see their own leave, line managers their reports', HR and MANAGER everyone's.
  async list(args: { filter?: unknown; first?: number | null; after?: string | null }, principal: Principal) {
    const filter = parseInput(leaveFilterInput, args.filter ?? {}, 'filter');
    const first = pageSize(args.first);
    const everyone = hasAnyRole(principal, 'HR', 'MANAGER');
    let employeeIds: string[] | null = filter.employeeId ? [filter.employeeId] : null;
    if (!everyone) {
      if (!principal.employeeId) throw forbidden('Only HR, MANAGER or an employee may see leave.');
      const visible = [principal.employeeId, ...(await directReportsOf(this.dataSource, [principal.employeeId])).map((report) => report.id)];
      if (filter.employeeId && !visible.includes(filter.employeeId)) throw forbidden('You may see your own leave and your direct reports’ leave.');
      if (filter.approverId && filter.approverId !== principal.employeeId) throw forbidden('You may see only your own approval queue.');
      employeeIds ??= visible;
    }
    return leave.listLeaveRequests(this.dataSource, { employeeIds, status: filter.status, from: filter.from, to: filter.to, awaitingManagerOf: filter.approverId ?? null }, first, args.after ?? null);
  }

  // What the caller should decide now: their reports' requests, and for HR those awaiting HR.
  async approvalQueue(principal: Principal): Promise<LeaveRequestRecord[]> {
    const mine = principal.employeeId ? (await leave.listLeaveRequests(this.dataSource, { awaitingManagerOf: principal.employeeId }, 200, null)).rows : [];
    const hr = hasAnyRole(principal, 'HR', 'MANAGER') ? (await leave.listLeaveRequests(this.dataSource, { awaitingHr: true }, 200, null)).rows : [];
    const seen = new Set<string>();
    return [...mine, ...hr].filter((row) => !seen.has(row.id) && seen.add(row.id) && row.employeeId !== principal.employeeId);
  }

  private async decide(
    id: string,
    principal: Principal,
    work: (tx: EntityManager, request: LeaveRequestRecord, role: 'hr' | 'line-manager') => Promise<LeaveRequestRecord>,
  ): Promise<LeaveRequestRecord> {
    return this.dataSource.transaction(async (tx) => {
      const first = await this.load(tx, id);
      await leave.lockEmployeeLeave(tx, first.employeeId);
      const request = await this.load(tx, id);
      if (isSelf(principal, request.employeeId)) throw forbidden('Nobody decides their own leave.');
      const employee = await findEmployee(tx, request.employeeId);
      const role = hasAnyRole(principal, 'HR', 'MANAGER') ? 'hr' : principal.employeeId && employee?.managerId === principal.employeeId ? 'line-manager' : null;
      if (!role) throw forbidden("Only the employee's line manager, HR or MANAGER may decide this leave.");
      if (request.status !== 'PENDING') throw conflict(`This request is already ${request.status.toLowerCase()}; a decision happens once.`, { status: request.status });
      return work(tx, request, role);
    });
  }

  private async alreadyDecided(db: Sql, id: string, expectedVersion: number | null | undefined) {
    const current = await this.load(db, id);
    if (expectedVersion != null && current.version !== expectedVersion) {
      return conflict(`The request changed since you read it (version ${expectedVersion}, now ${current.version}); reload it.`, { expectedVersion, currentVersion: current.version });
    }
    return conflict(`This request is already ${current.status.toLowerCase()}; a decision happens once.`, { status: current.status });
  }

  private async assertEmployeeAndType(db: Sql, employeeId: string, leaveType: string) {
    const problems: FieldProblem[] = [];
    if (!(await findEmployee(db, employeeId))) problems.push({ field: 'input.employeeId', message: 'no such employee' });
    if (!(await leave.leaveTypes(db)).some((t) => t.code === leaveType)) problems.push({ field: 'input.leaveType', message: 'unknown leave type' });
    if (problems.length) throw refused('The balance cannot be changed', problems);
  }

  private async load(db: Sql, id: string): Promise<LeaveRequestRecord> {
    const [request] = await leave.findLeaveRequests(db, [id]);
    if (!request) throw notFound('Leave request', id);
    return request;
  }
}

// When someone leaves, in the termination's own transaction:
// - leave booked after the last day is withdrawn and its days returned;
// - a still-pending request that runs past the last day is withdrawn (it could no longer be
//   approved as it stands);
// - approved leave that starts by the last day and runs past it is cut back to end on the
//   last day, and the working days after it come back to the balance.
export async function settleLeaveAtLastDay(tx: EntityManager, employeeId: string, lastDay: string, metadata: EventMetadata): Promise<void> {
  await leave.lockEmployeeLeave(tx, employeeId);
  const open = await leave.openRequestsOverlapping(tx, employeeId, addDays(lastDay, 1), '9999-12-31');
  const reason = `the employee leaves on ${lastDay}`;
  for (const request of open) {
    const kept = request.status === 'APPROVED' && request.startDate <= lastDay ? await daysUntil(tx, request, lastDay) : 0;
    if (kept > 0) await shortenToLastDay(tx, request, lastDay, kept, reason, metadata);
    else await withdraw(tx, request, reason, metadata);
  }
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
  const shortened = await leave.shortenApproved(tx, request.id, lastDay, half(days));
  if (!shortened) return;
  const returned = half(Number(request.days) - days);
  if (Number(returned) > 0) {
    await leave.insertLedgerEntry(tx, {
      employeeId: request.employeeId, leaveType: request.leaveType, year: Number(request.startDate.slice(0, 4)), entryType: 'SHORTENED',
      days: returned, leaveRequestId: request.id, note: reason, actor: metadata.actor,
    });
  }
  const changes = { endDate: { from: request.endDate, to: lastDay }, days: { from: request.days, to: shortened.days } };
  await recordAudit(tx, { actor: metadata.actor, action: 'leave.shortened', entityType: 'leave_request', entityId: request.id, changes, correlationId: metadata.correlationId });
  await recordEvent(tx, leaveShortened, { ...eventData(shortened), previousEndDate: request.endDate, previousDays: request.days, daysReturned: returned, reason }, metadata);
}

// Cancels a pending or approved request, returning approved days to the balance. Undefined
// when the request is no longer in the status it was read in.
async function withdraw(tx: EntityManager, request: LeaveRequestRecord, reason: string | null, metadata: EventMetadata): Promise<LeaveRequestRecord | undefined> {
  const cancelled = await leave.transition(tx, request.id, request.status, { status: 'CANCELLED', decidedBy: metadata.actor, decisionReason: reason });
  if (!cancelled) return undefined;
  if (request.status === 'APPROVED') {
    await leave.insertLedgerEntry(tx, {
      employeeId: request.employeeId, leaveType: request.leaveType, year: Number(request.startDate.slice(0, 4)), entryType: 'RETURNED',
      days: request.days, leaveRequestId: request.id, note: reason, actor: metadata.actor,
    });
  }
  await recordAudit(tx, { actor: metadata.actor, action: 'leave.cancelled', entityType: 'leave_request', entityId: request.id, changes: { from: request.status }, correlationId: metadata.correlationId });
  await recordEvent(tx, leaveCancelled, { ...eventData(cancelled), reason }, metadata);
  return cancelled;
}

function eventData(request: LeaveRequestRecord) {
  return {
    leaveRequestId: request.id,
    employeeId: request.employeeId,
    leaveType: request.leaveType,
    startDate: request.startDate,
    endDate: request.endDate,
    days: request.days,
    // Payroll reads unpaid days from here.
    unpaid: request.unpaid,
  };
}
