import type { HrPermission } from '../access/policy';
import type { FieldChanges } from '../field-changes';

export type EmployeeStatus = 'ACTIVE' | 'ON_LEAVE' | 'TERMINATED';
export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR';
export type PayFrequency = 'ANNUAL' | 'MONTHLY' | 'HOURLY';

export type EmergencyContact = { name: string; relationship: string; phone: string };

// An employee as HR knows them today: personal fields plus the job in force today.
export type EmployeeRecord = {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  workLocation: string | null;
  employmentType: EmploymentType;
  startDate: string;
  terminationDate: string | null;
  terminationReason: string | null;
  emergencyContact: EmergencyContact | null;
  departmentId: string;
  managerId: string | null;
  title: string;
  status: EmployeeStatus;
  version: number;
};

// A withdrawn termination: the employee as they now stand, and the leave the termination had
// withdrawn or shortened (left as it is, to be requested again if wanted).
export type WithdrawnTermination = { employee: EmployeeRecord; settledLeaveRequestIds: string[] };

export type CompensationRecord = {
  employeeId: string;
  amount: string;
  currency: string;
  payFrequency: PayFrequency;
  effectiveDate: string;
  reason: string | null;
  recordedAt: Date;
};

export type EmployeeChangeRecord = {
  employeeId: string;
  action: string;
  changes: FieldChanges;
  effectiveDate: string;
  actor: string;
  recordedAt: Date;
};

// The fields only the employee themselves, HR and MANAGER see, with the permission guarding
// each. One list: the resolvers guard these fields, hr.employee.v1 (which analysts read) never
// carries them, and the access tests walk it.
export const EMPLOYEE_PRIVATE_FIELDS = {
  phone: 'employee.readPrivate',
  emergencyContact: 'employee.readPrivate',
  terminationDate: 'employee.readPrivate',
  terminationReason: 'employee.readPrivate',
  history: 'employee.readPrivate',
  salary: 'employee.readPay',
  compensation: 'employee.readPay',
  compensationHistory: 'employee.readPay',
} as const satisfies Record<string, HrPermission>;

export type EmployeePrivateField = keyof typeof EMPLOYEE_PRIVATE_FIELDS;

export function isPrivateEmployeeField(field: string): field is EmployeePrivateField {
  return Object.prototype.hasOwnProperty.call(EMPLOYEE_PRIVATE_FIELDS, field);
}
