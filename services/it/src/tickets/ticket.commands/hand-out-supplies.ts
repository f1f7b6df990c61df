import { ticketSuppliesHandedOut } from '@backoffice/events/it-events';
import { Conflict, refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { takeFromStock } from '../../supply-items/supply-item.hooks';
import { handOutSuppliesInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import * as tickets from '../ticket.repository';
import { changeTicket, raiseRestockTicket, ticketFacts } from '../ticket.service';

// Consumables from stock against the ticket's line for them: the stock drops (never below zero,
// also when two hand out the last ones at once), and falling to its threshold raises a restock ticket.
export async function handOutSupplies(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(handOutSuppliesInput, rawInput);
  const quantity = input.quantity ?? 1;
  return changeTicket(modules, 'handOut', input, metadata, async ({ tx, ticket }) => {
    const line = (await tickets.itemsOf(tx, [ticket.id])).find((item) => item.supplyItem === input.item && item.assetCategory === null);
    if (!line) throw refused('The ticket does not ask for it', [{ field: 'input.item', message: `is not a consumable line of ticket ${ticket.number}` }]);
    const left = line.quantity - line.handedOut;
    if (quantity > left) throw new Conflict(`Ticket ${ticket.number} asks for ${line.quantity} × ${input.item} and ${line.handedOut} were handed out: at most ${left} more.`, { asked: line.quantity, handedOut: line.handedOut });
    const taken = await takeFromStock(tx, { code: input.item, quantity, ticketId: ticket.id, actor: metadata.actor });
    await tickets.recordHandedOut(tx, line.id, quantity, null);
    await recordEvent(tx, ticketSuppliesHandedOut, { ...ticketFacts(ticket), item: input.item, quantity, stockLeft: taken.stockLeft }, metadata);
    if (taken.low) await raiseRestockTicket(tx, modules, taken.item, taken.stockLeft, metadata);
    // The stock left is IT's (the event carries it); the requester sees the timeline.
    return { action: 'HANDED_OUT', state: {}, details: { item: input.item, quantity } };
  });
}
