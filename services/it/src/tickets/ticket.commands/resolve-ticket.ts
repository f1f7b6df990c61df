import { ticketResolved } from '@backoffice/events/it-events';
import { Conflict } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { assetsInOrder } from '../../assets/asset.queries';
import { businessMinutesBetween } from '../../business-hours';
import type { ItModules } from '../../it-modules';
import { resolveTicketInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import * as tickets from '../ticket.repository';
import { changeTicket, firstResponseState, recordBreachOnce, ticketFacts } from '../ticket.service';
import { pauseSpans, resolutionDue, resolutionTimed } from '../ticket-sla.rules';

// Resolves with how (a code) and a note the requester sees (an answer, if none came before).
// FULFILLED means every line is done: each supply handed out, each piece of a kit given, each
// asset of a leaver back. The resolution clock stands still from here until a reopening.
export async function resolveTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(resolveTicketInput, rawInput);
  return changeTicket(modules, 'resolve', input, metadata, async ({ tx, ticket, now, calendar }) => {
    if (input.resolution === 'FULFILLED') await requireEveryLineDone(tx, ticket);
    const responded = await firstResponseState(tx, ticket, now, calendar, metadata);
    await tickets.endPause(tx, ticket.id, now);
    const pauses = pauseSpans(await tickets.pausesOf(tx, [ticket.id]), now);
    const resolutionMinutes = businessMinutesBetween(ticket.openedAt, now, calendar, pauses);
    // The stored due time leaves out a wait that has not ended: resolving a WAITING ticket
    // counts the wait it ends here.
    const due = resolutionDue(ticket, modules.helpdesk, calendar, pauses);
    const late = resolutionTimed(input.resolution) && now > due;
    if (late) await recordBreachOnce(tx, ticket, 'RESOLUTION', due, metadata, now);
    await tickets.startPause(tx, ticket.id, now);
    const firstResponseMinutes = responded.firstResponseMinutes ?? ticket.firstResponseMinutes ?? 0;
    const breached = late || (responded.firstRespondedAt ?? ticket.firstRespondedAt ?? now) > ticket.firstResponseDue;
    await recordEvent(tx, ticketResolved, { ...ticketFacts(ticket), resolvedBy: metadata.actor, resolution: input.resolution, firstResponseMinutes, resolutionMinutes, breached }, metadata);
    return {
      action: 'RESOLVED',
      state: { status: 'RESOLVED', resolvedAt: now, resolutionDue: due, resolution: input.resolution, resolutionNote: input.note, resolutionMinutes, ...responded },
      details: { resolution: input.resolution, resolutionMinutes },
    };
  });
}

async function requireEveryLineDone(tx: Parameters<typeof tickets.itemsOf>[0], ticket: TicketRecord): Promise<void> {
  const items = await tickets.itemsOf(tx, [ticket.id]);
  if (ticket.kind === 'RECOVERY') {
    const assets = await assetsInOrder(tx, items.flatMap((item) => (item.assetId ? [item.assetId] : [])));
    const stillHeld = assets.filter((asset) => asset && asset.holderId === ticket.employeeId).map((asset) => asset!.tag);
    if (stillHeld.length) throw new Conflict(`Ticket ${ticket.number} cannot be fulfilled: ${stillHeld.join(', ')} ${stillHeld.length === 1 ? 'is' : 'are'} still with the leaver. Return each (returnAsset) or report it lost first.`, { stillHeld });
    return;
  }
  const open = items.filter((item) => item.handedOut < item.quantity);
  if (open.length) throw new Conflict(`Ticket ${ticket.number} cannot be fulfilled: ${open.length} of its ${items.length} lines are not handed out yet. Hand them out, or resolve it another way.`, { openLines: open.map((item) => item.id) });
}
