import { ticketReopened } from '@backoffice/events/it-events';
import { Conflict } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { lockSupplyItem } from '../../supply-items/supply-item.hooks';
import { reopenTicketInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import * as tickets from '../ticket.repository';
import { changeTicket, reopenableUntil, resumedResolutionDue, ticketFacts } from '../ticket.service';

// A resolved ticket back to work, within the configured days after its resolution, with the
// reason as a public comment. Its resolution clock runs again from where it stood.
export async function reopenTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(reopenTicketInput, rawInput);
  return changeTicket(modules, 'reopen', input, metadata, async ({ tx, ticket, now, calendar }) => {
    const until = reopenableUntil(ticket, modules.helpdesk)!;
    if (now > until) throw new Conflict(`Ticket ${ticket.number} cannot be reopened: it was resolved more than ${modules.helpdesk.reopenDays} days ago (until ${until.toISOString()}). Open a new ticket.`, { status: ticket.status, version: ticket.version, reopenableUntil: until.toISOString() });
    if (ticket.kind === 'RESTOCK' && ticket.supplyItem) {
      // One restock ticket open per item: a hand-out may have raised another since this one was resolved.
      await lockSupplyItem(tx, ticket.supplyItem);
      const open = await tickets.openRestockTicket(tx, ticket.supplyItem);
      if (open) throw new Conflict(`Ticket ${ticket.number} cannot be reopened: ${open.number} is the open restock ticket for ${ticket.supplyItem}. Work on that one instead.`, { status: ticket.status, version: ticket.version, openTicket: open.number });
    }
    await tickets.insertComment(tx, { ticketId: ticket.id, author: metadata.actor, body: input.reason, internal: false, at: now });
    const resolutionDue = await resumedResolutionDue(tx, ticket, now, calendar, modules.helpdesk);
    await recordEvent(tx, ticketReopened, { ...ticketFacts(ticket), resolutionDue: resolutionDue.toISOString() }, metadata);
    return {
      action: 'REOPENED',
      state: { status: ticket.assigneeId ? 'IN_PROGRESS' : 'OPEN', resolutionDue, resolvedAt: null, resolution: null, resolutionNote: null, resolutionMinutes: null },
      details: { previousResolution: ticket.resolution },
    };
  });
}
