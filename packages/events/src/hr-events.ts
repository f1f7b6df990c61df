import { z } from 'zod';
import { defineEvent } from './contract';
import { decimalString, currencyCode, halfDayCount, isoDate, nonEmptyString, uuid, workEmail } from './scalars';

// HR events. Analysts read every topic here except hr.compensation.v1, so salary and
// private contact data (phone, home address, private email, bank, emergency contact)
// appear only on hr.compensation.v1 and nowhere else; neither do termination reasons, leave
// types (sick, parental: health and family facts) or free text about a person.
//
// Versions: HR publishes only the newest version of each event. Older versions stay defined
// so that events already on a topic can still be read (a replay from offset 0 meets them).
// A production deployment publishes only the newest versions from its first release.

export const employmentTypes = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR'] as const;

export const employeeHired = defineEvent({
  service: 'hr',
  aggregate: 'employee',
  name: 'hired',
  version: 1,
  topic: 'hr.employee.v1',
  key: 'employeeId',
  description: 'An employee was hired. Compensation at hire is a separate hr.compensation.changed event.',
  data: z.strictObject({
    employeeId: uuid,
    employeeNumber: nonEmptyString,
    firstName: nonEmptyString,
    lastName: nonEmptyString,
    email: workEmail,
    title: nonEmptyString,
    departmentId: uuid,
    managerId: uuid.nullable(),
    employmentType: z.enum(employmentTypes),
    startDate: isoDate,
  }),
});

// Names that would smuggle pay, private contact data, termination details, history, reasons or
// leave types through `changes`; the record's keys are open, so this is checked at runtime
// rather than by the schema's shape.
const FORBIDDEN_CHANGE_FIELD = /salary|compensation|amount|pay|wage|bonus|bank|iban|phone|mobile|address|emergency|birth|ssn|private|personal|termination|history|reason|leave_?type|absence_?type/i;

const changedField = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'Expected a camelCase field name')
  .refine((field) => !FORBIDDEN_CHANGE_FIELD.test(field), 'Pay and private contact fields never appear on hr.employee.v1');

export const employeeUpdated = defineEvent({
  service: 'hr',
  aggregate: 'employee',
  name: 'updated',
  version: 1,
  topic: 'hr.employee.v1',
  key: 'employeeId',
  description:
    'Profile fields of an employee changed (first or last name, work email, work location, employment type). ' +
    'Title, department and manager changes are hr.employee.transferred; private contact data (phone, emergency ' +
    'contact) never leaves HR; salary travels only on hr.compensation.v1.',
  data: z.strictObject({
    employeeId: uuid,
    // Field name -> old and new value. No salary or private contact data may appear here.
    changes: z
      .record(changedField, z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }))
      .refine((changes) => Object.keys(changes).length > 0, 'At least one field must change')
      .describe('Changed field -> previous and new value. Never salary or private contact data.'),
    effectiveDate: isoDate,
  }),
});

export const employeeTransferred = defineEvent({
  service: 'hr',
  aggregate: 'employee',
  name: 'transferred',
  version: 1,
  topic: 'hr.employee.v1',
  key: 'employeeId',
  description: 'A job change: another department, manager and/or title, from an effective date (possibly in the future).',
  data: z.strictObject({
    employeeId: uuid,
    fromDepartmentId: uuid,
    toDepartmentId: uuid,
    fromManagerId: uuid.nullable(),
    toManagerId: uuid.nullable(),
    fromTitle: nonEmptyString,
    toTitle: nonEmptyString,
    effectiveDate: isoDate,
  }),
});

// Superseded by v2: it carried the termination reason on a topic analysts read.
export const employeeTerminatedV1 = defineEvent({
  service: 'hr',
  aggregate: 'employee',
  name: 'terminated',
  version: 1,
  topic: 'hr.employee.v1',
  key: 'employeeId',
  description: 'Superseded by v2 (no reason). An employee leaves the company.',
  data: z.strictObject({
    employeeId: uuid,
    terminationDate: isoDate,
    reason: nonEmptyString,
  }),
});

export const employeeTerminated = defineEvent({
  service: 'hr',
  aggregate: 'employee',
  name: 'terminated',
  version: 2,
  topic: 'hr.employee.v1',
  key: 'employeeId',
  description:
    "An employee's last day is recorded: employed through terminationDate, TERMINATED from the next day; IT revokes " +
    'access and collects assets from this. The reason stays in HR (analysts read this topic). ' +
    'hr.employee.termination-withdrawn undoes it.',
  data: z.strictObject({
    employeeId: uuid,
    terminationDate: isoDate,
  }),
});

