import { z } from 'zod';

// What a well-formed department command looks like; rules that need the database live in the
// service.

const code = z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,12}$/, '2 to 12 letters, digits or dashes');
const name = z.string().trim().min(1, 'required').max(120, 'at most 120 characters');
const costCentreCode = z.string().trim().regex(/^[A-Z0-9-]{2,20}$/, 'letters, digits or dashes, e.g. CC-4100');

export const createDepartmentInput = z.object({
  code,
  name,
  parentId: z.uuid('must be a department id').nullish().transform((value) => value ?? null),
  headId: z.uuid('must be an employee id').nullish().transform((value) => value ?? null),
  costCentreCode: costCentreCode.nullish().transform((value) => value ?? null),
});

export const updateDepartmentInput = z.object({
  version: z.number().int().positive('must be the version you read'),
  name: name.optional(),
  parentId: z.uuid('must be a department id').nullable().optional(),
  headId: z.uuid('must be an employee id').nullable().optional(),
  costCentreCode: costCentreCode.nullable().optional(),
});
