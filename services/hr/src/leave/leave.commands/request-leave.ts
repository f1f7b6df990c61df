import { NotFound, Refused, refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import type { Principal } from '@backoffice/platform/identity';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { leaveRequested } from '@backoffice/events/hr-events';
import { hrPolicy } from '../../access/policy';
import { recordAudit } from '../../audit-log';
import { employeeById } from '../../employees/employee.queries';
import type { HrModules } from '../../hr-modules';
import { requestLeaveInput } from '../leave.inputs';
import type { LeaveRequestRecord } from '../leave.record';
import * as leave from '../leave.repository';
import { formatDays, leaveEventData, loadLeaveRequest } from '../leave.rules';
import { countWorkingDays, periodsOverlap } from '../working-days.rules';

// A request for the caller's own leave (or, for HR and MANAGER, someone else's): working days
// counted, no overlap, within the balance where the type has one. Long leave needs HR too.
export async function requestLeave({ dataSource, leavePolicy }: HrModules, input: unknown, principal: Principal, metadata: EventMetadata): Promise<LeaveRequestRecord> {
  const request = parseInput(requestLeaveInput, input);
  const employeeId = request.employeeId ?? principal.employeeId;
  if (!employeeId) throw new Refused('Say whose leave this is: input.employeeId.', [{ field: 'input.employeeId', message: 'required when the caller is not an employee' }]);
  hrPolicy.requireFor(principal, 'leave.request', { employeeId });
  return dataSource.transaction(async (tx) => {
    await leave.lockEmployeeLeave(tx, employeeId);
    const employee = await employeeById(tx, employeeId);
    if (!employee) throw new NotFound('Employee', employeeId);
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
      if (available < count.days) problems.push({ field: 'input', message: `needs ${formatDays(count.days)} days of ${type.code} but only ${formatDays(Math.max(available, 0))} are available in ${year}` });
    }
    if (problems.length) throw refused('The leave cannot be requested', problems);
    const id = await leave.insertLeaveRequest(tx, {
      employeeId, leaveType: type!.code, startDate: request.startDate, endDate: request.endDate, startHalfDay: request.startHalfDay,
      endHalfDay: request.endHalfDay, days: formatDays(count.days), needsHrApproval: count.days > leavePolicy.hrApprovalAboveDays, requestedBy: metadata.actor,
    });
    const created = await loadLeaveRequest(tx, id);
    await recordAudit(tx, { actor: metadata.actor, action: 'leave.requested', entityType: 'leave_request', entityId: id, changes: { employeeId, ...request, days: created.days }, correlationId: metadata.correlationId });
    await recordEvent(tx, leaveRequested, leaveEventData(created), metadata);
    return created;
  });
}
