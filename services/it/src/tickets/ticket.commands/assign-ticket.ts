import { ticketAssigned } from '@backoffice/events/it-events';
import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employedOn } from '@backoffice/workforce/workforce.queries';
import type { ItModules } from '../../it-modules';
import { assignTicketInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import { changeTicket, ticketFacts } from '../ticket.service';

// Gives the ticket to someone employed today; its status stays as it is.
export async function assignTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(assignTicketInput, rawInput);
  return changeTicket(modules, 'assign', input, metadata, async ({ tx, ticket }) => {
    if (!(await employedOn(tx, input.assigneeId, modules.clock.today()))) throw refused('The assignee is not employed today', [{ field: 'input.assigneeId', message: 'is not employed today as far as IT knows' }]);
    await recordEvent(tx, ticketAssigned, { ...ticketFacts(ticket), assigneeId: input.assigneeId }, metadata);
    return { action: 'ASSIGNED', state: { assigneeId: input.assigneeId }, details: { from: ticket.assigneeId, to: input.assigneeId } };
  });
}
