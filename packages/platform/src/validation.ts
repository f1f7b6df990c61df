import { z } from 'zod';
import { Refused } from './domain-errors';

// Validates a command's input and reports every offending field at once, named the way the
// client wrote it (`input.email`), so the client can point at it.
// `argumentName` prefixes each field (input.name); '' for a query's own arguments (from, to).
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, argumentName = 'input'): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: [...(argumentName ? [argumentName] : []), ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new Refused(`Some fields are not valid: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}.`, fields);
}

export function pageSize(first: number | null | undefined, max = 200): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new Refused(`first must be between 0 and ${max}.`, [{ field: 'first', message: `must be between 0 and ${max}` }]);
  }
  return size;
}