export const terminationWithdrawn = defineEvent({
  service: 'hr',
  aggregate: 'employee',
  name: 'termination-withdrawn',
  version: 1,
  topic: 'hr.employee.v1',
  key: 'employeeId',
  description:
    'A recorded termination was withdrawn before the last day passed: the employee stays employed. Leave the ' +
    'termination shortened or withdrew stays as it is (hr.leave events said so then).',
  data: z.strictObject({
    employeeId: uuid,
    withdrawnTerminationDate: isoDate,
  }),
});

export const employeeRehired = defineEvent({
  service: 'hr',
  aggregate: 'employee',
  name: 'rehired',
  version: 1,
  topic: 'hr.employee.v1',
  key: 'employeeId',
  description: 'A former employee was hired again under the same employee id.',
  data: z.strictObject({
    employeeId: uuid,
    startDate: isoDate,
    departmentId: uuid,
    managerId: uuid.nullable(),
    title: nonEmptyString,
    // Added later, so optional: events already on the topic lack it (then it is unchanged).
    employmentType: z.enum(employmentTypes).optional(),
  }),
});

export const departmentCreated = defineEvent({
  service: 'hr',
  aggregate: 'department',
  name: 'created',
  version: 1,
  topic: 'hr.department.v1',
  key: 'departmentId',
  description: 'A department was created.',
  data: z.strictObject({
    departmentId: uuid,
    code: nonEmptyString,
    name: nonEmptyString,
    parentId: uuid.nullable(),
  }),
});

export const departmentUpdated = defineEvent({
  service: 'hr',
  aggregate: 'department',
  name: 'updated',
  version: 1,
  topic: 'hr.department.v1',
  key: 'departmentId',
  description: 'A department was renamed, moved under another parent, got a new head or cost centre.',
  data: z.strictObject({
    departmentId: uuid,
    changes: z
      .partialRecord(z.enum(['name', 'parentId', 'headId', 'costCentreCode']), z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }))
      .refine((changes) => Object.keys(changes).length > 0, 'At least one field must change'),
  }),
});

export const departmentClosed = defineEvent({
  service: 'hr',
  aggregate: 'department',
  name: 'closed',
  version: 1,
  topic: 'hr.department.v1',
  key: 'departmentId',
  description: 'A department was closed; it had no people and no open sub-departments left.',
  data: z.strictObject({
    departmentId: uuid,
    closedOn: isoDate,
  }),
});

export const payFrequencies = ['ANNUAL', 'MONTHLY', 'HOURLY'] as const;

export const compensationChanged = defineEvent({
  service: 'hr',
  aggregate: 'compensation',
  name: 'changed',
  version: 1,
  topic: 'hr.compensation.v1',
  key: 'employeeId',
  description:
    "An employee's pay changed (including the first pay at hire). Pay data: this topic is read only by " +
    'accounting, and it is the only topic that carries salary.',
  data: z.strictObject({
    employeeId: uuid,
    amount: decimalString,
    currency: currencyCode,
    payFrequency: z.enum(payFrequencies),
    effectiveDate: isoDate,
    reason: nonEmptyString.nullable(),
    // Null for the first pay at hire.
    previousAmount: decimalString.nullable(),
  }),
});

// Fields every leave event repeats, so a consumer needs no earlier event to act on one:
// the period with its half days (the first day from noon, the last until noon), the working
// days it counts and whether they are unpaid (payroll). No leave type (sick, parental: health
// and family facts) and no free-text reason: analysts read this topic.
const leaveShape = {
  leaveRequestId: uuid,
  employeeId: uuid,
  startDate: isoDate,
  endDate: isoDate,
  startHalfDay: z.boolean().default(false),
  endHalfDay: z.boolean().default(false),
  days: halfDayCount,
  unpaid: z.boolean(),
};

// A leave period of any version: the end is not before the start.
function leaveData<TShape extends { startDate: typeof isoDate; endDate: typeof isoDate }>(shape: TShape) {
  return z.strictObject(shape).refine(
    (leave) => {
      // ISO dates compare correctly as strings.
      const { startDate, endDate } = leave as { startDate: string; endDate: string };
      return startDate <= endDate;
    },
    { message: 'endDate is before startDate', path: ['endDate'] },
  );
}

export const leaveRequested = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'requested',
  version: 2,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'An employee requested leave; it awaits a decision.',
  data: leaveData(leaveShape),
});

export const leaveApproved = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'approved',
  version: 2,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'A leave request was approved; payroll reacts to unpaid days.',
  data: leaveData({
    ...leaveShape,
    // Null when HR approved without an employee id (a service account).
    decidedBy: uuid.nullable(),
  }),
});

