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

// The examples (fictional people and ids) tell one story across HR, accounting and IT, which use
// the same ids: Mara Lindqvist joins Engineering on 2 March 2026 under Jonas Keller, Tomas Berg
// leaves on 30 April 2026 and keeps his laptop, Lena Vogt's termination is withdrawn, Noah (a
// contractor) is rehired.
const ex = {
  engineering: '4f6dc877-f065-4620-8707-73e3b59ed828',
  platform: '74929f9d-4a73-4d00-b92c-b39f8f8d356e',
  mobile: 'ec494b31-409d-4920-884c-932360cf9954',
  mara: 'c5175294-534e-416b-8330-b0a949dc6116',
  jonas: 'ef65cce8-8d52-47c1-8bf6-85e2b4e91df2',
  tomas: 'eb50669d-2f2f-4de0-8847-e55690c4c609',
  lena: 'd0f3d981-20f8-452c-864e-8411ab9a8a57',
  noah: 'ba6265b6-9f35-47bd-9681-6b4278acd207',
  priya: '31970a03-f96b-451b-8f5a-2a44e1cc977c',
  maraOnboarding: 'acbc8df8-c410-4d32-ae7a-4079f899713b',
  lenaOffboarding: '1ab69fc0-a7d2-473e-bc12-34c994c10bd2',
  maraLeave: 'f81d86ca-8aa9-4fa7-8250-fa2841d59c29',
  maraSummerLeave: 'ca29724e-f5af-4d08-9397-91b48ec31c06',
  jonasLeave: '6df6c8f3-f799-48b7-aa32-a67e35a9db44',
  tomasLeave: '10681054-c928-421b-80f7-7cafd6441759',
  // Mara's hr.employee.hired event, whose it.access-lifecycle reaction was dead-lettered once.
  hiredEvent: 'a19a2016-9952-4d3c-a2d4-50686df48a38',
  itFailure: '43ca464c-83d7-4d2b-8143-55f1be95ddae',
  retry: '470ab3ef-fe27-4613-b387-7580017621ac',
} as const;

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
  example: {
    employeeId: ex.mara,
    employeeNumber: 'E-1042',
    firstName: 'Mara',
    lastName: 'Lindqvist',
    email: 'mara.lindqvist@backoffice.example',
    title: 'Software Engineer',
    departmentId: ex.engineering,
    managerId: ex.jonas,
    employmentType: 'FULL_TIME',
    startDate: '2026-03-02',
  },
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
  example: {
    employeeId: ex.mara,
    changes: { workLocation: { from: 'Berlin', to: 'Hamburg' } },
    effectiveDate: '2026-06-01',
  },
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
  example: {
    employeeId: ex.mara,
    fromDepartmentId: ex.engineering,
    toDepartmentId: ex.platform,
    fromManagerId: ex.jonas,
    toManagerId: ex.jonas,
    fromTitle: 'Software Engineer',
    toTitle: 'Platform Engineer',
    effectiveDate: '2026-07-01',
  },
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
  example: { employeeId: ex.tomas, terminationDate: '2026-04-30', reason: 'Resignation' },
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
  example: { employeeId: ex.tomas, terminationDate: '2026-04-30' },
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
  example: { employeeId: ex.lena, withdrawnTerminationDate: '2026-06-30' },
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
  example: {
    employeeId: ex.noah,
    startDate: '2026-04-01',
    departmentId: ex.engineering,
    managerId: ex.jonas,
    title: 'QA Consultant',
    employmentType: 'CONTRACTOR',
  },
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
  example: { departmentId: ex.platform, code: 'ENG-PLT', name: 'Platform Engineering', parentId: ex.engineering },
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
  example: { departmentId: ex.platform, changes: { headId: { from: null, to: ex.jonas } } },
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
  example: { departmentId: ex.mobile, closedOn: '2026-03-31' },
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
  example: {
    employeeId: ex.mara,
    amount: '68000.00',
    currency: 'EUR',
    payFrequency: 'ANNUAL',
    effectiveDate: '2026-03-02',
    reason: 'Pay at hire',
    previousAmount: null,
  },
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
  example: {
    leaveRequestId: ex.maraLeave,
    employeeId: ex.mara,
    startDate: '2026-05-18',
    endDate: '2026-05-22',
    startHalfDay: false,
    endHalfDay: true,
    days: '4.5',
    unpaid: false,
  },
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
  example: {
    leaveRequestId: ex.maraLeave,
    employeeId: ex.mara,
    startDate: '2026-05-18',
    endDate: '2026-05-22',
    startHalfDay: false,
    endHalfDay: true,
    days: '4.5',
    unpaid: false,
    decidedBy: ex.jonas,
  },
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
  example: {
    leaveRequestId: ex.jonasLeave,
    employeeId: ex.jonas,
    startDate: '2026-08-10',
    endDate: '2026-08-14',
    startHalfDay: false,
    endHalfDay: false,
    days: '5',
    unpaid: false,
    decidedBy: ex.priya,
  },
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
  example: {
    leaveRequestId: ex.maraSummerLeave,
    employeeId: ex.mara,
    startDate: '2026-07-20',
    endDate: '2026-07-24',
    startHalfDay: false,
    endHalfDay: false,
    days: '5',
    unpaid: false,
  },
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
  example: {
    leaveRequestId: ex.tomasLeave,
    employeeId: ex.tomas,
    // 27 April to 8 May 2026 was 9 working days (1 May is a holiday); the last day is 30 April.
    startDate: '2026-04-27',
    endDate: '2026-04-30',
    startHalfDay: false,
    endHalfDay: false,
    days: '4',
    unpaid: false,
    previousEndDate: '2026-05-08',
    previousDays: '9',
    daysReturned: '5',
  },
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
  example: { date: '2026-12-24', name: 'Christmas Eve', timeZone: 'Europe/Berlin' },
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
  example: { date: '2026-10-31', timeZone: 'Europe/Berlin' },
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
  example: {
    leaveRequestId: ex.maraLeave,
    employeeId: ex.mara,
    leaveType: 'VACATION',
    startDate: '2026-05-18',
    endDate: '2026-05-22',
    days: '4.5',
    unpaid: false,
  },
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
  example: {
    leaveRequestId: ex.maraLeave,
    employeeId: ex.mara,
    leaveType: 'VACATION',
    startDate: '2026-05-18',
    endDate: '2026-05-22',
    days: '4.5',
    unpaid: false,
    decidedBy: ex.jonas,
  },
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
  example: {
    leaveRequestId: ex.jonasLeave,
    employeeId: ex.jonas,
    leaveType: 'VACATION',
    startDate: '2026-08-10',
    endDate: '2026-08-14',
    days: '5',
    unpaid: false,
    decidedBy: ex.priya,
    reason: 'Release week: the team needs cover',
  },
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
  example: {
    leaveRequestId: ex.maraSummerLeave,
    employeeId: ex.mara,
    leaveType: 'VACATION',
    startDate: '2026-07-20',
    endDate: '2026-07-24',
    days: '5',
    unpaid: false,
    reason: null,
  },
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
  example: {
    leaveRequestId: ex.tomasLeave,
    employeeId: ex.tomas,
    leaveType: 'VACATION',
    startDate: '2026-04-27',
    endDate: '2026-04-30',
    days: '4',
    unpaid: false,
    previousEndDate: '2026-05-08',
    previousDays: '9',
    daysReturned: '5',
    reason: 'Termination',
  },
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
  example: {
    workflowId: ex.maraOnboarding,
    kind: 'ONBOARDING',
    employeeId: ex.mara,
    anchorDate: '2026-03-02',
    steps: [
      { step: 'HR_RECORD', dueOn: '2026-02-23' },
      { step: 'ACCESS', dueOn: '2026-03-02' },
      { step: 'EQUIPMENT', dueOn: '2026-03-02' },
      { step: 'FIRST_PAYROLL', dueOn: '2026-03-31' },
    ],
  },
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
  example: {
    workflowId: ex.maraOnboarding,
    kind: 'ONBOARDING',
    employeeId: ex.mara,
    step: 'ACCESS',
    status: 'FAILED',
    reason: 'PermanentEventError',
  },
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
  example: { workflowId: ex.maraOnboarding, kind: 'ONBOARDING', employeeId: ex.mara, completedOn: '2026-03-31' },
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
  example: { workflowId: ex.lenaOffboarding, kind: 'OFFBOARDING', employeeId: ex.lena },
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
  example: {
    workflowId: ex.maraOnboarding,
    kind: 'ONBOARDING',
    employeeId: ex.mara,
    retryId: ex.retry,
    step: 'ACCESS',
    // The dead letter it.reaction.failed reported (the same failureId and place).
    consumer: 'it.access-lifecycle',
    topic: 'hr.employee.v1',
    partition: 3,
    offset: '1842',
    eventId: ex.hiredEvent,
    failureId: ex.itFailure,
  },
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
  example: { policy: 'offboarding', unreturnedAfterDays: 14, treatment: 'RECEIVABLE' },
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
