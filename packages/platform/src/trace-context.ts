import { randomBytes } from 'node:crypto';
import { TRACEPARENT_PATTERN } from '@backoffice/events/envelope';

// W3C trace context. The gateway continues the caller's trace when it sent a valid
// `traceparent` (or starts one), passes it to every subgraph call, and the events a command
// records carry it, so one trace links a request to everything it caused.

// Version ff and all-zero trace or parent ids are invalid (W3C Trace Context, 3.2.2).
export function validTraceparent(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || !TRACEPARENT_PATTERN.test(header)) return undefined;
  const [version, traceId, parentId] = header.split('-');
  if (version === 'ff' || /^0+$/.test(traceId!) || /^0+$/.test(parentId!)) return undefined;
  return header;
}

// The gateway's own span in the caller's trace (or a new trace): same trace id, a new parent
// id, the caller's flags.
export function continueOrStartTrace(header: string | string[] | undefined): string {
  const incoming = validTraceparent(header);
  const span = randomBytes(8).toString('hex');
  if (!incoming) return `00-${randomBytes(16).toString('hex')}-${span}-01`;
  const [, traceId, , flags] = incoming.split('-');
  return `00-${traceId}-${span}-${flags}`;
}
