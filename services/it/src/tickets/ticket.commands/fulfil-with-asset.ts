import { Conflict, refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { handOverAsset } from '../../assets/asset.hooks';
import { assetsInOrder } from '../../assets/asset.queries';
import type { ItModules } from '../../it-modules';
import { fulfilWithAssetInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import * as tickets from '../ticket.repository';
import { changeTicket } from '../ticket.service';

// An equipment line (a supply request's headset, a joiner's laptop) fulfilled with an asset in
// stock of its category, assigned to the person the ticket is for, in the same transaction: the
// asset's own checks (in stock, its version, the person employed) apply. A joiner's kit goes out
// before their first morning, so they must be employed on their start date rather than today.
export async function fulfilWithAsset(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(fulfilWithAssetInput, rawInput);
  return changeTicket(modules, 'handOut', input, metadata, async ({ tx, ticket }) => {
    const line = (await tickets.itemsOf(tx, [ticket.id])).find((item) => item.id === input.itemId);
    if (!line || !line.assetCategory || ticket.kind === 'RECOVERY') throw refused('Not an equipment line', [{ field: 'input.itemId', message: `is not a line of ticket ${ticket.number} that asks for equipment` }]);
    if (line.handedOut >= line.quantity) throw new Conflict(`That line of ticket ${ticket.number} was already fulfilled${line.assetId ? ' with another asset' : ''}.`, { itemId: line.id, assetId: line.assetId });
    if (!ticket.employeeId) throw refused('Nobody to hand it to', [{ field: 'input.ticketId', message: 'is not for an employee' }]);
    const asset = (await assetsInOrder(tx, [input.assetId]))[0];
    if (!asset) throw refused('No such asset', [{ field: 'input.assetId', message: 'is not an asset in the inventory' }]);
    if (asset.category.code !== line.assetCategory) throw refused('The asset is of another category', [{ field: 'input.assetId', message: `is a ${asset.category.code}; the line asks for a ${line.assetCategory}` }]);
    const today = modules.clock.today();
    const employedOn = ticket.kind === 'EQUIPMENT' && ticket.dueOn && ticket.dueOn > today ? ticket.dueOn : today;
    await handOverAsset(
      tx,
      modules,
      { assetId: asset.id, expectedVersion: input.assetVersion, employeeId: ticket.employeeId, notes: `Ticket ${ticket.number}` },
      { employedOn, field: 'input.ticketId', message: `is for someone not employed on ${employedOn} as far as IT knows` },
      metadata,
    );
    await tickets.recordHandedOut(tx, line.id, 1, asset.id);
    return { action: 'HANDED_OUT', state: {}, details: { itemId: line.id, assetId: asset.id, category: line.assetCategory } };
  });
}
