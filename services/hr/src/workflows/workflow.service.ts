import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { workflowCancelled, workflowCompleted, workflowOpened, workflowStepChanged, workflowStepRetryRequested } from '@backoffice/events/hr-events';
import type { Clock } from '@backoffice/platform/clock';
import { Conflict, Forbidden, NotFound } from '@backoffice/platform/domain-errors';
import type { Principal } from '@backoffice/platform/identity';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { Sql } from '@backoffice/platform/sql';
import { recordAudit } from '../audit-log';
import type { HrModules } from '../hr-modules';
import { recordIssuesOf } from '../record-issues/record-issues.queries';
import type { StepFailure, WorkflowKind, WorkflowRecord, WorkflowStepName, WorkflowStepRecord } from './workflow.record';
import * as workflows from './workflow.repository';
import { DEPARTMENT_OF, RETRY_ROLES_OF, STEPS_OF, dueDates, stepOfFailure } from './workflow.rules';

// Onboarding and offboarding: opened in the hire's or termination's own transaction, each step
// moved only by its department's events (workflows.consumer.ts), FAILED by a dead-lettered
// reaction and PENDING again when someone asks to retry it. Every change is an event on
// hr.workflow.v1.

const facts = (workflow: WorkflowRecord) => ({ workflowId: workflow.id, kind: workflow.kind, employeeId: workflow.employeeId });

export async function openWorkflow(
  tx: EntityManager,
  clock: Clock,
  kind: WorkflowKind,
  opening: { employeeId: string; anchorDate: string; eventId: string },
  metadata: EventMetadata,
): Promise<void> {
  // A rehire before the last onboarding finished starts over.
  const previous = await workflows.lockInProgress(tx, opening.employeeId, kind);
  if (previous) await cancel(tx, previous, clock, metadata);
  const policy = kind === 'OFFBOARDING' ? await workflows.findOffboardingPolicy(tx) : undefined;
  const dues = dueDates(kind, opening.anchorDate, policy?.unreturnedAfterDays ?? null);
  const steps = STEPS_OF[kind].map((step) => ({ step, department: DEPARTMENT_OF[step], dueOn: dues[step] }));
  const workflow: WorkflowRecord = {
    id: randomUUID(),
    kind,
    employeeId: opening.employeeId,
    anchorDate: opening.anchorDate,
    status: 'IN_PROGRESS',
    openedAt: clock.now(),
    completedAt: null,
    cancelledAt: null,
    correlationId: metadata.correlationId,
    triggerEventId: opening.eventId,
    version: 1,
  };
  await workflows.insertWorkflow(tx, workflow, steps);
  await recordEvent(tx, workflowOpened, { ...facts(workflow), anchorDate: opening.anchorDate, steps: steps.map(({ step, dueOn }) => ({ step, dueOn })) }, metadata);
  if (kind === 'ONBOARDING') await checkRecordStep(tx, clock, workflow, metadata);
}

async function cancel(tx: Sql, workflow: WorkflowRecord, clock: Clock, metadata: EventMetadata): Promise<void> {
  await workflows.finishWorkflow(tx, workflow.id, 'CANCELLED', clock.now());
  await recordEvent(tx as EntityManager, workflowCancelled, facts(workflow), metadata);
}

// A withdrawn termination: the person stays, so their offboarding stops.
export async function cancelOffboarding(tx: EntityManager, clock: Clock, employeeId: string, metadata: EventMetadata): Promise<void> {
  const workflow = await workflows.lockInProgress(tx, employeeId, 'OFFBOARDING');
  if (workflow) await cancel(tx, workflow, clock, metadata);
}

async function stepOf(tx: Sql, workflow: WorkflowRecord, step: WorkflowStepName): Promise<WorkflowStepRecord | undefined> {
  return (await workflows.stepsOf(tx, [workflow.id])).find((candidate) => candidate.step === step);
}

