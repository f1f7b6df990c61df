import { ticketStarted } from '@backoffice/events/it-events';
import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { ticketChangeInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import { changeTicket, firstResponseState, ticketFacts } from '../ticket.service';

const EMPLOYEE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// OPEN → IN_PROGRESS. A ticket nobody has is taken by whoever starts it; for a ticket the system
// opened, that is its first response (nobody is waiting for an answer).
export async function startTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(ticketChangeInput, rawInput);
  return changeTicket(modules, 'start', input, metadata, async ({ tx, ticket, now, calendar }) => {
    const assigneeId = ticket.assigneeId ?? (EMPLOYEE_ID.test(metadata.actor) ? metadata.actor : null);
    if (!assigneeId) throw refused('Nobody works on the ticket', [{ field: 'input.ticketId', message: 'has no assignee: assign it to someone first (assignTicket)' }]);
    const responded = ticket.requesterId ? {} : await firstResponseState(tx, ticket, now, calendar, metadata);
    await recordEvent(tx, ticketStarted, { ...ticketFacts(ticket), assigneeId }, metadata);
    return { action: 'STARTED', state: { status: 'IN_PROGRESS', assigneeId, ...responded }, details: { assigneeId } };
  });
}
