import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from the SDL; mappers make resolvers receive entities, not GraphQL shapes.
const config: CodegenConfig = {
  schema: 'src/schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: false,
        contextType: '../context#HrContext',
        mappers: {
          Employee: '../employees/employee.record#EmployeeRecord',
          Department: '../departments/department.record#DepartmentRecord',
          RecordIssue: '../records/record-issues.service#RecordIssueRecord',
          LeaveRequest: '../leave/leave.record#LeaveRequestRecord',
          LeaveType: '../leave/leave.record#LeaveTypeRecord',
          LeaveBalance: '../leave/leave.record#LeaveBalanceRecord',
        },
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};
export default config;
