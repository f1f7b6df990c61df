/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OverviewLeaveApprovals {\n    leaveApprovalQueue {\n      id\n    }\n  }\n": typeof types.OverviewLeaveApprovalsDocument,
    "\n  query OverviewAccountingApprovals($year: Int!) {\n    expenseApprovalQueue {\n      id\n    }\n    journalEntryDrafts {\n      id\n    }\n    payrollRuns(year: $year) {\n      id\n      status\n    }\n  }\n": typeof types.OverviewAccountingApprovalsDocument,
    "\n  query OverviewBudgets($year: Int!) {\n    departments {\n      id\n      name\n    }\n    budgets(fiscalYear: $year) {\n      id\n      departmentId\n      account {\n        id\n      }\n      amount {\n        amount\n        currency\n      }\n      spent {\n        amount\n        currency\n      }\n      shareUsed\n    }\n  }\n": typeof types.OverviewBudgetsDocument,
    "\n  query OverviewRecordIssues {\n    recordIssues {\n      kind\n      message\n      employee {\n        id\n      }\n    }\n  }\n": typeof types.OverviewRecordIssuesDocument,
    "\n  query OverviewAuditFindings($year: Int!) {\n    auditFindings(fiscalYear: $year) {\n      kind\n      message\n    }\n  }\n": typeof types.OverviewAuditFindingsDocument,
    "\n  query OverviewHeadcount($year: Int!) {\n    departments {\n      id\n      name\n      headcount\n      status\n    }\n    headcountByMonth(year: $year) {\n      month\n      headcount\n      department {\n        id\n      }\n    }\n  }\n": typeof types.OverviewHeadcountDocument,
    "\n  query OverviewProcesses {\n    onboarding: workflows(filter: { kind: ONBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    offboarding: workflows(filter: { kind: OFFBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    overdue: workflows(filter: { status: IN_PROGRESS, overdue: true }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          anchorDate\n          employee {\n            id\n            firstName\n            lastName\n          }\n          steps {\n            step\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverviewProcessesDocument,
    "\n  query OverviewTickets($open: [TicketStatus!]!) {\n    critical: tickets(filter: { status: $open, priority: [CRITICAL] }, first: 1) { totalCount }\n    high: tickets(filter: { status: $open, priority: [HIGH] }, first: 1) { totalCount }\n    medium: tickets(filter: { status: $open, priority: [MEDIUM] }, first: 1) { totalCount }\n    low: tickets(filter: { status: $open, priority: [LOW] }, first: 1) { totalCount }\n    breached: tickets(filter: { status: $open, breached: true }, first: 1) { totalCount }\n  }\n": typeof types.OverviewTicketsDocument,
};
const documents: Documents = {
    "\n  query OverviewLeaveApprovals {\n    leaveApprovalQueue {\n      id\n    }\n  }\n": types.OverviewLeaveApprovalsDocument,
    "\n  query OverviewAccountingApprovals($year: Int!) {\n    expenseApprovalQueue {\n      id\n    }\n    journalEntryDrafts {\n      id\n    }\n    payrollRuns(year: $year) {\n      id\n      status\n    }\n  }\n": types.OverviewAccountingApprovalsDocument,
    "\n  query OverviewBudgets($year: Int!) {\n    departments {\n      id\n      name\n    }\n    budgets(fiscalYear: $year) {\n      id\n      departmentId\n      account {\n        id\n      }\n      amount {\n        amount\n        currency\n      }\n      spent {\n        amount\n        currency\n      }\n      shareUsed\n    }\n  }\n": types.OverviewBudgetsDocument,
    "\n  query OverviewRecordIssues {\n    recordIssues {\n      kind\n      message\n      employee {\n        id\n      }\n    }\n  }\n": types.OverviewRecordIssuesDocument,
    "\n  query OverviewAuditFindings($year: Int!) {\n    auditFindings(fiscalYear: $year) {\n      kind\n      message\n    }\n  }\n": types.OverviewAuditFindingsDocument,
    "\n  query OverviewHeadcount($year: Int!) {\n    departments {\n      id\n      name\n      headcount\n      status\n    }\n    headcountByMonth(year: $year) {\n      month\n      headcount\n      department {\n        id\n      }\n    }\n  }\n": types.OverviewHeadcountDocument,
    "\n  query OverviewProcesses {\n    onboarding: workflows(filter: { kind: ONBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    offboarding: workflows(filter: { kind: OFFBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    overdue: workflows(filter: { status: IN_PROGRESS, overdue: true }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          anchorDate\n          employee {\n            id\n            firstName\n            lastName\n          }\n          steps {\n            step\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n": types.OverviewProcessesDocument,
    "\n  query OverviewTickets($open: [TicketStatus!]!) {\n    critical: tickets(filter: { status: $open, priority: [CRITICAL] }, first: 1) { totalCount }\n    high: tickets(filter: { status: $open, priority: [HIGH] }, first: 1) { totalCount }\n    medium: tickets(filter: { status: $open, priority: [MEDIUM] }, first: 1) { totalCount }\n    low: tickets(filter: { status: $open, priority: [LOW] }, first: 1) { totalCount }\n    breached: tickets(filter: { status: $open, breached: true }, first: 1) { totalCount }\n  }\n": types.OverviewTicketsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewLeaveApprovals {\n    leaveApprovalQueue {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OverviewLeaveApprovals {\n    leaveApprovalQueue {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAccountingApprovals($year: Int!) {\n    expenseApprovalQueue {\n      id\n    }\n    journalEntryDrafts {\n      id\n    }\n    payrollRuns(year: $year) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query OverviewAccountingApprovals($year: Int!) {\n    expenseApprovalQueue {\n      id\n    }\n    journalEntryDrafts {\n      id\n    }\n    payrollRuns(year: $year) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewBudgets($year: Int!) {\n    departments {\n      id\n      name\n    }\n    budgets(fiscalYear: $year) {\n      id\n      departmentId\n      account {\n        id\n      }\n      amount {\n        amount\n        currency\n      }\n      spent {\n        amount\n        currency\n      }\n      shareUsed\n    }\n  }\n"): (typeof documents)["\n  query OverviewBudgets($year: Int!) {\n    departments {\n      id\n      name\n    }\n    budgets(fiscalYear: $year) {\n      id\n      departmentId\n      account {\n        id\n      }\n      amount {\n        amount\n        currency\n      }\n      spent {\n        amount\n        currency\n      }\n      shareUsed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewRecordIssues {\n    recordIssues {\n      kind\n      message\n      employee {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewRecordIssues {\n    recordIssues {\n      kind\n      message\n      employee {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAuditFindings($year: Int!) {\n    auditFindings(fiscalYear: $year) {\n      kind\n      message\n    }\n  }\n"): (typeof documents)["\n  query OverviewAuditFindings($year: Int!) {\n    auditFindings(fiscalYear: $year) {\n      kind\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewHeadcount($year: Int!) {\n    departments {\n      id\n      name\n      headcount\n      status\n    }\n    headcountByMonth(year: $year) {\n      month\n      headcount\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewHeadcount($year: Int!) {\n    departments {\n      id\n      name\n      headcount\n      status\n    }\n    headcountByMonth(year: $year) {\n      month\n      headcount\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewProcesses {\n    onboarding: workflows(filter: { kind: ONBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    offboarding: workflows(filter: { kind: OFFBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    overdue: workflows(filter: { status: IN_PROGRESS, overdue: true }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          anchorDate\n          employee {\n            id\n            firstName\n            lastName\n          }\n          steps {\n            step\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewProcesses {\n    onboarding: workflows(filter: { kind: ONBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    offboarding: workflows(filter: { kind: OFFBOARDING, status: IN_PROGRESS }, first: 1) {\n      totalCount\n    }\n    overdue: workflows(filter: { status: IN_PROGRESS, overdue: true }, first: 5) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          anchorDate\n          employee {\n            id\n            firstName\n            lastName\n          }\n          steps {\n            step\n            status\n            dueOn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewTickets($open: [TicketStatus!]!) {\n    critical: tickets(filter: { status: $open, priority: [CRITICAL] }, first: 1) { totalCount }\n    high: tickets(filter: { status: $open, priority: [HIGH] }, first: 1) { totalCount }\n    medium: tickets(filter: { status: $open, priority: [MEDIUM] }, first: 1) { totalCount }\n    low: tickets(filter: { status: $open, priority: [LOW] }, first: 1) { totalCount }\n    breached: tickets(filter: { status: $open, breached: true }, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query OverviewTickets($open: [TicketStatus!]!) {\n    critical: tickets(filter: { status: $open, priority: [CRITICAL] }, first: 1) { totalCount }\n    high: tickets(filter: { status: $open, priority: [HIGH] }, first: 1) { totalCount }\n    medium: tickets(filter: { status: $open, priority: [MEDIUM] }, first: 1) { totalCount }\n    low: tickets(filter: { status: $open, priority: [LOW] }, first: 1) { totalCount }\n    breached: tickets(filter: { status: $open, breached: true }, first: 1) { totalCount }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;