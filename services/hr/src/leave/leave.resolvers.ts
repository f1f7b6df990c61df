import type { LeaveBalanceResolvers, LeaveRequestResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { toConnection } from '@backoffice/platform/connection';
import { accessSubject } from '../access/line-manager';
import { hrPolicy } from '../access/policy';
import { addHoliday } from './leave.commands/add-holiday';
import { cancelLeave } from './leave.commands/cancel-leave';
import { adjustLeaveBalance } from './leave.commands/adjust-leave-balance';
import { allocateLeave } from './leave.commands/allocate-leave';
import { approveLeave } from './leave.commands/approve-leave';
import { rejectLeave } from './leave.commands/reject-leave';
import { removeHoliday } from './leave.commands/remove-holiday';
import { requestLeave } from './leave.commands/request-leave';
import { approvalQueue, holidaysIn, leaveBalances, leaveTypes, visibleLeaveRequests } from './leave.queries';

export const leaveQueries: Pick<QueryResolvers, 'leaveTypes' | 'holidays' | 'leaveBalance' | 'leaveRequests' | 'leaveApprovalQueue'> = {
  leaveTypes: (_parent, _args, { modules }) => leaveTypes(modules.dataSource),
  holidays: (_parent, { year }, { modules }) => holidaysIn(modules.dataSource, year),
  leaveBalance: async (_parent, { employeeId, year }, { principal, modules, loaders }) => {
    if (!hrPolicy.can(principal, 'leave.read')) {
      const employee = await loaders.employee.load(employeeId);
      hrPolicy.requireFor(principal, 'leave.read', await accessSubject(employee, employeeId, (id) => loaders.employee.load(id)));
    }
    return leaveBalances(modules.dataSource, employeeId, year);
  },
  leaveRequests: async (_parent, args, { principal, modules }) => toConnection(await visibleLeaveRequests(modules.dataSource, args, principal)),
  leaveApprovalQueue: (_parent, _args, { principal, modules }) => approvalQueue(modules.dataSource, principal),
};

export const leaveMutations: Pick<MutationResolvers, 'requestLeave' | 'approveLeave' | 'rejectLeave' | 'cancelLeave' | 'allocateLeave' | 'adjustLeaveBalance' | 'addHoliday' | 'removeHoliday'> = {
  requestLeave: (_parent, { input }, { principal, modules, eventMetadata }) => requestLeave(modules, input, principal, eventMetadata),
  approveLeave: (_parent, { id, version }, { principal, modules, eventMetadata }) => approveLeave(modules, id, version, principal, eventMetadata),
  rejectLeave: (_parent, { id, reason }, { principal, modules, eventMetadata }) => rejectLeave(modules, id, reason, principal, eventMetadata),
  cancelLeave: (_parent, { id, reason }, { principal, modules, eventMetadata }) => cancelLeave(modules, id, reason, principal, eventMetadata),
  allocateLeave: (_parent, { input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'leave.manageBalances');
    return allocateLeave(modules, input, eventMetadata);
  },
  adjustLeaveBalance: (_parent, { input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'leave.manageBalances');
    return adjustLeaveBalance(modules, input, eventMetadata);
  },
  addHoliday: (_parent, { input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'calendar.manage');
    return addHoliday(modules, input, eventMetadata);
  },
  removeHoliday: (_parent, { date }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'calendar.manage');
    return removeHoliday(modules, date, eventMetadata);
  },
};

export const LeaveRequest: LeaveRequestResolvers = {
  // Someone who may not see the request gets null with FORBIDDEN at its path, like any denied read.
  __resolveReference: async (reference, { principal, loaders }) => {
    const request = await loaders.leaveRequest.load(reference.id);
    if (!request || hrPolicy.can(principal, 'leave.read')) return request;
    const employee = await loaders.employee.load(request.employeeId);
    hrPolicy.requireFor(principal, 'leave.read', await accessSubject(employee, request.employeeId, (id) => loaders.employee.load(id)));
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