export const leaveRejected = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'rejected',
  version: 2,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'A leave request was rejected (the reason stays in HR).',
  data: leaveData({
    ...leaveShape,
    decidedBy: uuid.nullable(),
  }),
});

export const leaveCancelled = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'cancelled',
  version: 2,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'A pending or approved leave request was withdrawn (by the employee, HR, or a termination); approved days went back to the balance.',
  data: leaveData(leaveShape),
});

export const leaveShortened = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'shortened',
  version: 2,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description:
    "Approved leave was cut back to the employee's last day at termination; endDate and days are the leave as it now stands, the days after it went back to the balance.",
  data: leaveData({
    ...leaveShape,
    previousEndDate: isoDate,
    previousDays: halfDayCount,
    daysReturned: halfDayCount,
  }),
});

// The company calendar. Keyed by the date, so an addition and a removal of one holiday stay in
// order; every event carries the company's time zone, in which the date is a whole day.
export const holidayAdded = defineEvent({
  service: 'hr',
  aggregate: 'calendar',
  name: 'holiday-added',
  version: 1,
  topic: 'hr.calendar.v1',
  key: 'date',
  description: 'A company holiday: no working day, from midnight to midnight in timeZone.',
  data: z.strictObject({
    date: isoDate,
    name: nonEmptyString,
    timeZone: nonEmptyString,
  }),
});

export const holidayRemoved = defineEvent({
  service: 'hr',
  aggregate: 'calendar',
  name: 'holiday-removed',
  version: 1,
  topic: 'hr.calendar.v1',
  key: 'date',
  description: 'A company holiday was removed: the date is a working day again (weekends aside).',
  data: z.strictObject({
    date: isoDate,
    timeZone: nonEmptyString,
  }),
});

// Version 1 of the leave events, superseded by version 2: they carried the leave type (sick,
// parental: health and family facts) and free-text reasons on a topic analysts read.
const leaveShapeV1 = {
  leaveRequestId: uuid,
  employeeId: uuid,
  leaveType: nonEmptyString,
  startDate: isoDate,
  endDate: isoDate,
  days: halfDayCount,
  unpaid: z.boolean(),
};

export const leaveRequestedV1 = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'requested',
  version: 1,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'Superseded by v2. An employee requested leave.',
  data: leaveData(leaveShapeV1),
});

export const leaveApprovedV1 = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'approved',
  version: 1,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'Superseded by v2. A leave request was approved.',
  data: leaveData({
    ...leaveShapeV1,
    // Null when approved automatically by policy.
    decidedBy: uuid.nullable(),
  }),
});

export const leaveRejectedV1 = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'rejected',
  version: 1,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'Superseded by v2. A leave request was rejected.',
  data: leaveData({
    ...leaveShapeV1,
    decidedBy: uuid.nullable(),
    reason: nonEmptyString.nullable(),
  }),
});

export const leaveCancelledV1 = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'cancelled',
  version: 1,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: 'Superseded by v2. A leave request was withdrawn.',
  data: leaveData({
    ...leaveShapeV1,
    reason: nonEmptyString.nullable(),
  }),
});

export const leaveShortenedV1 = defineEvent({
  service: 'hr',
  aggregate: 'leave',
  name: 'shortened',
  version: 1,
  topic: 'hr.leave.v1',
  key: 'leaveRequestId',
  description: "Superseded by v2. Approved leave was cut back to the employee's last day.",
  data: leaveData({
    ...leaveShapeV1,
    previousEndDate: isoDate,
    previousDays: halfDayCount,
    daysReturned: halfDayCount,
    reason: nonEmptyString,
  }),
});

// Processes across departments (HR owns them): onboarding at a hire, offboarding at a
// termination. Each step's state comes only from the owning department's events; a step whose
// reaction was dead-lettered shows FAILED and can be retried. Ids, codes and dates only.
export const workflowKinds = ['ONBOARDING', 'OFFBOARDING'] as const;
// ONBOARDING: HR_RECORD (no record issues), ACCESS (it.access.onboarded), EQUIPMENT (the joiner's
// kit ticket resolved), FIRST_PAYROLL (accounting.payroll.employee-included). OFFBOARDING:
// ACCESS_REVOKED (it.access.offboarded), ASSETS (the recovery ticket fulfilled, or every
// unrecovered asset charged), FINAL_PAY (employee-included with isFinal).
export const workflowSteps = ['HR_RECORD', 'ACCESS', 'EQUIPMENT', 'FIRST_PAYROLL', 'ACCESS_REVOKED', 'ASSETS', 'FINAL_PAY'] as const;
export const workflowStepStatuses = ['PENDING', 'DONE', 'FAILED'] as const;
export const unreturnedEquipmentTreatments = ['RECEIVABLE', 'WRITE_OFF'] as const;

