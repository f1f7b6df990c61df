import { randomUUID } from 'node:crypto';

// A client's `x-correlation-id` ties its request to the events and logs it causes. It is taken
// only when it looks like an id (letters, digits and . _ : -, up to 64 characters), so a client
// cannot put free text, markup or megabytes into every log line and event; otherwise a new one.
export const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function correlationIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
}
