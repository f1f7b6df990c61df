import { Forbidden } from '@backoffice/platform/domain-errors';
import type { Principal } from '@backoffice/platform/identity';
import type { Sql } from '@backoffice/platform/sql';
import { pageSize, parseInput } from '@backoffice/platform/validation';
import { hrPolicy } from '../access/policy';
import { isEmployedToday } from '../access/line-manager';
import { directReportIds, employeeById } from '../employees/employee.queries';
import { calendarYear, leaveFilterInput } from './leave.inputs';
import type { LeaveRequestRecord } from './leave.record';
import * as leave from './leave.repository';

// The reads of the leave module, for its resolvers and loaders.

export function leaveBalances(db: Sql, employeeId: string, year: number) {
  return leave.balances(db, employeeId, parseInput(calendarYear, year, 'year'));
}

export function leaveTypes(db: Sql) {
  return leave.leaveTypes(db);
}

export function holidaysIn(db: Sql, year: number) {
  const checked = parseInput(calendarYear, year, 'year');
  return leave.holidaysBetween(db, `${checked}-01-01`, `${checked}-12-31`);
}

export async function leaveRequestsInOrder(db: Sql, ids: readonly string[]): Promise<Array<LeaveRequestRecord | null>> {
  const byId = new Map((await leave.findLeaveRequests(db, ids)).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

// Employees see their own leave, line managers their reports', HR and MANAGER everyone's.
export async function visibleLeaveRequests(db: Sql, args: { filter?: unknown; first?: number | null; after?: string | null }, principal: Principal) {
  const filter = parseInput(leaveFilterInput, args.filter ?? {}, 'filter');
  const first = pageSize(args.first);
  let employeeIds: string[] | null = filter.employeeId ? [filter.employeeId] : null;
  if (!hrPolicy.can(principal, 'leave.readAll')) {
    if (!principal.employeeId) throw hrPolicy.refusal('leave.read');
    const stillManages = await isEmployedToday((id) => employeeById(db, id), principal.employeeId);
    const visible = [principal.employeeId, ...(stillManages ? await directReportIds(db, principal.employeeId) : [])];
    if (filter.employeeId && !visible.includes(filter.employeeId)) throw new Forbidden('You may see your own leave and your direct reports’ leave.');
    if (filter.approverId && filter.approverId !== principal.employeeId) throw new Forbidden('You may see only your own approval queue.');
    employeeIds ??= visible;
  }
  return leave.listLeaveRequests(db, { employeeIds, status: filter.status, from: filter.from, to: filter.to, awaitingManagerOf: filter.approverId ?? null }, first, args.after ?? null);
}

// What the caller should decide now: their reports' requests, and for HR those awaiting HR.
export async function approvalQueue(db: Sql, principal: Principal): Promise<LeaveRequestRecord[]> {
  const managing = principal.employeeId && (await isEmployedToday((id) => employeeById(db, id), principal.employeeId));
  const mine = managing ? (await leave.listLeaveRequests(db, { awaitingManagerOf: principal.employeeId! }, 200, null)).rows : [];
  const hr = hrPolicy.can(principal, 'leave.decide') ? (await leave.listLeaveRequests(db, { awaitingHr: true }, 200, null)).rows : [];
  const seen = new Set<string>();
  return [...mine, ...hr].filter((row) => !seen.has(row.id) && seen.add(row.id) && row.employeeId !== principal.employeeId);
}