const workflowShape = {
  workflowId: uuid,
  kind: z.enum(workflowKinds),
  employeeId: uuid,
};

export const workflowOpened = defineEvent({
  service: 'hr',
  aggregate: 'workflow',
  name: 'opened',
  version: 1,
  topic: 'hr.workflow.v1',
  key: 'workflowId',
  description: 'An onboarding (at a hire) or offboarding (at a termination) started, with its steps and the date each is due.',
  data: z.strictObject({
    ...workflowShape,
    // The start date (onboarding) or last day (offboarding).
    anchorDate: isoDate,
    steps: z.array(z.strictObject({ step: z.enum(workflowSteps), dueOn: isoDate })).min(1),
  }),
});

export const workflowStepChanged = defineEvent({
  service: 'hr',
  aggregate: 'workflow',
  name: 'step-changed',
  version: 1,
  topic: 'hr.workflow.v1',
  key: 'workflowId',
  description: "A step of a process changed status: done by its department's event, failed (its reaction was dead-lettered, with the reason code), or pending again after a retry.",
  data: z.strictObject({
    ...workflowShape,
    step: z.enum(workflowSteps),
    status: z.enum(workflowStepStatuses),
    // The error class of a failed reaction, when FAILED.
    reason: z.string().max(100).nullable(),
  }),
});

export const workflowCompleted = defineEvent({
  service: 'hr',
  aggregate: 'workflow',
  name: 'completed',
  version: 1,
  topic: 'hr.workflow.v1',
  key: 'workflowId',
  description: 'Every step of a process is done.',
  data: z.strictObject({ ...workflowShape, completedOn: isoDate }),
});

export const workflowCancelled = defineEvent({
  service: 'hr',
  aggregate: 'workflow',
  name: 'cancelled',
  version: 1,
  topic: 'hr.workflow.v1',
  key: 'workflowId',
  description: 'A process stopped before it completed: an offboarding whose termination was withdrawn, an onboarding of someone who left.',
  data: z.strictObject(workflowShape),
});

export const workflowStepRetryRequested = defineEvent({
  service: 'hr',
  aggregate: 'workflow',
  name: 'step-retry-requested',
  version: 1,
  topic: 'hr.workflow.v1',
  key: 'workflowId',
  description:
    "Someone asked to retry a process step whose reaction failed: the owning service's consumer re-reads the original event at " +
    'topic/partition/offset and applies it through its inbox (once, however often this is delivered).',
  data: z.strictObject({
    ...workflowShape,
    // One per request: the retry of one request is applied once.
    retryId: uuid,
    step: z.enum(workflowSteps),
    // `<service>.<reaction>` whose reaction failed, e.g. it.access-lifecycle.
    consumer: z.string().regex(/^(hr|accounting|it)\.[a-z][a-z0-9-]*$/),
    topic: nonEmptyString,
    partition: z.number().int().nonnegative(),
    offset: z.string().regex(/^\d+$/),
    eventId: uuid.nullable(),
    failureId: uuid,
  }),
});

export const offboardingPolicyChanged = defineEvent({
  service: 'hr',
  aggregate: 'offboarding',
  name: 'policy-changed',
  version: 1,
  topic: 'hr.workflow.v1',
  key: 'policy',
  description:
    "The company's offboarding policy for equipment a leaver keeps: IT marks an asset unrecovered that many days after the last day " +
    '(unreturnedAfterDays), and accounting books it by the treatment (a receivable from the person at book value, or a write-off).',
  data: z.strictObject({
    // One policy for the company: the aggregate (and key) is always "offboarding".
    policy: z.literal('offboarding'),
    unreturnedAfterDays: z.number().int().min(0).max(365),
    treatment: z.enum(unreturnedEquipmentTreatments),
  }),
});

export const hrEventContracts = [
  workflowOpened,
  workflowStepChanged,
  workflowCompleted,
  workflowCancelled,
  workflowStepRetryRequested,
  offboardingPolicyChanged,
  employeeHired,
  employeeUpdated,
  employeeTransferred,
  employeeTerminatedV1,
  employeeTerminated,
  terminationWithdrawn,
  employeeRehired,
  departmentCreated,
  departmentUpdated,
  departmentClosed,
  compensationChanged,
  leaveRequestedV1,
  leaveApprovedV1,
  leaveRejectedV1,
  leaveCancelledV1,
  leaveShortenedV1,
  leaveRequested,
  leaveApproved,
  leaveRejected,
  leaveCancelled,
  leaveShortened,
  holidayAdded,
  holidayRemoved,
] as const;
