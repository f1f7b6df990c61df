// What the workforce projection answers with: plain types, dates as YYYY-MM-DD, money as
// decimal strings (never floats), leave days as numbers in half-day steps.

export type EmploymentPeriod = {
  employeeId: string;
  startDate: string;
  // The last day employed, inclusive; null while no termination is recorded.
  lastDay: string | null;
  employmentType: string;
};

export type Job = {
  employeeId: string;
  effectiveDate: string;
  departmentId: string;
  managerId: string | null;
  title: string;
};

export type Pay = {
  employeeId: string;
  effectiveDate: string;
  amount: string;
  currency: string;
  payFrequency: string;
};

export type LeaveStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED';

export type Leave = {
  leaveRequestId: string;
  employeeId: string;
  status: LeaveStatus;
  startDate: string;
  endDate: string;
  // Null when HR's event did not say (version 1 of the leave events).
  startHalfDay: boolean | null;
  endHalfDay: boolean | null;
  days: string;
  unpaid: boolean;
};

export type Holiday = { date: string; name: string; timeZone: string };
