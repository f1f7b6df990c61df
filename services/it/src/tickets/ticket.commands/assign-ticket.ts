import { ticketAssigned } from '@backoffice/events/it-events';
import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employedOn } from '@backoffice/workforce/workforce.queries';
import type { ItModules } from '../../it-modules';
import { assignTicketInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import { changeTicket, firstResponseState, ticketFacts } from '../ticket.service';

// Gives the ticket to someone employed today; its status stays as it is. A ticket the system
// opened (a joiner's kit, a leaver's equipment, a restock) has nobody to answer: taking it is its first response.
export async function assignTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(assignTicketInput, rawInput);
  return changeTicket(modules, 'assign', input, metadata, async ({ tx, ticket, now, calendar }) => {
    if (!(await employedOn(tx, input.assigneeId, modules.clock.today()))) throw refused('The assignee is not employed today', [{ field: 'input.assigneeId', message: 'is not employed today as far as IT knows' }]);
    const responded = ticket.requesterId ? {} : await firstResponseState(tx, ticket, now, calendar, metadata);
    await recordEvent(tx, ticketAssigned, { ...ticketFacts(ticket), assigneeId: input.assigneeId }, metadata);
    return { action: 'ASSIGNED', state: { assigneeId: input.assigneeId, ...responded }, details: { from: ticket.assigneeId, to: input.assigneeId } };
  });
}
