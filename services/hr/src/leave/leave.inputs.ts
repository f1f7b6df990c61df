import { z } from 'zod';
import { isoDate } from '../dates';

const leaveTypeCode = z.string().trim().toUpperCase().regex(/^[A-Z_]{2,20}$/, 'must be a leave type code such as VACATION');
// A year holds at most 366 days: anything beyond is a typo, and would overflow the ledger's column.
const halfDays = (what: string) =>
  z
    .number()
    .refine((value) => Number.isFinite(value) && Math.round(value * 2) === value * 2 && value !== 0, `${what} must be a non-zero number of days in half-day steps`)
    .refine((value) => Math.abs(value) <= 366, `${what} must be at most 366 days`);

export const requestLeaveInput = z
  .object({
    employeeId: z.uuid('must be an employee id').nullish(),
    leaveType: leaveTypeCode,
    startDate: isoDate,
    endDate: isoDate,
    startHalfDay: z.boolean().nullish().transform((value) => value ?? false),
    endHalfDay: z.boolean().nullish().transform((value) => value ?? false),
  })
  .superRefine((input, ctx) => {
    if (input.endDate < input.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must be on or after the start date' });
    else if (input.startDate.slice(0, 4) !== input.endDate.slice(0, 4)) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'leave is booked per calendar year: split it at 31 December' });
    }
  });

export const calendarYear = z.number().int().min(2000, 'must be a year from 2000').max(2100, 'must be a year up to 2100');

export const allocateLeaveInput = z.object({
  employeeId: z.uuid('must be an employee id'),
  leaveType: leaveTypeCode,
  year: calendarYear,
  days: halfDays('days').refine((value) => value > 0, 'must be more than zero'),
  note: z.string().trim().max(200).nullish(),
});

export const adjustLeaveInput = z.object({
  employeeId: z.uuid('must be an employee id'),
  leaveType: leaveTypeCode,
  year: calendarYear,
  days: halfDays('days'),
  reason: z.string().trim().min(1, 'required: say why the balance changes').max(200),
});

export const leaveDecisionReason = z.string().trim().min(1, 'required: say why').max(500);

export const holidayInput = z.object({ date: isoDate, name: z.string().trim().min(1, 'required').max(100) });

export const leaveFilterInput = z.object({
  employeeId: z.uuid('must be an employee id').nullish(),
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED']).nullish(),
  from: isoDate.nullish(),
  to: isoDate.nullish(),
  approverId: z.uuid('must be an employee id').nullish(),
});
