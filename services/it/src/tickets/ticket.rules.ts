import { Conflict, staleVersion } from '@backoffice/platform/domain-errors';
import type { TicketRecord, TicketStatus } from './ticket.record';

// What may happen to a ticket in each status, and why not otherwise. A refusal is a CONFLICT:
// the ticket's state, not the input, stands in the way; it carries the status and version so a
// client can reload and see.

export type TicketChange = 'assign' | 'start' | 'wait' | 'resume' | 'comment' | 'resolve' | 'reopen' | 'close' | 'handOut' | 'cancel';

const ALLOWED_FROM: Record<TicketChange, readonly TicketStatus[]> = {
  assign: ['OPEN', 'IN_PROGRESS', 'WAITING'],
  start: ['OPEN'],
  // Waiting on the requester is asked while working on it.
  wait: ['IN_PROGRESS'],
  resume: ['WAITING'],
  comment: ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED'],
  resolve: ['OPEN', 'IN_PROGRESS', 'WAITING'],
  reopen: ['RESOLVED'],
  close: ['RESOLVED'],
  // A hand-out is recorded when it happens, also while waiting: only the requester's answer
  // resumes a waiting ticket, and IT cannot make them answer first.
  handOut: ['OPEN', 'IN_PROGRESS', 'WAITING'],
  cancel: ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED'],
};

const REASONS: Record<TicketChange, Partial<Record<TicketStatus, string>>> = {
  assign: { RESOLVED: 'it is resolved: reopen it first', CLOSED: 'it is closed' },
  start: { IN_PROGRESS: 'it is already in progress', WAITING: 'it is waiting on the requester: it resumes when they answer', RESOLVED: 'it is resolved: reopen it first', CLOSED: 'it is closed' },
  wait: { OPEN: 'work on it has not started: start it first', WAITING: 'it is already waiting on the requester', RESOLVED: 'it is resolved', CLOSED: 'it is closed' },
  resume: { OPEN: 'it is not waiting', IN_PROGRESS: 'it is not waiting', RESOLVED: 'it is resolved: reopen it instead', CLOSED: 'it is closed' },
  comment: { CLOSED: 'it is closed: open a new ticket' },
  resolve: { RESOLVED: 'it is already resolved', CLOSED: 'it is closed' },
  reopen: { OPEN: 'it is not resolved', IN_PROGRESS: 'it is not resolved', WAITING: 'it is not resolved', CLOSED: 'it is closed: open a new ticket' },
  close: { OPEN: 'it is not resolved: resolve it first', IN_PROGRESS: 'it is not resolved: resolve it first', WAITING: 'it is not resolved: resolve it first', CLOSED: 'it is already closed' },
  handOut: { RESOLVED: 'it is resolved: reopen it first', CLOSED: 'it is closed' },
  cancel: { CLOSED: 'it is already closed' },
};

const DOING: Record<TicketChange, string> = {
  assign: 'assigned',
  start: 'started',
  wait: 'put on waiting',
  resume: 'resumed',
  comment: 'commented on',
  resolve: 'resolved',
  reopen: 'reopened',
  close: 'closed',
  handOut: 'fulfilled',
  cancel: 'cancelled',
};

export function requireStatusFor(ticket: TicketRecord, change: TicketChange): void {
  if (ALLOWED_FROM[change].includes(ticket.status)) return;
  const why = REASONS[change][ticket.status] ?? `it is ${ticket.status}`;
  throw new Conflict(`Ticket ${ticket.number} cannot be ${DOING[change]}: ${why}.`, { status: ticket.status, version: ticket.version });
}

export function requireVersion(ticket: TicketRecord, expectedVersion: number): void {
  if (ticket.version !== expectedVersion) throw staleVersion('Ticket', ticket.id, expectedVersion, ticket.version);
}

// Statuses in which the resolution clock runs.
export const CLOCK_RUNS_IN: readonly TicketStatus[] = ['OPEN', 'IN_PROGRESS'];
export const FINISHED: readonly TicketStatus[] = ['RESOLVED', 'CLOSED'];
