import { afterCursorClause, firstRow, keysetPage, lockNamed, orderAndLimit, rows, SqlParams, whereClause, type KeysetOrder, type Sql } from '@backoffice/platform/sql';
import type { OffboardingPolicyRecord, StepFailure, StoredStepStatus, WorkflowKind, WorkflowRecord, WorkflowStatus, WorkflowStepName, WorkflowStepRecord, OwningDepartment } from './workflow.record';

const WORKFLOW_COLUMNS = `w.id, w.kind, w.employee_id AS "employeeId", to_char(w.anchor_date, 'YYYY-MM-DD') AS "anchorDate", w.status,
  w.opened_at AS "openedAt", w.completed_at AS "completedAt", w.cancelled_at AS "cancelledAt", w.correlation_id AS "correlationId",
  w.trigger_event_id AS "triggerEventId", w.version`;

const STEP_COLUMNS = `s.workflow_id AS "workflowId", s.step, s.department, s.position, to_char(s.due_on, 'YYYY-MM-DD') AS "dueOn", s.status,
  s.done_at AS "doneAt", s.failure, s.failed_at AS "failedAt", s.retried_at AS "retriedAt",
  s.unrecovered_asset_ids::text[] AS "unrecoveredAssetIds", s.assets_unrecovered AS "assetsUnrecovered", s.charged_asset_ids::text[] AS "chargedAssetIds"`;

