import { z } from 'zod';
import { badUserInput } from './errors';

// Validates a mutation's input and reports every offending field at once, named the way the
// client wrote it (`input.email`), so the client can point at it.
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, argumentName = 'input'): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: [argumentName, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw badUserInput(`Some fields are not valid: ${fields.map((f) => `${f.field} (${f.message})`).join('; ')}.`, fields);
}

// Relay-style opaque cursors over a single sortable key.
export function encodeCursor(value: string): string {
  return Buffer.from(`cursor:${value}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argumentName = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('cursor:')) {
    throw badUserInput('The cursor is not one this API returned; pass an `endCursor` or `cursor` from a previous page.', [
      { field: argumentName, message: 'unknown cursor' },
    ]);
  }
  return decoded.slice('cursor:'.length);
}

const keysetCursor = z.tuple([z.string(), z.uuid()]);

// A cursor over (sort value, id); anything else is the client's mistake, not ours.
export function decodeKeysetCursor(cursor: string, argumentName = 'after'): [string, string] {
  const decoded = decodeCursor(cursor, argumentName);
  try {
    return keysetCursor.parse(JSON.parse(decoded));
  } catch {
    throw badUserInput('The cursor is not one this API returned; pass an `endCursor` or `cursor` from a previous page.', [
      { field: argumentName, message: 'unknown cursor' },
    ]);
  }
}

export function pageSize(first: number | null | undefined, max = 200): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badUserInput(`first must be between 0 and ${max}.`, [{ field: 'first', message: `must be between 0 and ${max}` }]);
  }
  return size;
}
