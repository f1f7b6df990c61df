import { requireAnyRole } from '@backoffice/platform/identity';
import type { QueryResolvers, RecordIssueResolvers } from '../__generated__/resolvers-types';

export const recordIssueQueries: Pick<QueryResolvers, 'recordIssues'> = {
  recordIssues: (_parent, _args, { principal, recordIssues }) => {
    requireAnyRole(principal, 'HR', 'MANAGER');
    return recordIssues.find();
  },
};

export const RecordIssue: Pick<RecordIssueResolvers, 'employee' | 'department'> = {
  employee: (issue, _args, { loaders }) => (issue.employeeId ? loaders.employee.load(issue.employeeId) : null),
  department: (issue, _args, { loaders }) => (issue.departmentId ? loaders.department.load(issue.departmentId) : null),
};