export async function insertWorkflow(
  db: Sql,
  workflow: Pick<WorkflowRecord, 'id' | 'kind' | 'employeeId' | 'anchorDate' | 'openedAt' | 'correlationId' | 'triggerEventId'>,
  steps: ReadonlyArray<{ step: WorkflowStepName; department: OwningDepartment; dueOn: string }>,
): Promise<void> {
  await db.query(
    `INSERT INTO workflows (id, kind, employee_id, anchor_date, opened_at, correlation_id, trigger_event_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [workflow.id, workflow.kind, workflow.employeeId, workflow.anchorDate, workflow.openedAt, workflow.correlationId, workflow.triggerEventId],
  );
  await db.query(
    `INSERT INTO workflow_steps (workflow_id, step, department, position, due_on)
     SELECT $1, step, department, position, due_on FROM unnest($2::text[], $3::text[], $4::date[]) WITH ORDINALITY AS s(step, department, due_on, position)`,
    [workflow.id, steps.map((step) => step.step), steps.map((step) => step.department), steps.map((step) => step.dueOn)],
  );
}

// The person's process of that kind in progress, locked until commit: the department events
// that move its steps are applied one at a time.
export function lockInProgress(db: Sql, employeeId: string, kind: WorkflowKind): Promise<WorkflowRecord | undefined> {
  return firstRow<WorkflowRecord>(db, `SELECT ${WORKFLOW_COLUMNS} FROM workflows w WHERE w.employee_id = $1 AND w.kind = $2 AND w.status = 'IN_PROGRESS' FOR UPDATE`, [employeeId, kind]);
}

export function lockWorkflow(db: Sql, id: string): Promise<WorkflowRecord | undefined> {
  return firstRow<WorkflowRecord>(db, `SELECT ${WORKFLOW_COLUMNS} FROM workflows w WHERE w.id = $1 FOR UPDATE`, [id]);
}

// The processes a failed reaction may belong to: the one whose HR event it failed on, else
// those of the same request (a hire's pay event shares the hire's correlation id).
export function workflowsOfFailure(db: Sql, eventId: string | null, correlationId: string | null): Promise<WorkflowRecord[]> {
  return rows<WorkflowRecord>(
    db,
    `SELECT ${WORKFLOW_COLUMNS} FROM workflows w
      WHERE w.status = 'IN_PROGRESS' AND (w.trigger_event_id = $1::uuid OR w.correlation_id = $2)
      ORDER BY (w.trigger_event_id = $1::uuid) DESC NULLS LAST, w.opened_at DESC FOR UPDATE`,
    [eventId, correlationId],
  );
}

export function stepsOf(db: Sql, workflowIds: readonly string[]): Promise<WorkflowStepRecord[]> {
  return rows<WorkflowStepRecord>(db, `SELECT ${STEP_COLUMNS} FROM workflow_steps s WHERE s.workflow_id = ANY($1::uuid[]) ORDER BY s.workflow_id, s.position`, [workflowIds]);
}

export async function setStepStatus(
  db: Sql,
  workflowId: string,
  step: WorkflowStepName,
  change: { status: StoredStepStatus; at: Date; failure?: StepFailure },
): Promise<void> {
  if (change.status === 'DONE') await db.query(`UPDATE workflow_steps SET status = 'DONE', done_at = $3 WHERE workflow_id = $1 AND step = $2`, [workflowId, step, change.at]);
  else if (change.status === 'FAILED') {
    await db.query(`UPDATE workflow_steps SET status = 'FAILED', failure = $3, failed_at = $4 WHERE workflow_id = $1 AND step = $2`, [workflowId, step, JSON.stringify(change.failure), change.at]);
  } else await db.query(`UPDATE workflow_steps SET status = 'PENDING', retried_at = $3 WHERE workflow_id = $1 AND step = $2`, [workflowId, step, change.at]);
}

export async function noteUnrecoveredAsset(db: Sql, workflowId: string, assetId: string, assetsUnrecovered: number): Promise<void> {
  await db.query(
    `UPDATE workflow_steps SET unrecovered_asset_ids = CASE WHEN $3::uuid = ANY(unrecovered_asset_ids) THEN unrecovered_asset_ids ELSE unrecovered_asset_ids || $3::uuid END,
            assets_unrecovered = GREATEST(coalesce(assets_unrecovered, 0), $4)
      WHERE workflow_id = $1 AND step = $2`,
    [workflowId, 'ASSETS', assetId, assetsUnrecovered],
  );
}

export async function noteChargedAsset(db: Sql, workflowId: string, assetId: string): Promise<void> {
  await db.query(
    `UPDATE workflow_steps SET charged_asset_ids = CASE WHEN $2::uuid = ANY(charged_asset_ids) THEN charged_asset_ids ELSE charged_asset_ids || $2::uuid END
      WHERE workflow_id = $1 AND step = 'ASSETS'`,
    [workflowId, assetId],
  );
}

export async function finishWorkflow(db: Sql, id: string, status: Exclude<WorkflowStatus, 'IN_PROGRESS'>, at: Date): Promise<void> {
  await db.query(
    `UPDATE workflows SET status = $2, completed_at = CASE WHEN $2 = 'COMPLETED' THEN $3::timestamptz END, cancelled_at = CASE WHEN $2 = 'CANCELLED' THEN $3::timestamptz END, version = version + 1 WHERE id = $1`,
    [id, status, at],
  );
}

export async function touchWorkflow(db: Sql, id: string): Promise<void> {
  await db.query(`UPDATE workflows SET version = version + 1 WHERE id = $1`, [id]);
}

export function findWorkflows(db: Sql, ids: readonly string[]): Promise<WorkflowRecord[]> {
  return rows<WorkflowRecord>(db, `SELECT ${WORKFLOW_COLUMNS} FROM workflows w WHERE w.id = ANY($1::uuid[])`, [ids]);
}

// The latest process of a kind per person (a rehire has a newer one).
export function latestWorkflowsOf(db: Sql, employeeIds: readonly string[], kind: WorkflowKind): Promise<WorkflowRecord[]> {
  return rows<WorkflowRecord>(
    db,
    `SELECT DISTINCT ON (w.employee_id) ${WORKFLOW_COLUMNS} FROM workflows w WHERE w.employee_id = ANY($1::uuid[]) AND w.kind = $2 ORDER BY w.employee_id, w.opened_at DESC, w.id DESC`,
    [employeeIds, kind],
  );
}

export type WorkflowFilter = {
  kind?: WorkflowKind | null | undefined;
  status?: WorkflowStatus | null | undefined;
  overdue?: boolean | null | undefined;
  departmentId?: string | null | undefined;
  employeeId?: string | null | undefined;
  // Only processes with a step in this state (FAILED, say).
  stepStatus?: StoredStepStatus | null | undefined;
};

// Newest first: what the manager is following now.
const BY_OPENING: KeysetOrder = { sortText: `to_char(w.opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, sortColumn: 'w.opened_at', idColumn: 'w.id', direction: 'DESC' };

export async function listWorkflows(db: Sql, filter: WorkflowFilter, today: string, first: number, after: string | null) {
  const params = new SqlParams();
  const clauses: string[] = [];
  if (filter.kind) clauses.push(`w.kind = ${params.add(filter.kind)}`);
  if (filter.status) clauses.push(`w.status = ${params.add(filter.status)}`);
  if (filter.employeeId) clauses.push(`w.employee_id = ${params.add(filter.employeeId)}::uuid`);
  if (filter.departmentId) clauses.push(`EXISTS (SELECT 1 FROM employee_records e WHERE e.id = w.employee_id AND e.department_id = ${params.add(filter.departmentId)}::uuid)`);
  if (filter.stepStatus) clauses.push(`EXISTS (SELECT 1 FROM workflow_steps s WHERE s.workflow_id = w.id AND s.status = ${params.add(filter.stepStatus)})`);
  if (filter.overdue !== undefined && filter.overdue !== null) {
    const overdueStep = `w.status = 'IN_PROGRESS' AND EXISTS (SELECT 1 FROM workflow_steps s WHERE s.workflow_id = w.id AND s.status = 'PENDING' AND s.due_on < ${params.add(today)}::date)`;
    clauses.push(filter.overdue ? `(${overdueStep})` : `NOT (${overdueStep})`);
  }
  const count = await firstRow<{ count: number }>(db, `SELECT count(*)::int AS count FROM workflows w ${whereClause(clauses)}`, params.values);
  const afterCursor = afterCursorClause(params, BY_OPENING, after);
  const selected = await rows<WorkflowRecord & { sortValue: string }>(
    db,
    `SELECT ${WORKFLOW_COLUMNS}, ${BY_OPENING.sortText} AS "sortValue" FROM workflows w ${whereClause(afterCursor ? [...clauses, afterCursor] : clauses)} ${orderAndLimit(params, BY_OPENING, first)}`,
    params.values,
  );
  return { ...keysetPage(selected, first, (row) => row), totalCount: count?.count ?? 0 };
}

// Changes of the policy take turns, so its events keep the order of the changes.
export function lockOffboardingPolicy(db: Sql): Promise<void> {
  return lockNamed(db, 'hr:offboarding-policy');
}

export function findOffboardingPolicy(db: Sql): Promise<OffboardingPolicyRecord | undefined> {
  return firstRow<OffboardingPolicyRecord>(
    db,
    `SELECT unreturned_after_days AS "unreturnedAfterDays", treatment, changed_at AS "changedAt", changed_by AS "changedBy", version FROM offboarding_policy`,
  );
}

export async function saveOffboardingPolicy(db: Sql, policy: Pick<OffboardingPolicyRecord, 'unreturnedAfterDays' | 'treatment' | 'changedAt' | 'changedBy'>): Promise<OffboardingPolicyRecord> {
  const saved = await firstRow<OffboardingPolicyRecord>(
    db,
    `INSERT INTO offboarding_policy (unreturned_after_days, treatment, changed_at, changed_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (policy) DO UPDATE SET unreturned_after_days = EXCLUDED.unreturned_after_days, treatment = EXCLUDED.treatment,
       changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by, version = offboarding_policy.version + 1
     RETURNING unreturned_after_days AS "unreturnedAfterDays", treatment, changed_at AS "changedAt", changed_by AS "changedBy", version`,
    [policy.unreturnedAfterDays, policy.treatment, policy.changedAt, policy.changedBy],
  );
  return saved!;
}