// A department's event did what the step waits for. Done is done: a later failure or a
// redelivered event does not move it back.
export async function completeStep(tx: EntityManager, clock: Clock, employeeId: string, kind: WorkflowKind, step: WorkflowStepName, metadata: EventMetadata): Promise<boolean> {
  const workflow = await workflows.lockInProgress(tx, employeeId, kind);
  if (!workflow) return false;
  return completeStepOf(tx, clock, workflow, step, metadata);
}

async function completeStepOf(tx: EntityManager, clock: Clock, workflow: WorkflowRecord, step: WorkflowStepName, metadata: EventMetadata): Promise<boolean> {
  // The workflow row is locked: the steps read here are the ones this change completes.
  const steps = await workflows.stepsOf(tx, [workflow.id]);
  const current = steps.find((candidate) => candidate.step === step);
  if (!current || current.status === 'DONE') return false;
  await workflows.setStepStatus(tx, workflow.id, step, { status: 'DONE', at: clock.now() });
  await workflows.touchWorkflow(tx, workflow.id);
  await recordEvent(tx, workflowStepChanged, { ...facts(workflow), step, status: 'DONE', reason: null }, metadata);
  if (steps.every((candidate) => candidate.step === step || candidate.status === 'DONE')) {
    await workflows.finishWorkflow(tx, workflow.id, 'COMPLETED', clock.now());
    await recordEvent(tx, workflowCompleted, { ...facts(workflow), completedOn: clock.today() }, metadata);
  }
  return true;
}

// HR's own step: the record has nothing recordIssues would list for the person.
export async function checkRecordStep(tx: EntityManager, clock: Clock, workflow: WorkflowRecord, metadata: EventMetadata): Promise<void> {
  const issues = await recordIssuesOf(tx, workflow.employeeId);
  if (issues.length === 0) await completeStepOf(tx, clock, workflow, 'HR_RECORD', metadata);
}

export async function recheckRecord(tx: EntityManager, clock: Clock, employeeId: string, metadata: EventMetadata): Promise<void> {
  const workflow = await workflows.lockInProgress(tx, employeeId, 'ONBOARDING');
  if (workflow) await checkRecordStep(tx, clock, workflow, metadata);
}

// IT gave up on a leaver's asset; the step is done once accounting charged every one of them.
export async function noteUnrecovered(tx: EntityManager, clock: Clock, fact: { employeeId: string; assetId: string; assetsUnrecovered: number }, metadata: EventMetadata): Promise<void> {
  const workflow = await workflows.lockInProgress(tx, fact.employeeId, 'OFFBOARDING');
  if (!workflow) return;
  await workflows.noteUnrecoveredAsset(tx, workflow.id, fact.assetId, fact.assetsUnrecovered);
  await completeAssetsIfCharged(tx, clock, workflow, metadata);
}

export async function noteCharged(tx: EntityManager, clock: Clock, fact: { employeeId: string; assetId: string }, metadata: EventMetadata): Promise<void> {
  const workflow = await workflows.lockInProgress(tx, fact.employeeId, 'OFFBOARDING');
  if (!workflow) return;
  await workflows.noteChargedAsset(tx, workflow.id, fact.assetId);
  await completeAssetsIfCharged(tx, clock, workflow, metadata);
}

// Charges and IT's notices arrive on different topics in any order: done when every asset IT
// gave up on is charged and IT's count says none is missing.
async function completeAssetsIfCharged(tx: EntityManager, clock: Clock, workflow: WorkflowRecord, metadata: EventMetadata): Promise<void> {
  const assets = await stepOf(tx, workflow, 'ASSETS');
  if (!assets?.assetsUnrecovered) return;
  const charged = new Set(assets.chargedAssetIds);
  if (assets.unrecoveredAssetIds.length >= assets.assetsUnrecovered && assets.unrecoveredAssetIds.every((id) => charged.has(id))) {
    await completeStepOf(tx, clock, workflow, 'ASSETS', metadata);
  }
}

