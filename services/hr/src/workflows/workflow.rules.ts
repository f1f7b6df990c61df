import { addDays, firstOfNextMonth } from '../dates';
import type { OwningDepartment, StoredStepStatus, WorkflowKind, WorkflowStepName, WorkflowStepStatus } from './workflow.record';

// What each process is made of, who owns each step and when it is due. Pure: the service and
// the queries share it.

export const STEPS_OF: Readonly<Record<WorkflowKind, readonly WorkflowStepName[]>> = {
  // The record complete, access ready and a kit on the desk by the first morning, then the first
  // payroll that pays them.
  ONBOARDING: ['HR_RECORD', 'ACCESS', 'EQUIPMENT', 'FIRST_PAYROLL'],
  // Access gone after the last day, equipment back (or charged by the policy), final pay posted.
  OFFBOARDING: ['ACCESS_REVOKED', 'ASSETS', 'FINAL_PAY'],
};

export const DEPARTMENT_OF: Readonly<Record<WorkflowStepName, OwningDepartment>> = {
  HR_RECORD: 'HR',
  ACCESS: 'IT',
  EQUIPMENT: 'IT',
  FIRST_PAYROLL: 'ACCOUNTING',
  ACCESS_REVOKED: 'IT',
  ASSETS: 'IT',
  FINAL_PAY: 'ACCOUNTING',
};

// A month's payroll is run after the month ends; a week into the next month it should be posted.
const payrollDue = (anchorDate: string): string => addDays(firstOfNextMonth(anchorDate), 6);

// Due dates from the start date (onboarding) or the last day (offboarding). Equipment not
// returned is given up on `unreturnedAfterDays` after the last day (the policy); without a
// policy it is due back by the day after the last day.
export function dueDates(kind: WorkflowKind, anchorDate: string, unreturnedAfterDays: number | null): Record<WorkflowStepName, string> {
  const dues = {} as Record<WorkflowStepName, string>;
  if (kind === 'ONBOARDING') {
    dues.HR_RECORD = anchorDate;
    dues.ACCESS = anchorDate;
    dues.EQUIPMENT = anchorDate;
    dues.FIRST_PAYROLL = payrollDue(anchorDate);
  } else {
    dues.ACCESS_REVOKED = addDays(anchorDate, 1);
    dues.ASSETS = addDays(anchorDate, (unreturnedAfterDays ?? 0) + 1);
    dues.FINAL_PAY = payrollDue(anchorDate);
  }
  return dues;
}

// Which step a department's failed reaction holds up: by the department of the consumer and the
// kind of process (its hire or termination event is what the consumer failed on).
export function stepOfFailure(kind: WorkflowKind, consumer: string): WorkflowStepName | undefined {
  const [service, reaction = ''] = consumer.split('.') as [string, string | undefined];
  if (service === 'it') {
    if (reaction === 'helpdesk' || reaction === 'offboarding-policy') return kind === 'ONBOARDING' ? 'EQUIPMENT' : 'ASSETS';
    return kind === 'ONBOARDING' ? 'ACCESS' : 'ACCESS_REVOKED';
  }
  if (service === 'accounting') {
    if (reaction === 'fixed-assets') return kind === 'ONBOARDING' ? undefined : 'ASSETS';
    return kind === 'ONBOARDING' ? 'FIRST_PAYROLL' : 'FINAL_PAY';
  }
  return kind === 'ONBOARDING' ? 'HR_RECORD' : undefined;
}

// What a person sees: a failure first (it needs someone), then lateness.
export function displayedStatus(step: { status: StoredStepStatus; dueOn: string }, today: string, workflowInProgress: boolean): WorkflowStepStatus {
  if (step.status !== 'PENDING') return step.status;
  return workflowInProgress && step.dueOn < today ? 'OVERDUE' : 'PENDING';
}

// MANAGER, or the department that owns the step (its reaction failed; it fixed the cause).
export const RETRY_ROLES_OF = (step: WorkflowStepName): readonly string[] => ['MANAGER', DEPARTMENT_OF[step]];
