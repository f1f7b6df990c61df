/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The checks auditors run on the journal, each a kind of finding. */
export type AuditFindingKind =
  /** An entry approved by the person who prepared it. The ledger refuses it: this stays empty. */
  | 'APPROVED_BY_MAKER'
  /** An entry whose hash no longer matches its content or the entry before it. */
  | 'BROKEN_HASH_CHAIN'
  /** A budget whose spend is above its amount. */
  | 'BUDGET_EXCEEDED'
  /** Entry numbers missing from the year's sequence. The ledger numbers without gaps: this stays empty. */
  | 'ENTRY_NUMBER_GAP'
  /** A MANUAL entry above the threshold with no source document. */
  | 'MANUAL_ENTRY_WITHOUT_SOURCE_DOCUMENT'
  /** An entry dated on a weekend or a company holiday (opening, closing and payroll entries, dated by rule, aside). */
  | 'POSTED_ON_NON_WORKING_DAY'
  /** An attempt to post into a closed period. */
  | 'POSTING_INTO_CLOSED_PERIOD'
  /** A MANUAL entry of a round amount (a multiple of the unit) at or above the threshold. */
  | 'ROUND_AMOUNT_MANUAL_ENTRY';

export type DepartmentStatus =
  | 'ACTIVE'
  | 'CLOSED';

export type PayrollRunStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'POSTED';

export type RecordIssueKind =
  | 'DEPARTMENT_WITHOUT_HEAD'
  | 'HEAD_OUTSIDE_DEPARTMENT'
  | 'MISSING_EMERGENCY_CONTACT'
  | 'MISSING_PHONE'
  | 'NO_MANAGER'
  | 'TERMINATED_MANAGER';

export type TicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  /** Done; the requester may reopen it for a few days, then it closes by itself. */
  | 'RESOLVED'
  /** Waiting on the requester: the resolution clock stands still until they answer. */
  | 'WAITING';

/** A process across departments that HR owns. */
export type WorkflowKind =
  /** Opened at a termination; cancelled if it is withdrawn. */
  | 'OFFBOARDING'
  /** Opened at a hire or rehire. */
  | 'ONBOARDING';

/**
 * A step of a process, owned by one department; its state comes only from that department's events.
 * Onboarding: HR_RECORD (no recordIssues for the person), ACCESS (IT: every system of their bundle
 * active), EQUIPMENT (IT: the joiner's kit ticket resolved, or no kit needed), FIRST_PAYROLL
 * (accounting: a posted payroll paid them). Offboarding: ACCESS_REVOKED (IT: nothing left active
 * after the last day), ASSETS (IT: everything returned, or every asset they kept charged by
 * accounting under the offboarding policy), FINAL_PAY (accounting: their final pay posted).
 */
export type WorkflowStepName =
  | 'ACCESS'
  | 'ACCESS_REVOKED'
  | 'ASSETS'
  | 'EQUIPMENT'
  | 'FINAL_PAY'
  | 'FIRST_PAYROLL'
  | 'HR_RECORD';

export type WorkflowStepStatus =
  | 'DONE'
  /** The owning department's reaction was dead-lettered; see failure, fix the cause, then retryWorkflowStep. */
  | 'FAILED'
  /** Pending past its due date. */
  | 'OVERDUE'
  | 'PENDING';

export type OverviewLeaveApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewLeaveApprovalsQuery = { leaveApprovalQueue: Array<{ id: string }> };

export type OverviewAccountingApprovalsQueryVariables = Exact<{
  year: number;
}>;


export type OverviewAccountingApprovalsQuery = { expenseApprovalQueue: Array<{ id: string }>, journalEntryDrafts: Array<{ id: string }>, payrollRuns: Array<{ id: string, status: PayrollRunStatus }> };

export type OverviewBudgetsQueryVariables = Exact<{
  year: number;
}>;


export type OverviewBudgetsQuery = { departments: Array<{ id: string, name: string }>, budgets: Array<{ id: string, departmentId: string, shareUsed: string | null, account: { id: string } | null, amount: { amount: string, currency: string }, spent: { amount: string, currency: string } }> };

export type OverviewRecordIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewRecordIssuesQuery = { recordIssues: Array<{ kind: RecordIssueKind, message: string, employee: { id: string } | null }> };

export type OverviewAuditFindingsQueryVariables = Exact<{
  year: number;
}>;


export type OverviewAuditFindingsQuery = { auditFindings: Array<{ kind: AuditFindingKind, message: string }> };

export type OverviewHeadcountQueryVariables = Exact<{
  year: number;
}>;


export type OverviewHeadcountQuery = { departments: Array<{ id: string, name: string, headcount: number, status: DepartmentStatus }>, headcountByMonth: Array<{ month: string, headcount: number, department: { id: string } }> };

export type OverviewProcessesQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewProcessesQuery = { onboarding: { totalCount: number }, offboarding: { totalCount: number }, overdue: { totalCount: number, edges: Array<{ node: { id: string, kind: WorkflowKind, anchorDate: string, employee: { id: string, firstName: string, lastName: string } | null, steps: Array<{ step: WorkflowStepName, status: WorkflowStepStatus, dueOn: string }> } }> } };

export type OverviewTicketsQueryVariables = Exact<{
  open: Array<TicketStatus> | TicketStatus;
}>;


export type OverviewTicketsQuery = { critical: { totalCount: number }, high: { totalCount: number }, medium: { totalCount: number }, low: { totalCount: number }, breached: { totalCount: number } };


export const OverviewLeaveApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewLeaveApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OverviewLeaveApprovalsQuery, OverviewLeaveApprovalsQueryVariables>;
export const OverviewAccountingApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewAccountingApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expenseApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"journalEntryDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payrollRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OverviewAccountingApprovalsQuery, OverviewAccountingApprovalsQueryVariables>;
export const OverviewBudgetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewBudgets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareUsed"}}]}}]}}]} as unknown as DocumentNode<OverviewBudgetsQuery, OverviewBudgetsQueryVariables>;
export const OverviewRecordIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewRecordIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewRecordIssuesQuery, OverviewRecordIssuesQueryVariables>;
export const OverviewAuditFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewAuditFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<OverviewAuditFindingsQuery, OverviewAuditFindingsQueryVariables>;
export const OverviewHeadcountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewHeadcount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcountByMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewHeadcountQuery, OverviewHeadcountQueryVariables>;
export const OverviewProcessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewProcesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"onboarding"},"name":{"kind":"Name","value":"workflows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ONBOARDING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"offboarding"},"name":{"kind":"Name","value":"workflows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"OFFBOARDING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"workflows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"IN_PROGRESS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"anchorDate"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewProcessesQuery, OverviewProcessesQueryVariables>;
export const OverviewTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketStatus"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"critical"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"priority"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CRITICAL"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"high"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"priority"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"HIGH"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"medium"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"priority"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MEDIUM"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"low"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"priority"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LOW"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"breached"},"name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"breached"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OverviewTicketsQuery, OverviewTicketsQueryVariables>;