import type { Resolvers } from './__generated__/resolvers-types';
import { Department, departmentMutations, departmentQueries, MonthlyHeadcount } from './departments/department.resolvers';
import { Employee, employeeMutations, employeeQueries, TerminationWithdrawal } from './employees/employee.resolvers';
import { LeaveBalance, LeaveRequest, leaveMutations, leaveQueries } from './leave/leave.resolvers';
import { RecordIssue, recordIssueQueries } from './record-issues/record-issues.resolvers';
import { Correlation, PublishedEvent, correlationQueries } from './correlations/correlation.resolvers';
import { OffboardingPolicy, Workflow, WorkflowStep, WorkflowStepFailure, workflowMutations, workflowQueries } from './workflows/workflow.resolvers';

export const resolvers: Resolvers = {
  Query: { ...employeeQueries, ...departmentQueries, ...recordIssueQueries, ...leaveQueries, ...workflowQueries, ...correlationQueries },
  Mutation: { ...employeeMutations, ...departmentMutations, ...leaveMutations, ...workflowMutations },
  Employee,
  TerminationWithdrawal,
  Department,
  MonthlyHeadcount,
  RecordIssue,
  LeaveRequest,
  LeaveBalance,
  Workflow,
  WorkflowStep,
  WorkflowStepFailure,
  OffboardingPolicy,
  Correlation,
  PublishedEvent,
};
