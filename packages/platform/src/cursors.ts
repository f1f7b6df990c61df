import { Refused } from './domain-errors';

// Relay-style opaque cursors: what a page hands out and takes back.
export function encodeCursor(value: string): string {
  return Buffer.from(`cursor:${value}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argumentName = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('cursor:')) {
    throw new Refused('The cursor is not one this API returned; pass an `endCursor` or `cursor` from a previous page.', [{ field: argumentName, message: 'unknown cursor' }]);
  }
  return decoded.slice('cursor:'.length);
}
