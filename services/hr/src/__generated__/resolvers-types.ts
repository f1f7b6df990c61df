import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { EmployeeRecord, WithdrawnTermination } from '../employees/employee.record';
import { DepartmentRecord, MonthlyHeadcountRecord } from '../departments/department.record';
import { RecordIssueRecord } from '../record-issues/record-issues.record';
import { LeaveRequestRecord, LeaveTypeRecord, LeaveBalanceRecord } from '../leave/leave.record';
import { WorkflowRecord, WorkflowStepRecord, StepFailureShown, OffboardingPolicyRecord } from '../workflows/workflow.record';
import { CorrelationRecord } from '../correlations/correlation.record';
import { PublishedEventRecord } from '@backoffice/platform/correlated-events';
import { HrContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 calendar date, YYYY-MM-DD, from 1900-01-01 to 2999-12-31. */
  Date: { input: string; output: string; }
  /** An ISO-8601 timestamp with time zone, from 1900-01-01 to 2999-12-31 in UTC. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number carried as a string, e.g. "72000.00". Never a float. */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddHolidayInput = {
  date: Scalars['Date']['input'];
  name: Scalars['String']['input'];
};

export type AdjustLeaveBalanceInput = {
  /** Signed, in half-day steps. */
  days: Scalars['Float']['input'];
  employeeId: Scalars['ID']['input'];
  leaveType: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type AllocateLeaveInput = {
  days: Scalars['Float']['input'];
  employeeId: Scalars['ID']['input'];
  leaveType: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type ChangeSalaryInput = {
  effectiveDate: Scalars['Date']['input'];
  payFrequency?: InputMaybe<PayFrequency>;
  reason: Scalars['String']['input'];
  salary: MoneyInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Pay from an effective date on. */
export type Compensation = {
  __typename?: 'Compensation';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  effectiveDate: Scalars['Date']['output'];
  payFrequency: PayFrequency;
  reason: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

/** A chain of events one request set off, across services. Each service adds the events it published in it. */
export type Correlation = {
  __typename?: 'Correlation';
  /** The events HR published in this chain, from its outbox (kept 90 days). */
  hrEvents: Array<PublishedEvent>;
  /** The x-correlation-id a client sent (letters, digits and . _ : -, up to 64), or the one the gateway gave its request. */
  id: Scalars['String']['output'];
};

export type CreateDepartmentInput = {
  /** Short unique code, e.g. FIN. */
  code: Scalars['String']['input'];
  costCentreCode?: InputMaybe<Scalars['String']['input']>;
  headId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A unit of the organisation, owned by HR. Departments form a tree. */
export type Department = {
  __typename?: 'Department';
  children: Array<Department>;
  code: Scalars['String']['output'];
  /** Cost centre code accounting books this department's costs to. */
  costCentreCode: Maybe<Scalars['String']['output']>;
  /** The employee who leads it; null while vacant. */
  head: Maybe<Employee>;
  /** People employed in this department today (not terminated). */
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent: Maybe<Department>;
  status: DepartmentStatus;
  /** Increases with every change; send it back to update the department. */
  version: Scalars['Int']['output'];
};

export type DepartmentStatus =
  | 'ACTIVE'
  | 'CLOSED';

export type EmergencyContact = {
  __typename?: 'EmergencyContact';
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
  relationship: Scalars['String']['output'];
};

export type EmergencyContactInput = {
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  relationship: Scalars['String']['input'];
};

/**
 * An employee record. Colleagues see directory fields (names, title, department, work email,
 * manager). Fields marked private are for the employee, HR and MANAGER; anyone else gets null
 * with a FORBIDDEN error at the field's path, and the rest of the response stays.
 */
export type Employee = {
  __typename?: 'Employee';
  /** Private. Pay in force today, with its frequency and effective date. */
  compensation: Maybe<Compensation>;
  /** Private. Every pay record, newest effective date first (future ones included). */
  compensationHistory: Maybe<Array<Compensation>>;
  /** Department in force today. */
  department: Department;
  directReports: Array<Employee>;
  /** Work email, unique. */
  email: Scalars['String']['output'];
  /** Private. */
  emergencyContact: Maybe<EmergencyContact>;
  /** Unique, generated at hire: E00042. */
  employeeNumber: Scalars['String']['output'];
  employmentType: EmploymentType;
  firstName: Scalars['String']['output'];
  /** Private. Every change to the record, newest first. */
  history: Maybe<Array<EmployeeChange>>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** Line manager in force today; null at the top of the organisation. */
  manager: Maybe<Employee>;
  /** Their latest offboarding, if they were ever terminated. The employee themselves, HR, IT, ACCOUNTING and MANAGER. */
  offboarding: Maybe<Workflow>;
  /** Their latest onboarding (null before HR kept processes). The employee themselves, HR, IT, ACCOUNTING and MANAGER. */
  onboarding: Maybe<Workflow>;
  /** Private. */
  phone: Maybe<Scalars['String']['output']>;
  /** Managers from the direct one up to the top. */
  reportingChain: Array<Employee>;
  /** Private. Pay in force today. */
  salary: Maybe<Money>;
  startDate: Scalars['Date']['output'];
  status: EmployeeStatus;
  /** Private. The last day of employment: the employee is TERMINATED from the next day. */
  terminationDate: Maybe<Scalars['Date']['output']>;
  /** Private. */
  terminationReason: Maybe<Scalars['String']['output']>;
  /** Job title in force today. */
  title: Scalars['String']['output'];
  /** Increases with every change; send it back to update the record. */
  version: Scalars['Int']['output'];
  workLocation: Maybe<Scalars['String']['output']>;
};

/** One change to an employee record: who, when, and each field from what to what. */
export type EmployeeChange = {
  __typename?: 'EmployeeChange';
  action: Scalars['String']['output'];
  /** Who made the change: an employee id, 'service:<name>' for a service account, or 'system'. */
  actor: Scalars['String']['output'];
  /** When the change applies (job and pay changes can be future-dated). */
  effectiveDate: Scalars['Date']['output'];
  fields: Array<FieldChange>;
  recordedAt: Scalars['DateTime']['output'];
};

export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  edges: Array<EmployeeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  cursor: Scalars['String']['output'];
  node: Employee;
};

export type EmployeeFilter = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches names, work email and employee number. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<EmployeeStatus>;
};

export type EmployeeOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: EmployeeOrderField;
};

export type EmployeeOrderField =
  | 'EMPLOYEE_NUMBER'
  | 'LAST_NAME'
  | 'START_DATE';

export type EmployeeStatus =
  | 'ACTIVE'
  | 'ON_LEAVE'
  | 'TERMINATED';

export type EmploymentType =
  | 'CONTRACTOR'
  | 'FULL_TIME'
  | 'PART_TIME';

export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  from: Maybe<Scalars['String']['output']>;
  to: Maybe<Scalars['String']['output']>;
};

export type HireEmployeeInput = {
  departmentId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  emergencyContact?: InputMaybe<EmergencyContactInput>;
  employmentType?: InputMaybe<EmploymentType>;
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  managerId?: InputMaybe<Scalars['ID']['input']>;
  payFrequency?: InputMaybe<PayFrequency>;
  phone?: InputMaybe<Scalars['String']['input']>;
  salary: MoneyInput;
  startDate: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  workLocation?: InputMaybe<Scalars['String']['input']>;
};

export type Holiday = {
  __typename?: 'Holiday';
  date: Scalars['Date']['output'];
  name: Scalars['String']['output'];
};

/** One leave type's balance for a year, from the ledger: available = allocated + adjusted - taken - pending. */
export type LeaveBalance = {
  __typename?: 'LeaveBalance';
  adjusted: Scalars['Decimal']['output'];
  allocated: Scalars['Decimal']['output'];
  available: Scalars['Decimal']['output'];
  leaveType: LeaveType;
  /** Requested, not yet decided. */
  pending: Scalars['Decimal']['output'];
  /** Approved leave, past and booked ahead. */
  taken: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** A request for time off. Days count working days only, in half-day steps. */
export type LeaveRequest = {
  __typename?: 'LeaveRequest';
  createdAt: Scalars['DateTime']['output'];
  days: Scalars['Decimal']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<Scalars['String']['output']>;
  /** Why it was rejected or cancelled. */
  decisionReason: Maybe<Scalars['String']['output']>;
  employee: Employee;
  endDate: Scalars['Date']['output'];
  /** The last day ends at noon. */
  endHalfDay: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  leaveType: LeaveType;
  /** The line manager has approved; with needsHrApproval it now waits for HR. */
  managerApproved: Scalars['Boolean']['output'];
  /** Longer leave needs HR's approval after the line manager's. */
  needsHrApproval: Scalars['Boolean']['output'];
  startDate: Scalars['Date']['output'];
  /** The first day starts at noon. */
  startHalfDay: Scalars['Boolean']['output'];
  status: LeaveStatus;
  version: Scalars['Int']['output'];
};

export type LeaveRequestConnection = {
  __typename?: 'LeaveRequestConnection';
  edges: Array<LeaveRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LeaveRequestEdge = {
  __typename?: 'LeaveRequestEdge';
  cursor: Scalars['String']['output'];
  node: LeaveRequest;
};

export type LeaveRequestFilter = {
  /** Pending requests waiting for this line manager's decision. */
  approverId?: InputMaybe<Scalars['ID']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Requests that end on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<LeaveStatus>;
  /** Requests that start on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type LeaveStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED';

export type LeaveType = {
  __typename?: 'LeaveType';
  /** VACATION, SICK, PARENTAL, STUDY, UNPAID, ... */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Unpaid leave is not drawn from an allocation; payroll reads its days from the events. */
  unpaid: Scalars['Boolean']['output'];
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amount: Scalars['Decimal']['input'];
  currency: Scalars['String']['input'];
};

/** A department's headcount at a month's end: the people employed on `asOf` whose job in force that day is in it. */
export type MonthlyHeadcount = {
  __typename?: 'MonthlyHeadcount';
  /** The month's last day, or today for the month still running. */
  asOf: Scalars['Date']['output'];
  department: Department;
  headcount: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** HR and MANAGER. */
  addHoliday: Holiday;
  /** HR and MANAGER. */
  adjustLeaveBalance: Array<LeaveBalance>;
  /** HR and MANAGER. */
  allocateLeave: Array<LeaveBalance>;
  /** By the line manager (and HR above the policy's days), or HR/MANAGER outright. Happens once. */
  approveLeave: LeaveRequest;
  /** Pending requests, or approved ones before they start (the days come back). */
  cancelLeave: LeaveRequest;
  changeSalary: Employee;
  /** Refused while the department has people or open sub-departments. */
  closeDepartment: Department;
  createDepartment: Department;
  hireEmployee: Employee;
  rehireEmployee: Employee;
  rejectLeave: LeaveRequest;
  /** HR and MANAGER. Leave already requested keeps its day count. */
  removeHoliday: Holiday;
  requestLeave: LeaveRequest;
  /**
   * Asks the department whose reaction failed to apply the event again (after fixing the cause).
   * MANAGER, or the step's department. Refused unless the step is FAILED.
   */
  retryWorkflowStep: Workflow;
  /** MANAGER only. Published to IT (the days) and accounting (the treatment); open offboardings keep their due dates. */
  setOffboardingPolicy: OffboardingPolicy;
  terminateEmployee: Employee;
  transferEmployee: Employee;
  updateDepartment: Department;
  updateEmployee: Employee;
  /**
   * Takes back a recorded termination while the last day has not passed (through the last day
   * itself). HR and MANAGER. The reason stays in HR's history. Leave the termination withdrew or
   * shortened stays as it is: the result lists it, so it can be requested again.
   */
  withdrawTermination: TerminationWithdrawal;
};


export type MutationAddHolidayArgs = {
  input: AddHolidayInput;
};


export type MutationAdjustLeaveBalanceArgs = {
  input: AdjustLeaveBalanceInput;
};


export type MutationAllocateLeaveArgs = {
  input: AllocateLeaveInput;
};


export type MutationApproveLeaveArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCancelLeaveArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangeSalaryArgs = {
  id: Scalars['ID']['input'];
  input: ChangeSalaryInput;
};


export type MutationCloseDepartmentArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationHireEmployeeArgs = {
  input: HireEmployeeInput;
};


export type MutationRehireEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: RehireEmployeeInput;
};


export type MutationRejectLeaveArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveHolidayArgs = {
  date: Scalars['Date']['input'];
};


export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


export type MutationRetryWorkflowStepArgs = {
  step: WorkflowStepName;
  workflowId: Scalars['ID']['input'];
};


export type MutationSetOffboardingPolicyArgs = {
  input: OffboardingPolicyInput;
};


export type MutationTerminateEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: TerminateEmployeeInput;
};


export type MutationTransferEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: TransferEmployeeInput;
};


export type MutationUpdateDepartmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDepartmentInput;
};


