import { refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employedOn } from '@backoffice/workforce/workforce.queries';
import type { ItModules } from '../../it-modules';
import { supplyItemsInOrder } from '../../supply-items/supply-item.queries';
import { requestSuppliesInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import type { NewTicketItem } from '../ticket.repository';
import { openTicketIn } from '../ticket.service';

// A SUPPLY ticket for things from the catalogue: consumables as one line with a quantity,
// equipment as one line per piece (each fulfilled with its own asset).
export async function requestSupplies(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(requestSuppliesInput, rawInput);
  const requesterId = input.requesterId;
  if (!requesterId) throw refused('The request has no requester', [{ field: 'input.requesterId', message: 'must name the employee it is for: this caller is not an employee' }]);
  return modules.dataSource.transaction(async (tx) => {
    if (!(await employedOn(tx, requesterId, modules.clock.today()))) {
      throw refused('The requester is not employed today', [{ field: 'input.requesterId', message: 'is not employed today as far as IT knows' }]);
    }
    const catalogue = await supplyItemsInOrder(tx, input.items.map((line) => line.item));
    const unknown = input.items.flatMap((line, index) => (catalogue[index] ? [] : [{ field: `input.items.${index}.item`, message: `"${line.item}" is not in the supply catalogue (query supplyItems)` }]));
    if (unknown.length) throw refused('Not in the catalogue', unknown);
    const items: NewTicketItem[] = [];
    const summary: string[] = [];
    input.items.forEach((line, index) => {
      const item = catalogue[index]!;
      const quantity = line.quantity ?? 1;
      summary.push(`${quantity} × ${item.name}`);
      if (item.kind === 'CONSUMABLE') items.push({ supplyItem: item.code, assetCategory: null, quantity, assetId: null });
      else for (let piece = 0; piece < quantity; piece += 1) items.push({ supplyItem: item.code, assetCategory: item.assetCategory, quantity: 1, assetId: null });
    });
    const equipment = catalogue.some((item) => item?.kind === 'EQUIPMENT');
    const opened = await openTicketIn(
      tx,
      modules,
      {
        kind: 'SUPPLY',
        requesterId,
        employeeId: requesterId,
        category: equipment ? 'HARDWARE' : 'OFFICE_SUPPLIES',
        priority: 'LOW',
        subject: `Supplies: ${summary.join(', ')}`.slice(0, 200),
        description: input.note ?? summary.join('\n'),
        assetId: null,
        system: null,
        dueOn: null,
        sourceKey: null,
        supplyItem: null,
      },
      items,
      metadata,
    );
    return opened!;
  });
}
