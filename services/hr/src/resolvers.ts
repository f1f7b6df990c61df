import type { Resolvers } from './__generated__/resolvers-types';
import { Department, departmentMutations, departmentQueries } from './departments/department.resolvers';
import { Employee, employeeMutations, employeeQueries, TerminationWithdrawal } from './employees/employee.resolvers';
import { LeaveBalance, LeaveRequest, leaveMutations, leaveQueries } from './leave/leave.resolvers';
import { RecordIssue, recordIssueQueries } from './record-issues/record-issues.resolvers';

export const resolvers: Resolvers = {
  Query: { ...employeeQueries, ...departmentQueries, ...recordIssueQueries, ...leaveQueries },
  Mutation: { ...employeeMutations, ...departmentMutations, ...leaveMutations },
  Employee,
  TerminationWithdrawal,
  Department,
  RecordIssue,
  LeaveRequest,
  LeaveBalance,
};
