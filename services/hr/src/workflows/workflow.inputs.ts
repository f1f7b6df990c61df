import { z } from 'zod';
import { unreturnedEquipmentTreatments, workflowKinds, workflowStepStatuses } from '@backoffice/events/hr-events';

export const offboardingPolicyInput = z.strictObject({
  unreturnedAfterDays: z.number().int('must be a whole number of days').min(0, 'must be 0 or more days').max(365, 'must be at most 365 days'),
  treatment: z.enum(unreturnedEquipmentTreatments),
});

export const workflowFilterInput = z.strictObject({
  kind: z.enum(workflowKinds).nullish(),
  status: z.enum(['IN_PROGRESS', 'COMPLETED', 'CANCELLED']).nullish(),
  stepStatus: z.enum([...workflowStepStatuses, 'OVERDUE']).nullish(),
  overdue: z.boolean().nullish(),
  departmentId: z.uuid('must be a department id').nullish(),
  employeeId: z.uuid('must be an employee id').nullish(),
});