// A department's reaction was dead-lettered: the step it holds up shows FAILED, with where the
// event is, so it can be retried once the cause is fixed.
export async function failStep(tx: EntityManager, clock: Clock, failure: StepFailure & { correlationId: string | null }, metadata: EventMetadata): Promise<void> {
  const found = await workflows.workflowsOfFailure(tx, failure.eventId, failure.correlationId);
  // The process whose own HR event failed; else the one process of that request (a hire's pay
  // event shares the hire's correlation id). A request that opened several (a seeding, an import)
  // cannot tell which person's step it was: none is marked rather than the wrong one.
  const byEvent = found.filter((workflow) => workflow.triggerEventId === failure.eventId);
  const candidates = byEvent.length ? byEvent : found.length === 1 ? found : [];
  for (const workflow of candidates) {
    const step = stepOfFailure(workflow.kind, failure.consumer);
    if (!step) continue;
    const current = await stepOf(tx, workflow, step);
    if (!current || current.status === 'DONE') continue;
    const { correlationId: _correlationId, ...stored } = failure;
    await workflows.setStepStatus(tx, workflow.id, step, { status: 'FAILED', at: clock.now(), failure: stored });
    await workflows.touchWorkflow(tx, workflow.id);
    await recordEvent(tx, workflowStepChanged, { ...facts(workflow), step, status: 'FAILED', reason: failure.reason }, metadata);
    return;
  }
}

// Asks the owning service to apply the failed event again (packages/platform/src/step-retries.ts).
// The step is PENDING until its department's event arrives, or FAILED again with a new failure.
export async function retryWorkflowStep(modules: HrModules, principal: Principal, workflowId: string, step: WorkflowStepName, metadata: EventMetadata): Promise<WorkflowRecord> {
  const roles = RETRY_ROLES_OF(step);
  if (!principal.roles.some((role) => roles.includes(role))) {
    throw new Forbidden(`Retrying the ${step} step is for MANAGER or ${DEPARTMENT_OF[step]}, whose reaction it is.`);
  }
  return modules.dataSource.transaction(async (tx) => {
    const workflow = await workflows.lockWorkflow(tx, workflowId);
    if (!workflow) throw new NotFound('Workflow', workflowId);
    const current = await stepOf(tx, workflow, step);
    if (!current) throw new Conflict(`A ${workflow.kind.toLowerCase()} has no ${step} step; its steps are ${STEPS_OF[workflow.kind].join(', ')}.`, { step });
    if (workflow.status !== 'IN_PROGRESS') throw new Conflict(`This ${workflow.kind.toLowerCase()} is ${workflow.status.toLowerCase()}: nothing to retry.`, { status: workflow.status });
    if (current.status !== 'FAILED' || !current.failure) {
      throw new Conflict(`The ${step} step is ${current.status.toLowerCase()}, not failed: only a failed step is retried${current.retriedAt ? ` (it was retried at ${current.retriedAt.toISOString()})` : ''}.`, { status: current.status });
    }
    const failure = current.failure;
    const retryId = randomUUID();
    await workflows.setStepStatus(tx, workflow.id, step, { status: 'PENDING', at: modules.clock.now() });
    await workflows.touchWorkflow(tx, workflow.id);
    await recordEvent(
      tx,
      workflowStepRetryRequested,
      { ...facts(workflow), retryId, step, consumer: failure.consumer, topic: failure.topic, partition: failure.partition, offset: failure.offset, eventId: failure.eventId, failureId: failure.failureId },
      metadata,
    );
    await recordEvent(tx, workflowStepChanged, { ...facts(workflow), step, status: 'PENDING', reason: null }, metadata);
    await recordAudit(tx, { actor: metadata.actor, action: 'workflow.step-retried', entityType: 'workflow', entityId: workflow.id, changes: { step, retryId, failure: { consumer: failure.consumer, reason: failure.reason } }, correlationId: metadata.correlationId });
    return (await workflows.findWorkflows(tx, [workflow.id]))[0]!;
  });
}
