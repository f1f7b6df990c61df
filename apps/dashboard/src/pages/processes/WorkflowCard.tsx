import { useMutation } from '@apollo/client';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import type { OwningDepartment, ProcessesWorkflowFieldsFragment, WorkflowStepName, WorkflowStepStatus } from '../../graphql/graphql';
import { describeError, errorCode } from '../../ui/errors';
import { formatDate, formatDateTime, humanize } from '../../ui/format';
import { Success } from '../../ui/Status';

export const ProcessesWorkflowFields = graphql(`
  fragment ProcessesWorkflowFields on Workflow {
    id
    kind
    status
    anchorDate
    openedAt
    completedAt
    cancelledAt
    overdue
    version
    employee {
      id
      firstName
      lastName
    }
    steps {
      step
      department
      status
      dueOn
      doneAt
      retriedAt
      failure {
        consumer
        reason
        eventType
        failedAt
      }
    }
  }
`);

const ProcessesRetryWorkflowStepMutation = graphql(`
  mutation ProcessesRetryWorkflowStep($workflowId: ID!, $step: WorkflowStepName!) {
    retryWorkflowStep(workflowId: $workflowId, step: $step) {
      ...ProcessesWorkflowFields
    }
  }
`);

type Workflow = ProcessesWorkflowFieldsFragment;
type Step = Workflow['steps'][number];

// Step names as people say them (HR record, not "Hr record").
export const stepLabels: Record<WorkflowStepName, string> = {
  HR_RECORD: 'HR record',
  ACCESS: 'Access',
  EQUIPMENT: 'Equipment',
  FIRST_PAYROLL: 'First payroll',
  ACCESS_REVOKED: 'Access revoked',
  ASSETS: 'Assets',
  FINAL_PAY: 'Final pay',
};

const departmentLabels: Record<OwningDepartment, string> = { HR: 'HR', IT: 'IT', ACCOUNTING: 'Accounting' };

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string };

// One onboarding or offboarding: whose it is, where it stands, and its steps. A failed step can be
// retried by the manager or by the department whose reaction failed (the server checks this too).
export function WorkflowCard({ workflow, onConflict }: { workflow: Workflow; onConflict(): void }) {
  const viewer = useViewer();
  const [retry, { loading }] = useMutation(ProcessesRetryWorkflowStepMutation);
  const [retrying, setRetrying] = useState<WorkflowStepName | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const person = workflow.employee ? `${workflow.employee.firstName} ${workflow.employee.lastName}` : null;
  const kind = humanize(workflow.kind);
  const headingId = `workflow-${workflow.id}`;
  const anyFailed = workflow.steps.some((step) => step.status === 'FAILED');
  const mayRetry = (step: Step) => hasRole(viewer.roles, 'MANAGER', step.department);

  async function retryStep(step: Step) {
    const label = stepLabels[step.step];
    setOutcome(null);
    setRetrying(step.step);
    try {
      const result = await retry({ variables: { workflowId: workflow.id, step: step.step } });
      const now = result.data?.retryWorkflowStep.steps.find((candidate) => candidate.step === step.step);
      setOutcome({ kind: 'done', text: `${label} retried: ${departmentLabels[step.department]} applies it again; the step is now ${humanize(now?.status).toLowerCase()}.` });
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (errorCode(error) === 'CONFLICT') {
        // Someone retried first, or the step moved on: show where it stands now.
        setOutcome({ kind: 'failed', text: `${label} could not be retried: ${describeError(error)} The process has changed since you loaded it, so it has been reloaded.` });
        onConflict();
      } else {
        setOutcome({ kind: 'failed', text: `${label} could not be retried: ${describeError(error)}` });
      }
    } finally {
      setRetrying(null);
    }
  }

  return (
    <article aria-labelledby={headingId} className="workflow">
      <header>
        <h2 id={headingId}>
          {kind}: {workflow.employee ? <Link to={`/people/${workflow.employee.id}`}>{person}</Link> : 'someone whose record you may not see'}
        </h2>
        <p className="workflow-facts">
          <span>Status: {humanize(workflow.status)}</span>
          {workflow.overdue && <span className="badge danger">Overdue</span>}
          <span>Started {formatDateTime(workflow.openedAt)}</span>
          <span>
            {workflow.kind === 'ONBOARDING' ? 'Start date' : 'Last day'} {formatDate(workflow.anchorDate)}
          </span>
          {workflow.completedAt && <span>Completed {formatDateTime(workflow.completedAt)}</span>}
          {workflow.cancelledAt && <span>Cancelled {formatDateTime(workflow.cancelledAt)}</span>}
        </p>
      </header>
      <div className="workflow-steps">
        <table>
          <caption>
            Steps of the {kind.toLowerCase()}
            {person ? ` of ${person}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Department</th>
              <th scope="col">Status</th>
              <th scope="col">Due on</th>
              <th scope="col">Done</th>
              <th scope="col">Failure</th>
              {anyFailed && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {workflow.steps.map((step) => (
              <tr key={step.step}>
                <th scope="row">{stepLabels[step.step]}</th>
                <td>{departmentLabels[step.department]}</td>
                <td>
                  <StepStatus status={step.status} />
                </td>
                <td>{formatDate(step.dueOn)}</td>
                <td>{step.doneAt ? formatDateTime(step.doneAt) : ''}</td>
                <td className="workflow-failure">
                  <StepFailure step={step} />
                </td>
                {anyFailed && (
                  <td>
                    {step.status === 'FAILED' &&
                      (mayRetry(step) ? (
                        <button type="button" className="workflow-retry" disabled={loading} aria-busy={retrying === step.step ? true : undefined} onClick={() => void retryStep(step)}>
                          Retry {stepLabels[step.step]}
                        </button>
                      ) : (
                        <span className="workflow-muted">For {departmentLabels[step.department]} or the manager to retry</span>
                      ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outcome?.kind === 'done' && <Success>{outcome.text}</Success>}
      {outcome?.kind === 'failed' && (
        <p role="alert" className="notice error">
          {outcome.text}
        </p>
      )}
    </article>
  );
}

// The status in words; the ones that need someone's attention are marked as well.
function StepStatus({ status }: { status: WorkflowStepStatus }) {
  if (status === 'FAILED' || status === 'OVERDUE') return <span className="badge danger">{humanize(status)}</span>;
  return <>{humanize(status)}</>;
}

// Why the step failed: the reaction, the error class and the event. The last failure is kept after
// a retry, for the record.
function StepFailure({ step }: { step: Step }) {
  if (!step.failure) return null;
  const { consumer, reason, eventType, failedAt } = step.failure;
  return (
    <>
      {step.status !== 'FAILED' && <span className="workflow-muted">Earlier: </span>}
      {reason} in {consumer}
      {eventType ? ` on ${eventType}` : ''}, {formatDateTime(failedAt)}
      {step.retriedAt && <span className="workflow-muted"> (retried {formatDateTime(step.retriedAt)})</span>}
    </>
  );
}
