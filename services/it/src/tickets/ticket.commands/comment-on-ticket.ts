import { ticketResumed } from '@backoffice/events/it-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { commentOnTicketInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import * as tickets from '../ticket.repository';
import { changeTicket, firstResponseState, resumedResolutionDue, ticketFacts, type AppliedTicketChange } from '../ticket.service';

// A comment on a ticket that is not closed. IT's public comment is an answer (first-response
// clock); an internal note is not, and the requester never sees it (the resolver refuses one
// from them). The requester answering a WAITING ticket resumes it, and its clock runs again.
export async function commentOnTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata, by: { requester: boolean }): Promise<TicketRecord> {
  const input = parseInput(commentOnTicketInput, rawInput);
  const internal = input.internal ?? false;
  return changeTicket(modules, 'comment', { ticketId: input.ticketId }, metadata, async ({ tx, ticket, now, calendar }): Promise<AppliedTicketChange> => {
    await tickets.insertComment(tx, { ticketId: ticket.id, author: metadata.actor, body: input.body, internal, at: now });
    if (by.requester && !internal) {
      if (ticket.status !== 'WAITING') return { action: 'COMMENTED', state: {}, details: { internal, by: 'requester' } };
      const resolutionDue = await resumedResolutionDue(tx, ticket, now, calendar, modules.helpdesk);
      await recordEvent(tx, ticketResumed, { ...ticketFacts(ticket), resolutionDue: resolutionDue.toISOString() }, metadata);
      return { action: 'RESUMED', state: { status: 'IN_PROGRESS', resolutionDue }, details: { by: 'requester' } };
    }
    const responded = internal ? {} : await firstResponseState(tx, ticket, now, calendar, metadata);
    return { action: 'COMMENTED', state: responded, details: { internal }, internal };
  });
}
