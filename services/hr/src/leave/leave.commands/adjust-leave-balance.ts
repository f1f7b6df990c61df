import { Refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { requireSecondPerson } from '../../access/separation-of-duties';
import { recordAudit } from '../../audit-log';
import type { HrModules } from '../../hr-modules';
import { adjustLeaveInput } from '../leave.inputs';
import * as leave from '../leave.repository';
import { requireEmployeeAndLeaveType, formatDays } from '../leave.rules';

// A correction to a balance, with its reason: a new ledger entry; the balance never goes below zero.
export async function adjustLeaveBalance({ dataSource }: HrModules, input: unknown, metadata: EventMetadata) {
  const adjustment = parseInput(adjustLeaveInput, input);
  requireSecondPerson(metadata.actor, adjustment.employeeId, 'adjustOwnLeaveBalance');
  return dataSource.transaction(async (tx) => {
    await leave.lockEmployeeLeave(tx, adjustment.employeeId);
    await requireEmployeeAndLeaveType(tx, adjustment.employeeId, adjustment.leaveType);
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
