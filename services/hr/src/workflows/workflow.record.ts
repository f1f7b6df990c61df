import type { unreturnedEquipmentTreatments, workflowKinds, workflowStepStatuses, workflowSteps } from '@backoffice/events/hr-events';

export type WorkflowKind = (typeof workflowKinds)[number];
export type WorkflowStepName = (typeof workflowSteps)[number];
// As stored; OVERDUE is worked out on read (a pending step past its due date).
export type StoredStepStatus = (typeof workflowStepStatuses)[number];
export type WorkflowStepStatus = StoredStepStatus | 'OVERDUE';
export type WorkflowStatus = 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';
export type OwningDepartment = 'HR' | 'IT' | 'ACCOUNTING';
export type UnreturnedEquipmentTreatment = (typeof unreturnedEquipmentTreatments)[number];

export type WorkflowRecord = {
  id: string;
  kind: WorkflowKind;
  employeeId: string;
  anchorDate: string;
  status: WorkflowStatus;
  openedAt: Date;
  completedAt: Date | null;
  cancelledAt: Date | null;
  correlationId: string;
  triggerEventId: string;
  version: number;
};

// The dead-lettered reaction behind a FAILED step: where its event is, to retry it.
export type StepFailure = {
  failureId: string;
  consumer: string;
  reason: string;
  eventId: string | null;
  eventType: string | null;
  topic: string;
  partition: number;
  offset: string;
};

export type WorkflowStepRecord = {
  workflowId: string;
  step: WorkflowStepName;
  department: OwningDepartment;
  position: number;
  dueOn: string;
  status: StoredStepStatus;
  doneAt: Date | null;
  failure: StepFailure | null;
  failedAt: Date | null;
  retriedAt: Date | null;
  unrecoveredAssetIds: string[];
  assetsUnrecovered: number | null;
  chargedAssetIds: string[];
};

export type OffboardingPolicyRecord = {
  unreturnedAfterDays: number;
  treatment: UnreturnedEquipmentTreatment;
  changedAt: Date;
  changedBy: string;
  version: number;
};

// A failure as shown: the stored failure and when it happened.
export type StepFailureShown = StepFailure & { failedAt: Date };