export type MutationUpdateEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEmployeeInput;
};


export type MutationWithdrawTerminationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** What happens to equipment a leaver keeps. HR, IT, ACCOUNTING and MANAGER read it; MANAGER sets it. */
export type OffboardingPolicy = {
  __typename?: 'OffboardingPolicy';
  changedAt: Scalars['DateTime']['output'];
  changedBy: Scalars['String']['output'];
  treatment: UnreturnedEquipmentTreatment;
  /** IT gives up on an asset still held this many days after the last day. */
  unreturnedAfterDays: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type OffboardingPolicyInput = {
  treatment: UnreturnedEquipmentTreatment;
  unreturnedAfterDays: Scalars['Int']['input'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type OwningDepartment =
  | 'ACCOUNTING'
  | 'HR'
  | 'IT';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PayFrequency =
  | 'ANNUAL'
  | 'HOURLY'
  | 'MONTHLY';

/** An event a service published: what happened and what caused it, without its data. */
export type PublishedEvent = {
  __typename?: 'PublishedEvent';
  actor: Scalars['String']['output'];
  /** The event this one reacts to; null when a command or a job caused it. */
  causationId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  sequence: Scalars['Int']['output'];
  subject: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Everything one request caused, across services (each adds its events). MANAGER only. */
  correlatedEvents: Correlation;
  department: Maybe<Department>;
  departments: Array<Department>;
  employee: Maybe<Employee>;
  employees: EmployeeConnection;
  /** Headcount per department at the end of each month of a year that has begun (today for the month still running): the trend. Departments nobody works in that day are left out; departmentId narrows it to one. Open, as Department.headcount is. */
  headcountByMonth: Array<MonthlyHeadcount>;
  holidays: Array<Holiday>;
  /** Requests waiting for the caller's decision: their reports', and for HR those awaiting HR. */
  leaveApprovalQueue: Array<LeaveRequest>;
  /** An employee's balance per leave type. The employee, their line manager, HR and MANAGER. */
  leaveBalance: Array<LeaveBalance>;
  /** Own leave for employees, also their reports' for line managers, everyone's for HR and MANAGER. */
  leaveRequests: LeaveRequestConnection;
  leaveTypes: Array<LeaveType>;
  /** Null until MANAGER sets one (then nothing is given up on). */
  offboardingPolicy: Maybe<OffboardingPolicy>;
  /** What is incomplete or inconsistent in the records. HR and MANAGER only. */
  recordIssues: Array<RecordIssue>;
  /** One process. The person it is about, HR, IT, ACCOUNTING and MANAGER. */
  workflow: Maybe<Workflow>;
  /** Onboardings and offboardings, newest first. HR, IT, ACCOUNTING and MANAGER. */
  workflows: WorkflowConnection;
};


export type QueryCorrelatedEventsArgs = {
  correlationId: Scalars['String']['input'];
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EmployeeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EmployeeOrder>;
};


export type QueryHeadcountByMonthArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryHolidaysArgs = {
  year: Scalars['Int']['input'];
};


export type QueryLeaveBalanceArgs = {
  employeeId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryLeaveRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeaveRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkflowArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkflowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkflowFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Something incomplete or inconsistent in HR's records, for HR to fix. */
export type RecordIssue = {
  __typename?: 'RecordIssue';
  department: Maybe<Department>;
  employee: Maybe<Employee>;
  kind: RecordIssueKind;
  message: Scalars['String']['output'];
};

export type RecordIssueKind =
  | 'DEPARTMENT_WITHOUT_HEAD'
  | 'HEAD_OUTSIDE_DEPARTMENT'
  | 'MISSING_EMERGENCY_CONTACT'
  | 'MISSING_PHONE'
  | 'NO_MANAGER'
  | 'TERMINATED_MANAGER';

export type RehireEmployeeInput = {
  departmentId: Scalars['ID']['input'];
  employmentType?: InputMaybe<EmploymentType>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  payFrequency?: InputMaybe<PayFrequency>;
  salary: MoneyInput;
  startDate: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type RequestLeaveInput = {
  /** Defaults to the caller; HR and MANAGER may request for others. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  endDate: Scalars['Date']['input'];
  endHalfDay?: InputMaybe<Scalars['Boolean']['input']>;
  leaveType: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
  startHalfDay?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TerminateEmployeeInput = {
  /** A short reason code such as RESIGNATION, DISMISSAL, END_OF_CONTRACT, RETIREMENT. */
  reason: Scalars['String']['input'];
  /** The employee's last day. Approved leave after it is withdrawn and leave running past it is cut back to it. */
  terminationDate: Scalars['Date']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type TerminationWithdrawal = {
  __typename?: 'TerminationWithdrawal';
  /** The employee, employed again with no last day. */
  employee: Employee;
  /** Leave the termination withdrew or shortened. It stays as it is; request it again if wanted. */
  settledLeave: Array<LeaveRequest>;
};

/** A job change: department, manager and/or title, from an effective date. */
export type TransferEmployeeInput = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to today; may be in the future. */
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** Null makes the employee report to no one (the top of the organisation). */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type UnreturnedEquipmentTreatment =
  /** A receivable from the person at book value. */
  | 'RECEIVABLE'
  /** Written off as a loss. */
  | 'WRITE_OFF';

/** Omitted fields stay as they are. */
export type UpdateDepartmentInput = {
  costCentreCode?: InputMaybe<Scalars['String']['input']>;
  headId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Moving a department with people in it is refused. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

/** Profile fields; omitted fields stay as they are, null clears an optional one. */
export type UpdateEmployeeInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  emergencyContact?: InputMaybe<EmergencyContactInput>;
  employmentType?: InputMaybe<EmploymentType>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a newer one on the server means someone else changed the record. */
  version: Scalars['Int']['input'];
  workLocation?: InputMaybe<Scalars['String']['input']>;
};

export type Workflow = {
  __typename?: 'Workflow';
  /** The start date (onboarding) or last day (offboarding). */
  anchorDate: Scalars['Date']['output'];
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The request that started it: correlatedEvents(correlationId) lists everything it caused. */
  correlationId: Scalars['ID']['output'];
  employee: Maybe<Employee>;
  id: Scalars['ID']['output'];
  kind: WorkflowKind;
  openedAt: Scalars['DateTime']['output'];
  /** A step is pending past its due date. */
  overdue: Scalars['Boolean']['output'];
  status: WorkflowStatus;
  steps: Array<WorkflowStep>;
  /** Increases with every change. */
  version: Scalars['Int']['output'];
};

export type WorkflowConnection = {
  __typename?: 'WorkflowConnection';
  edges: Array<WorkflowEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkflowEdge = {
  __typename?: 'WorkflowEdge';
  cursor: Scalars['String']['output'];
  node: Workflow;
};

export type WorkflowFilter = {
  /** The person's department today. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<WorkflowKind>;
  /** In progress with a step pending past its due date (true), or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<WorkflowStatus>;
  /** Processes with a step in this state, e.g. FAILED. */
  stepStatus?: InputMaybe<WorkflowStepStatus>;
};

/** A process across departments that HR owns. */
export type WorkflowKind =
  /** Opened at a termination; cancelled if it is withdrawn. */
  | 'OFFBOARDING'
  /** Opened at a hire or rehire. */
  | 'ONBOARDING';

export type WorkflowStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS';

export type WorkflowStep = {
  __typename?: 'WorkflowStep';
  department: OwningDepartment;
  doneAt: Maybe<Scalars['DateTime']['output']>;
  dueOn: Scalars['Date']['output'];
  /** The last failure, kept after a retry for the record. */
  failure: Maybe<WorkflowStepFailure>;
  retriedAt: Maybe<Scalars['DateTime']['output']>;
  status: WorkflowStepStatus;
  step: WorkflowStepName;
};

/** Why a step failed: which reaction, with what error class. The error text stays in that service's log and dead-letter topic. */
export type WorkflowStepFailure = {
  __typename?: 'WorkflowStepFailure';
  /** The consumer that failed, e.g. it.access-lifecycle. */
  consumer: Scalars['String']['output'];
  /** The event it failed on. */
  eventType: Maybe<Scalars['String']['output']>;
  failedAt: Scalars['DateTime']['output'];
  /** The error class, e.g. QueryFailedError. */
  reason: Scalars['String']['output'];
};

/**
 * A step of a process, owned by one department; its state comes only from that department's events.
 * Onboarding: HR_RECORD (no recordIssues for the person), ACCESS (IT: every system of their bundle
 * active), EQUIPMENT (IT: the joiner's kit ticket resolved, or no kit needed), FIRST_PAYROLL
 * (accounting: a posted payroll paid them). Offboarding: ACCESS_REVOKED (IT: nothing left active
 * after the last day), ASSETS (IT: everything returned, or every asset they kept charged by
 * accounting under the offboarding policy), FINAL_PAY (accounting: their final pay posted).
 */
export type WorkflowStepName =
  | 'ACCESS'
  | 'ACCESS_REVOKED'
  | 'ASSETS'
  | 'EQUIPMENT'
  | 'FINAL_PAY'
  | 'FIRST_PAYROLL'
  | 'HR_RECORD';

export type WorkflowStepStatus =
  | 'DONE'
  /** The owning department's reaction was dead-lettered; see failure, fix the cause, then retryWorkflowStep. */
  | 'FAILED'
  /** Pending past its due date. */
  | 'OVERDUE'
  | 'PENDING';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Correlation: Correlation;
  Department: Department;
  Employee: Employee;
  LeaveRequest: LeaveRequest;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Correlation:
    ( { __typename: 'Correlation' }
    & GraphQLRecursivePick<FederationTypes['Correlation'], {"id":true}> );
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
  LeaveRequest:
    ( { __typename: 'LeaveRequest' }
    & GraphQLRecursivePick<FederationTypes['LeaveRequest'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddHolidayInput: AddHolidayInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdjustLeaveBalanceInput: AdjustLeaveBalanceInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AllocateLeaveInput: AllocateLeaveInput;
  ChangeSalaryInput: ChangeSalaryInput;
  Compensation: ResolverTypeWrapper<Compensation>;
  Correlation: ResolverTypeWrapper<CorrelationRecord>;
  CreateDepartmentInput: CreateDepartmentInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentRecord>;
  DepartmentStatus: DepartmentStatus;
  EmergencyContact: ResolverTypeWrapper<EmergencyContact>;
  EmergencyContactInput: EmergencyContactInput;
  Employee: ResolverTypeWrapper<EmployeeRecord>;
  EmployeeChange: ResolverTypeWrapper<EmployeeChange>;
  EmployeeConnection: ResolverTypeWrapper<Omit<EmployeeConnection, 'edges'> & { edges: Array<ResolversTypes['EmployeeEdge']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeFilter: EmployeeFilter;
  EmployeeOrder: EmployeeOrder;
  EmployeeOrderField: EmployeeOrderField;
  EmployeeStatus: EmployeeStatus;
  EmploymentType: EmploymentType;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  HireEmployeeInput: HireEmployeeInput;
  Holiday: ResolverTypeWrapper<Holiday>;
  LeaveBalance: ResolverTypeWrapper<LeaveBalanceRecord>;
  LeaveRequest: ResolverTypeWrapper<LeaveRequestRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LeaveRequestConnection: ResolverTypeWrapper<Omit<LeaveRequestConnection, 'edges'> & { edges: Array<ResolversTypes['LeaveRequestEdge']> }>;
  LeaveRequestEdge: ResolverTypeWrapper<Omit<LeaveRequestEdge, 'node'> & { node: ResolversTypes['LeaveRequest'] }>;
  LeaveRequestFilter: LeaveRequestFilter;
  LeaveStatus: LeaveStatus;
  LeaveType: ResolverTypeWrapper<LeaveTypeRecord>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  MonthlyHeadcount: ResolverTypeWrapper<MonthlyHeadcountRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OffboardingPolicy: ResolverTypeWrapper<OffboardingPolicyRecord>;
  OffboardingPolicyInput: OffboardingPolicyInput;
  OrderDirection: OrderDirection;
  OwningDepartment: OwningDepartment;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PayFrequency: PayFrequency;
  PublishedEvent: ResolverTypeWrapper<PublishedEventRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordIssue: ResolverTypeWrapper<RecordIssueRecord>;
  RecordIssueKind: RecordIssueKind;
  RehireEmployeeInput: RehireEmployeeInput;
  RequestLeaveInput: RequestLeaveInput;
  TerminateEmployeeInput: TerminateEmployeeInput;
  TerminationWithdrawal: ResolverTypeWrapper<WithdrawnTermination>;
  TransferEmployeeInput: TransferEmployeeInput;
  UnreturnedEquipmentTreatment: UnreturnedEquipmentTreatment;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  Workflow: ResolverTypeWrapper<WorkflowRecord>;
  WorkflowConnection: ResolverTypeWrapper<Omit<WorkflowConnection, 'edges'> & { edges: Array<ResolversTypes['WorkflowEdge']> }>;
  WorkflowEdge: ResolverTypeWrapper<Omit<WorkflowEdge, 'node'> & { node: ResolversTypes['Workflow'] }>;
  WorkflowFilter: WorkflowFilter;
  WorkflowKind: WorkflowKind;
  WorkflowStatus: WorkflowStatus;
  WorkflowStep: ResolverTypeWrapper<WorkflowStepRecord>;
  WorkflowStepFailure: ResolverTypeWrapper<StepFailureShown>;
  WorkflowStepName: WorkflowStepName;
  WorkflowStepStatus: WorkflowStepStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddHolidayInput: AddHolidayInput;
  String: Scalars['String']['output'];
  AdjustLeaveBalanceInput: AdjustLeaveBalanceInput;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AllocateLeaveInput: AllocateLeaveInput;
  ChangeSalaryInput: ChangeSalaryInput;
  Compensation: Compensation;
  Correlation: CorrelationRecord;
  CreateDepartmentInput: CreateDepartmentInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentRecord;
  EmergencyContact: EmergencyContact;
  EmergencyContactInput: EmergencyContactInput;
  Employee: EmployeeRecord;
  EmployeeChange: EmployeeChange;
  EmployeeConnection: Omit<EmployeeConnection, 'edges'> & { edges: Array<ResolversParentTypes['EmployeeEdge']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeFilter: EmployeeFilter;
  EmployeeOrder: EmployeeOrder;
  FieldChange: FieldChange;
  HireEmployeeInput: HireEmployeeInput;
  Holiday: Holiday;
  LeaveBalance: LeaveBalanceRecord;
  LeaveRequest: LeaveRequestRecord;
  Boolean: Scalars['Boolean']['output'];
  LeaveRequestConnection: Omit<LeaveRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeaveRequestEdge']> };
  LeaveRequestEdge: Omit<LeaveRequestEdge, 'node'> & { node: ResolversParentTypes['LeaveRequest'] };
  LeaveRequestFilter: LeaveRequestFilter;
  LeaveType: LeaveTypeRecord;
  Money: Money;
  MoneyInput: MoneyInput;
  MonthlyHeadcount: MonthlyHeadcountRecord;
  Mutation: Record<PropertyKey, never>;
  OffboardingPolicy: OffboardingPolicyRecord;
  OffboardingPolicyInput: OffboardingPolicyInput;
  PageInfo: PageInfo;
  PublishedEvent: PublishedEventRecord;
  Query: Record<PropertyKey, never>;
  RecordIssue: RecordIssueRecord;
  RehireEmployeeInput: RehireEmployeeInput;
  RequestLeaveInput: RequestLeaveInput;
  TerminateEmployeeInput: TerminateEmployeeInput;
  TerminationWithdrawal: WithdrawnTermination;
  TransferEmployeeInput: TransferEmployeeInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  Workflow: WorkflowRecord;
  WorkflowConnection: Omit<WorkflowConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkflowEdge']> };
  WorkflowEdge: Omit<WorkflowEdge, 'node'> & { node: ResolversParentTypes['Workflow'] };
  WorkflowFilter: WorkflowFilter;
  WorkflowStep: WorkflowStepRecord;
  WorkflowStepFailure: StepFailureShown;
};

export type CompensationResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Compensation'] = ResolversParentTypes['Compensation']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payFrequency?: Resolver<ResolversTypes['PayFrequency'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CorrelationResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Correlation'] = ResolversParentTypes['Correlation'], FederationReferenceType extends FederationReferenceTypes['Correlation'] = FederationReferenceTypes['Correlation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Correlation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  hrEvents?: Resolver<Array<ResolversTypes['PublishedEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DepartmentResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costCentreCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DepartmentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmergencyContactResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmergencyContact'] = ResolversParentTypes['EmergencyContact']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  compensation?: Resolver<Maybe<ResolversTypes['Compensation']>, ParentType, ContextType>;
  compensationHistory?: Resolver<Maybe<Array<ResolversTypes['Compensation']>>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  directReports?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emergencyContact?: Resolver<Maybe<ResolversTypes['EmergencyContact']>, ParentType, ContextType>;
  employeeNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['EmployeeChange']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  offboarding?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
  onboarding?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportingChain?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  salary?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmployeeStatus'], ParentType, ContextType>;
  terminationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workLocation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmployeeChangeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeeChange'] = ResolversParentTypes['EmployeeChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EmployeeConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HolidayResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Holiday'] = ResolversParentTypes['Holiday']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LeaveBalanceResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['LeaveBalance'] = ResolversParentTypes['LeaveBalance']> = {
  adjusted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  allocated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  leaveType?: Resolver<ResolversTypes['LeaveType'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  taken?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeaveRequestResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['LeaveRequest'] = ResolversParentTypes['LeaveRequest'], FederationReferenceType extends FederationReferenceTypes['LeaveRequest'] = FederationReferenceTypes['LeaveRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LeaveRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endHalfDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaveType?: Resolver<ResolversTypes['LeaveType'], ParentType, ContextType>;
  managerApproved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  needsHrApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startHalfDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeaveStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeaveRequestConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['LeaveRequestConnection'] = ResolversParentTypes['LeaveRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeaveRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeaveRequestEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['LeaveRequestEdge'] = ResolversParentTypes['LeaveRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType>;
};

export type LeaveTypeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['LeaveType'] = ResolversParentTypes['LeaveType']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unpaid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MonthlyHeadcountResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['MonthlyHeadcount'] = ResolversParentTypes['MonthlyHeadcount']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addHoliday?: Resolver<ResolversTypes['Holiday'], ParentType, ContextType, RequireFields<MutationAddHolidayArgs, 'input'>>;
  adjustLeaveBalance?: Resolver<Array<ResolversTypes['LeaveBalance']>, ParentType, ContextType, RequireFields<MutationAdjustLeaveBalanceArgs, 'input'>>;
  allocateLeave?: Resolver<Array<ResolversTypes['LeaveBalance']>, ParentType, ContextType, RequireFields<MutationAllocateLeaveArgs, 'input'>>;
  approveLeave?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType, RequireFields<MutationApproveLeaveArgs, 'id'>>;
  cancelLeave?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType, RequireFields<MutationCancelLeaveArgs, 'id'>>;
  changeSalary?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationChangeSalaryArgs, 'id' | 'input'>>;
  closeDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCloseDepartmentArgs, 'id'>>;
  createDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  hireEmployee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationHireEmployeeArgs, 'input'>>;
  rehireEmployee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationRehireEmployeeArgs, 'id' | 'input'>>;
  rejectLeave?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType, RequireFields<MutationRejectLeaveArgs, 'id' | 'reason'>>;
  removeHoliday?: Resolver<ResolversTypes['Holiday'], ParentType, ContextType, RequireFields<MutationRemoveHolidayArgs, 'date'>>;
  requestLeave?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType, RequireFields<MutationRequestLeaveArgs, 'input'>>;
  retryWorkflowStep?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType, RequireFields<MutationRetryWorkflowStepArgs, 'step' | 'workflowId'>>;
  setOffboardingPolicy?: Resolver<ResolversTypes['OffboardingPolicy'], ParentType, ContextType, RequireFields<MutationSetOffboardingPolicyArgs, 'input'>>;
  terminateEmployee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationTerminateEmployeeArgs, 'id' | 'input'>>;
  transferEmployee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationTransferEmployeeArgs, 'id' | 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentArgs, 'id' | 'input'>>;
  updateEmployee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType, RequireFields<MutationUpdateEmployeeArgs, 'id' | 'input'>>;
  withdrawTermination?: Resolver<ResolversTypes['TerminationWithdrawal'], ParentType, ContextType, RequireFields<MutationWithdrawTerminationArgs, 'id' | 'reason'>>;
};

export type OffboardingPolicyResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['OffboardingPolicy'] = ResolversParentTypes['OffboardingPolicy']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treatment?: Resolver<ResolversTypes['UnreturnedEquipmentTreatment'], ParentType, ContextType>;
  unreturnedAfterDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PublishedEventResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['PublishedEvent'] = ResolversParentTypes['PublishedEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  correlatedEvents?: Resolver<ResolversTypes['Correlation'], ParentType, ContextType, RequireFields<QueryCorrelatedEventsArgs, 'correlationId'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<QueryEmployeesArgs, 'first'>>;
  headcountByMonth?: Resolver<Array<ResolversTypes['MonthlyHeadcount']>, ParentType, ContextType, RequireFields<QueryHeadcountByMonthArgs, 'year'>>;
  holidays?: Resolver<Array<ResolversTypes['Holiday']>, ParentType, ContextType, RequireFields<QueryHolidaysArgs, 'year'>>;
  leaveApprovalQueue?: Resolver<Array<ResolversTypes['LeaveRequest']>, ParentType, ContextType>;
  leaveBalance?: Resolver<Array<ResolversTypes['LeaveBalance']>, ParentType, ContextType, RequireFields<QueryLeaveBalanceArgs, 'employeeId' | 'year'>>;
  leaveRequests?: Resolver<ResolversTypes['LeaveRequestConnection'], ParentType, ContextType, RequireFields<QueryLeaveRequestsArgs, 'first'>>;
  leaveTypes?: Resolver<Array<ResolversTypes['LeaveType']>, ParentType, ContextType>;
  offboardingPolicy?: Resolver<Maybe<ResolversTypes['OffboardingPolicy']>, ParentType, ContextType>;
  recordIssues?: Resolver<Array<ResolversTypes['RecordIssue']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType, RequireFields<QueryWorkflowArgs, 'id'>>;
  workflows?: Resolver<ResolversTypes['WorkflowConnection'], ParentType, ContextType, RequireFields<QueryWorkflowsArgs, 'first'>>;
};

export type RecordIssueResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['RecordIssue'] = ResolversParentTypes['RecordIssue']> = {
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecordIssueKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TerminationWithdrawalResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['TerminationWithdrawal'] = ResolversParentTypes['TerminationWithdrawal']> = {
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  settledLeave?: Resolver<Array<ResolversTypes['LeaveRequest']>, ParentType, ContextType>;
};

export type WorkflowResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['Workflow'] = ResolversParentTypes['Workflow']> = {
  anchorDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkflowKind'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkflowStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['WorkflowStep']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkflowConnectionResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['WorkflowConnection'] = ResolversParentTypes['WorkflowConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkflowEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkflowEdgeResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['WorkflowEdge'] = ResolversParentTypes['WorkflowEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
};

export type WorkflowStepResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['WorkflowStep'] = ResolversParentTypes['WorkflowStep']> = {
  department?: Resolver<ResolversTypes['OwningDepartment'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['WorkflowStepFailure']>, ParentType, ContextType>;
  retriedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkflowStepStatus'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['WorkflowStepName'], ParentType, ContextType>;
};

export type WorkflowStepFailureResolvers<ContextType = HrContext, ParentType extends ResolversParentTypes['WorkflowStepFailure'] = ResolversParentTypes['WorkflowStepFailure']> = {
  consumer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = HrContext> = {
  Compensation?: CompensationResolvers<ContextType>;
  Correlation?: CorrelationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  EmergencyContact?: EmergencyContactResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeChange?: EmployeeChangeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Holiday?: HolidayResolvers<ContextType>;
  LeaveBalance?: LeaveBalanceResolvers<ContextType>;
  LeaveRequest?: LeaveRequestResolvers<ContextType>;
  LeaveRequestConnection?: LeaveRequestConnectionResolvers<ContextType>;
  LeaveRequestEdge?: LeaveRequestEdgeResolvers<ContextType>;
  LeaveType?: LeaveTypeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MonthlyHeadcount?: MonthlyHeadcountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OffboardingPolicy?: OffboardingPolicyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishedEvent?: PublishedEventResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordIssue?: RecordIssueResolvers<ContextType>;
  TerminationWithdrawal?: TerminationWithdrawalResolvers<ContextType>;
  Workflow?: WorkflowResolvers<ContextType>;
  WorkflowConnection?: WorkflowConnectionResolvers<ContextType>;
  WorkflowEdge?: WorkflowEdgeResolvers<ContextType>;
  WorkflowStep?: WorkflowStepResolvers<ContextType>;
  WorkflowStepFailure?: WorkflowStepFailureResolvers<ContextType>;
};

