import { ticketWaiting } from '@backoffice/events/it-events';
import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { waitOnRequesterInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import * as tickets from '../ticket.repository';
import { changeTicket, firstResponseState, ticketFacts } from '../ticket.service';

// IN_PROGRESS → WAITING with a question to the requester (a public comment, so an answer for
// the first-response clock); the resolution clock stands still until they answer.
export async function waitOnRequester(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(waitOnRequesterInput, rawInput);
  return changeTicket(modules, 'wait', input, metadata, async ({ tx, ticket, now, calendar }) => {
    if (!ticket.requesterId) throw refused('Nobody to wait on', [{ field: 'input.ticketId', message: `is a ${ticket.kind} ticket the system opened: there is no requester to ask` }]);
    await tickets.insertComment(tx, { ticketId: ticket.id, author: metadata.actor, body: input.message, internal: false, at: now });
    const responded = await firstResponseState(tx, ticket, now, calendar, metadata);
    await tickets.startPause(tx, ticket.id, now);
    await recordEvent(tx, ticketWaiting, ticketFacts(ticket), metadata);
    return { action: 'WAITING', state: { status: 'WAITING', ...responded } };
  });
}
