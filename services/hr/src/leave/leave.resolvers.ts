import { forbidden } from '@backoffice/platform/errors';
import { hasAnyRole, isSelf, requireAnyRole } from '@backoffice/platform/identity';
import type { LeaveBalanceResolvers, LeaveRequestResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';

export const leaveQueries: Pick<QueryResolvers, 'leaveTypes' | 'holidays' | 'leaveBalance' | 'leaveRequests' | 'leaveApprovalQueue'> = {
  leaveTypes: (_parent, _args, { leave }) => leave.types(),
  holidays: (_parent, { year }, { leave }) => leave.holidays(year),
  leaveBalance: async (_parent, { employeeId, year }, { principal, leave, loaders }) => {
    if (!isSelf(principal, employeeId) && !hasAnyRole(principal, 'HR', 'MANAGER')) {
      const employee = await loaders.employee.load(employeeId);
      if (!employee || !principal.employeeId || employee.managerId !== principal.employeeId) throw forbidden("Only the employee, their line manager, HR or MANAGER may see this balance.");
    }
    return leave.balance(employeeId, year);
  },
  leaveRequests: async (_parent, args, { principal, leave }) => {
    const page = await leave.list(args, principal);
    return {
      edges: page.rows.map((row) => ({ node: row, cursor: page.cursorOf(row) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.length ? page.cursorOf(page.rows[page.rows.length - 1]!) : null },
      totalCount: page.totalCount,
    };
  },
  leaveApprovalQueue: (_parent, _args, { principal, leave }) => leave.approvalQueue(principal),
};

export const leaveMutations: Pick<MutationResolvers, 'requestLeave' | 'approveLeave' | 'rejectLeave' | 'cancelLeave' | 'allocateLeave' | 'adjustLeaveBalance' | 'addHoliday'> = {
  requestLeave: (_parent, { input }, { principal, leave, eventMetadata }) => leave.request(input, principal, eventMetadata),
  approveLeave: (_parent, { id, version }, { principal, leave, eventMetadata }) => leave.approve(id, version, principal, eventMetadata),
  rejectLeave: (_parent, { id, reason }, { principal, leave, eventMetadata }) => leave.reject(id, reason, principal, eventMetadata),
  cancelLeave: (_parent, { id, reason }, { principal, leave, eventMetadata }) => leave.cancel(id, reason, principal, eventMetadata),
  allocateLeave: (_parent, { input }, { principal, leave, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return leave.allocate(input, eventMetadata);
  },
  adjustLeaveBalance: (_parent, { input }, { principal, leave, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return leave.adjust(input, eventMetadata);
  },
  addHoliday: (_parent, { input }, { principal, leave, eventMetadata }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return leave.addHoliday(input, eventMetadata);
  },
};

export const LeaveRequest: LeaveRequestResolvers = {
  __resolveReference: async (reference, { principal, loaders }) => {
    const request = await loaders.leaveRequest.load(reference.id);
    if (request && !isSelf(principal, request.employeeId) && !hasAnyRole(principal, 'HR', 'MANAGER')) {
      const employee = await loaders.employee.load(request.employeeId);
      if (!principal.employeeId || employee?.managerId !== principal.employeeId) return null;
    }
    return request;
  },
  employee: async (request, _args, { loaders }) => {
    const employee = await loaders.employee.load(request.employeeId);
    if (!employee) throw new Error(`leave request ${request.id} points at missing employee ${request.employeeId}`);
    return employee;
  },
  leaveType: async (request, _args, { loaders }) => {
    const type = await loaders.leaveType.load(request.leaveType);
    if (!type) throw new Error(`leave request ${request.id} has unknown type ${request.leaveType}`);
    return type;
  },
  managerApproved: (request) => request.managerApprovedBy !== null,
  decidedAt: (request) => request.decidedAt?.toISOString() ?? null,
  createdAt: (request) => request.createdAt.toISOString(),
};

export const LeaveBalance: Pick<LeaveBalanceResolvers, 'leaveType'> = {
  leaveType: async (balance, _args, { loaders }) => (await loaders.leaveType.load(balance.leaveType))!,
};
