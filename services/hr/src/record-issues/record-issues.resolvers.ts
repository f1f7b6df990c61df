import type { QueryResolvers, RecordIssueResolvers } from '../__generated__/resolvers-types';
import { hrPolicy } from '../access/policy';
import { currentRecordIssues } from './record-issues.queries';

export const recordIssueQueries: Pick<QueryResolvers, 'recordIssues'> = {
  recordIssues: (_parent, _args, { principal, modules }) => {
    hrPolicy.require(principal, 'records.review');
    return currentRecordIssues(modules.dataSource);
  },
};

export const RecordIssue: Pick<RecordIssueResolvers, 'employee' | 'department'> = {
  employee: (issue, _args, { loaders }) => (issue.employeeId ? loaders.employee.load(issue.employeeId) : null),
  department: (issue, _args, { loaders }) => (issue.departmentId ? loaders.department.load(issue.departmentId) : null),
};
