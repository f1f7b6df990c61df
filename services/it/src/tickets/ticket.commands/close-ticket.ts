import { NotFound } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { ticketChangeInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import * as tickets from '../ticket.repository';
import { requireStatusFor, requireVersion } from '../ticket.rules';
import { closeIn } from '../ticket.service';

// RESOLVED → CLOSED for good, before the days for reopening are over (the helpdesk job closes
// the rest when they are).
export async function closeTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(ticketChangeInput, rawInput);
  return modules.dataSource.transaction(async (tx) => {
    const ticket = await tickets.lockTicket(tx, input.ticketId);
    if (!ticket) throw new NotFound('Ticket', input.ticketId);
    requireStatusFor(ticket, 'close');
    requireVersion(ticket, input.expectedVersion);
    return closeIn(tx, modules, ticket, { automatically: false }, metadata);
  });
}
