export type LeaveStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'CANCELLED';

export type LeaveRequestRecord = {
  id: string;
  employeeId: string;
  leaveType: string;
  startDate: string;
  endDate: string;
  startHalfDay: boolean;
  endHalfDay: boolean;
  // Decimal string in half-day steps, e.g. "2.5".
  days: string;
  // From the leave type; the events carry it for payroll.
  unpaid: boolean;
  status: LeaveStatus;
  needsHrApproval: boolean;
  managerApprovedBy: string | null;
  managerApprovedAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  requestedBy: string;
  version: number;
  createdAt: Date;
};

export type LeaveTypeRecord = { code: string; name: string; unpaid: boolean; usesAllocation: boolean };

export type LeaveBalanceRecord = {
  leaveType: string;
  year: number;
  allocated: string;
  adjusted: string;
  // Approved leave (past and booked ahead), net of days returned by cancellations.
  taken: string;
  pending: string;
  available: string;
};
