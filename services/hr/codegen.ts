import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#HrContext',
  mappers: {
    Employee: '../employees/employee.record#EmployeeRecord',
    TerminationWithdrawal: '../employees/employee.record#WithdrawnTermination',
    Department: '../departments/department.record#DepartmentRecord',
    MonthlyHeadcount: '../departments/department.record#MonthlyHeadcountRecord',
    RecordIssue: '../record-issues/record-issues.record#RecordIssueRecord',
    LeaveRequest: '../leave/leave.record#LeaveRequestRecord',
    LeaveType: '../leave/leave.record#LeaveTypeRecord',
    LeaveBalance: '../leave/leave.record#LeaveBalanceRecord',
    Workflow: '../workflows/workflow.record#WorkflowRecord',
    WorkflowStep: '../workflows/workflow.record#WorkflowStepRecord',
    WorkflowStepFailure: '../workflows/workflow.record#StepFailureShown',
    OffboardingPolicy: '../workflows/workflow.record#OffboardingPolicyRecord',
    Correlation: '../correlations/correlation.record#CorrelationRecord',
    PublishedEvent: '@backoffice/platform/correlated-events#PublishedEventRecord',
  },
});
