import { toConnection } from '@backoffice/platform/connection';
import type { MutationResolvers, QueryResolvers, WorkflowResolvers, WorkflowStepResolvers } from '../__generated__/resolvers-types';
import { hrPolicy } from '../access/policy';
import type { HrContext } from '../context';
import { setOffboardingPolicy } from './workflow.commands/set-offboarding-policy';
import { canSeeWorkflow, offboardingPolicy, workflowList } from './workflow.queries';
import type { WorkflowRecord } from './workflow.record';
import { displayedStatus } from './workflow.rules';
import { retryWorkflowStep } from './workflow.service';

export const workflowQueries: Pick<QueryResolvers, 'workflows' | 'workflow' | 'offboardingPolicy'> = {
  workflows: async (_parent, args, { principal, modules, loaders }) => {
    hrPolicy.require(principal, 'workflow.readAll');
    const page = await workflowList(modules.dataSource, args, modules.clock.today());
    for (const row of page.rows) loaders.workflow.prime(row.id, row);
    return toConnection(page);
  },
  workflow: async (_parent, { id }, { principal, loaders }) => {
    const workflow = await loaders.workflow.load(id);
    if (!workflow) return null;
    if (!canSeeWorkflow(principal, workflow)) throw hrPolicy.refusal('workflow.read');
    return workflow;
  },
  offboardingPolicy: (_parent, _args, { principal, modules }) => {
    hrPolicy.require(principal, 'offboardingPolicy.read');
    return offboardingPolicy(modules.dataSource).then((policy) => policy ?? null);
  },
};

export const workflowMutations: Pick<MutationResolvers, 'retryWorkflowStep' | 'setOffboardingPolicy'> = {
  // The step's department may retry too: the service checks it against the step.
  retryWorkflowStep: (_parent, { workflowId, step }, { principal, modules, eventMetadata }) => retryWorkflowStep(modules, principal, workflowId, step, eventMetadata),
  setOffboardingPolicy: (_parent, { input }, { principal, modules, eventMetadata }) => {
    hrPolicy.require(principal, 'offboardingPolicy.set');
    return setOffboardingPolicy(modules, input, eventMetadata);
  },
};

const today = (context: HrContext) => context.modules.clock.today();

export const Workflow: WorkflowResolvers = {
  employee: ({ employeeId }, _args, { loaders }) => loaders.employee.load(employeeId),
  openedAt: ({ openedAt }) => openedAt.toISOString(),
  completedAt: ({ completedAt }) => completedAt?.toISOString() ?? null,
  cancelledAt: ({ cancelledAt }) => cancelledAt?.toISOString() ?? null,
  steps: ({ id }, _args, { loaders }) => loaders.workflowSteps.load(id),
  overdue: async (workflow, _args, context) => {
    if (workflow.status !== 'IN_PROGRESS') return false;
    const steps = await context.loaders.workflowSteps.load(workflow.id);
    return steps.some((step) => displayedStatus(step, today(context), true) === 'OVERDUE');
  },
};

// Steps are read with their process (a workflow loader primes nothing here): the status is
// worked out against today and whether the process is still running.
export const WorkflowStep: WorkflowStepResolvers = {
  status: async (step, _args, context) => {
    const workflow = (await context.loaders.workflow.load(step.workflowId)) as WorkflowRecord | null;
    return displayedStatus(step, today(context), workflow?.status === 'IN_PROGRESS');
  },
  doneAt: ({ doneAt }) => doneAt?.toISOString() ?? null,
  retriedAt: ({ retriedAt }) => retriedAt?.toISOString() ?? null,
  failure: ({ failure, failedAt }) => (failure && failedAt ? { ...failure, failedAt } : null),
};

export const WorkflowStepFailure = {
  failedAt: ({ failedAt }: { failedAt: Date }) => failedAt.toISOString(),
};

export const OffboardingPolicy = {
  changedAt: ({ changedAt }: { changedAt: Date }) => changedAt.toISOString(),
};
