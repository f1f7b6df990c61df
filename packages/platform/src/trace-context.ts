import { randomBytes } from 'node:crypto';
import { TRACEPARENT_PATTERN } from '@backoffice/events/envelope';

// W3C trace context. The gateway continues the caller's trace when it sent a valid
// `traceparent` (or starts one), passes it to every subgraph call, and the events a command
// records carry it, so one trace links a request to everything it caused.

export function validTraceparent(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && TRACEPARENT_PATTERN.test(header) ? header : undefined;
}

export function continueOrStartTrace(header: string | string[] | undefined): string {
  return validTraceparent(header) ?? `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}
