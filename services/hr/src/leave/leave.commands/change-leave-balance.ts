import { recordAudit } from '@backoffice/platform/audit';
import { Refused, refused, type FieldProblem } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { Sql } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import { employeeById } from '../../employees/employee.queries';
import type { HrModules } from '../../hr-modules';
import { adjustLeaveInput, allocateLeaveInput } from '../leave.inputs';
import * as leave from '../leave.repository';
import { formatDays } from '../leave.rules';

// The balance is a ledger: allocations and adjustments are new entries, never edits.

export async function allocateLeave({ dataSource }: HrModules, input: unknown, metadata: EventMetadata) {
  const allocation = parseInput(allocateLeaveInput, input);
  return dataSource.transaction(async (tx) => {
    await leave.lockEmployeeLeave(tx, allocation.employeeId);
    await assertEmployeeAndType(tx, allocation.employeeId, allocation.leaveType);
    await leave.insertLedgerEntry(tx, { ...allocation, entryType: 'ALLOCATION', days: formatDays(allocation.days), leaveRequestId: null, note: allocation.note ?? null, actor: metadata.actor });
    await recordAudit(tx, { actor: metadata.actor, action: 'leave.allocated', entityType: 'employee', entityId: allocation.employeeId, changes: allocation, correlationId: metadata.correlationId });
    return leave.balances(tx, allocation.employeeId, allocation.year);
  });
}

export async function adjustLeaveBalance({ dataSource }: HrModules, input: unknown, metadata: EventMetadata) {
  const adjustment = parseInput(adjustLeaveInput, input);
  return dataSource.transaction(async (tx) => {
    await leave.lockEmployeeLeave(tx, adjustment.employeeId);
    await assertEmployeeAndType(tx, adjustment.employeeId, adjustment.leaveType);
    const balance = (await leave.balances(tx, adjustment.employeeId, adjustment.year)).find((b) => b.leaveType === adjustment.leaveType);
    const available = Number(balance?.available ?? 0);
    if (available + adjustment.days < 0) {
      throw new Refused(`Only ${formatDays(available)} days are available; the balance cannot go below zero.`, [{ field: 'input.days', message: `at least ${formatDays(-available)}` }]);
    }
    await leave.insertLedgerEntry(tx, { ...adjustment, entryType: 'ADJUSTMENT', days: formatDays(adjustment.days), leaveRequestId: null, note: adjustment.reason, actor: metadata.actor });
    await recordAudit(tx, { actor: metadata.actor, action: 'leave.adjusted', entityType: 'employee', entityId: adjustment.employeeId, changes: adjustment, correlationId: metadata.correlationId });
    return leave.balances(tx, adjustment.employeeId, adjustment.year);
  });
}

async function assertEmployeeAndType(db: Sql, employeeId: string, leaveType: string) {
  const problems: FieldProblem[] = [];
  if (!(await employeeById(db, employeeId))) problems.push({ field: 'input.employeeId', message: 'no such employee' });
  if (!(await leave.leaveTypes(db)).some((t) => t.code === leaveType)) problems.push({ field: 'input.leaveType', message: 'unknown leave type' });
  if (problems.length) throw refused('The balance cannot be changed', problems);
}
