import type { Principal } from '@backoffice/platform/identity';
import type { Sql } from '@backoffice/platform/sql';
import { pageSize, parseInput } from '@backoffice/platform/validation';
import { hrPolicy } from '../access/policy';
import { workflowFilterInput } from './workflow.inputs';
import type { WorkflowKind, WorkflowRecord, WorkflowStepRecord } from './workflow.record';
import * as workflows from './workflow.repository';

// The reads of the process module, for its resolvers and loaders.

export async function workflowList(db: Sql, args: { filter?: unknown; first?: number | null; after?: string | null }, today: string) {
  const { stepStatus, ...filter } = parseInput(workflowFilterInput, args.filter ?? {}, 'filter');
  // OVERDUE is not stored: it is a pending step past its due date.
  const stored = stepStatus === 'OVERDUE' ? { overdue: true } : { stepStatus };
  return workflows.listWorkflows(db, { ...filter, ...stored }, today, pageSize(args.first), args.after ?? null);
}

export async function workflowsInOrder(db: Sql, ids: readonly string[]): Promise<Array<WorkflowRecord | null>> {
  const byId = new Map((await workflows.findWorkflows(db, ids)).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function stepsInOrder(db: Sql, workflowIds: readonly string[]): Promise<WorkflowStepRecord[][]> {
  const steps = await workflows.stepsOf(db, workflowIds);
  return workflowIds.map((id) => steps.filter((step) => step.workflowId === id));
}

export async function latestWorkflowsInOrder(db: Sql, employeeIds: readonly string[], kind: WorkflowKind): Promise<Array<WorkflowRecord | null>> {
  const byEmployee = new Map((await workflows.latestWorkflowsOf(db, employeeIds, kind)).map((row) => [row.employeeId, row]));
  return employeeIds.map((id) => byEmployee.get(id) ?? null);
}

export function canSeeWorkflow(principal: Principal, workflow: WorkflowRecord): boolean {
  return hrPolicy.canFor(principal, 'workflow.read', { employeeId: workflow.employeeId });
}

export function offboardingPolicy(db: Sql) {
  return workflows.findOffboardingPolicy(db);
}
