import { z } from 'zod';
import { isoDate } from '../dates';

// What a well-formed command looks like; rules that need the database live in the commands.

export const money = z.object({
  amount: z.string().regex(/^(?!0+(\.0+)?$)\d{1,12}(\.\d{1,2})?$/, 'must be a decimal above zero with at most 2 decimals, e.g. "72000.00"'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
});

// Names and titles go onto payslips, exports and letters: a control character (a tab, \u000e)
// is always a paste accident there, never part of a name.
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, `at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters (tabs, line breaks)');
const name = oneLine(100);
const phone = z.string().trim().regex(/^\+?[0-9 ()./-]{6,20}$/, 'must be a phone number such as +44 20 7946 0958');
const workEmail = z.string().trim().toLowerCase().email('must be an email address');
const title = oneLine(120);
const workLocation = z.string().trim().min(1, 'must not be empty; send null to clear').max(120);
const employmentType = z.enum(['FULL_TIME', 'PART_TIME', 'CONTRACTOR']);
const payFrequency = z.enum(['ANNUAL', 'MONTHLY', 'HOURLY']);
const version = z.number().int().positive('must be the version you read');
const id = (what: string) => z.uuid(`must be ${what} id`);

export const emergencyContact = z.object({
  name,
  relationship: z.string().trim().min(1, 'required').max(60),
  phone,
});

// GraphQL sends null for "clear" and omits fields left alone; both arrive here as given.
const optional = <T extends z.ZodType>(schema: T) => schema.nullish();

export const hireEmployeeInput = z.object({
  firstName: name,
  lastName: name,
  email: workEmail,
  title,
  departmentId: id('a department'),
  startDate: isoDate,
  salary: money,
  payFrequency: payFrequency.nullish().transform((value) => value ?? 'ANNUAL'),
  employmentType: employmentType.nullish().transform((value) => value ?? 'FULL_TIME'),
  managerId: id('an employee').nullish().transform((value) => value ?? null),
  phone: phone.nullish().transform((value) => value ?? null),
  workLocation: workLocation.nullish().transform((value) => value ?? null),
  emergencyContact: emergencyContact.nullish().transform((value) => value ?? null),
});
export type HireEmployeeInput = z.infer<typeof hireEmployeeInput>;

export const updateEmployeeInput = z.object({
  version,
  firstName: name.optional(),
  lastName: name.optional(),
  email: workEmail.optional(),
  phone: optional(phone),
  workLocation: optional(workLocation),
  employmentType: employmentType.optional(),
  emergencyContact: optional(emergencyContact),
});
export type UpdateEmployeeInput = z.infer<typeof updateEmployeeInput>;

// Fields an employee may change on their own record.
export const SELF_SERVICE_FIELDS = new Set(['version', 'phone', 'workLocation', 'emergencyContact']);

export const transferEmployeeInput = z.object({
  version: version.nullish(),
  departmentId: id('a department').optional(),
  managerId: id('an employee').nullable().optional(),
  title: title.optional(),
  effectiveDate: isoDate.nullish(),
  reason: z.string().trim().max(200).nullish(),
});

export const changeSalaryInput = z.object({
  version: version.nullish(),
  salary: money,
  payFrequency: payFrequency.nullish(),
  effectiveDate: isoDate,
  reason: z.string().trim().min(1, 'required: say why pay changes').max(200),
});

export const terminateEmployeeInput = z.object({
  version: version.nullish(),
  terminationDate: isoDate,
  reason: z.string().trim().toUpperCase().regex(/^[A-Z_]{3,40}$/, 'must be a reason code such as RESIGNATION or END_OF_CONTRACT'),
});

export const withdrawTerminationInput = z.object({
  version: version.nullish(),
  reason: z.string().trim().min(1, 'required: say why the termination is withdrawn').max(200),
});

export const rehireEmployeeInput = z.object({
  version: version.nullish(),
  startDate: isoDate,
  departmentId: id('a department'),
  managerId: id('an employee').nullish().transform((value) => value ?? null),
  title,
  salary: money,
  payFrequency: payFrequency.nullish().transform((value) => value ?? 'ANNUAL'),
  employmentType: employmentType.nullish(),
});

export const employeeFilter = z.object({
  departmentId: id('a department').nullish(),
  status: z.enum(['ACTIVE', 'ON_LEAVE', 'TERMINATED']).nullish(),
  managerId: id('an employee').nullish(),
  search: z.string().trim().max(100).nullish(),
});
