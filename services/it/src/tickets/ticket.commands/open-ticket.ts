import { refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { employedOn } from '@backoffice/workforce/workforce.queries';
import { assetsInOrder } from '../../assets/asset.queries';
import type { ItModules } from '../../it-modules';
import { systemsByCodes } from '../../systems/system.queries';
import { openTicketInput } from '../ticket.inputs';
import type { TicketRecord } from '../ticket.record';
import { openTicketIn } from '../ticket.service';

// A ticket for someone employed today (the resolver has decided who may ask for whom), about an
// asset or a system of IT's catalogue when it names one.
export async function openTicket(modules: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<TicketRecord> {
  const input = parseInput(openTicketInput, rawInput);
  const requesterId = input.requesterId;
  if (!requesterId) throw refused('The ticket has no requester', [{ field: 'input.requesterId', message: 'must name the employee the ticket is for: this caller is not an employee' }]);
  return modules.dataSource.transaction(async (tx) => {
    if (!(await employedOn(tx, requesterId, modules.clock.today()))) {
      throw refused('The requester is not employed today', [{ field: 'input.requesterId', message: 'is not employed today as far as IT knows (HR\'s hires reach IT as events, within seconds)' }]);
    }
    if (input.assetId && !(await assetsInOrder(tx, [input.assetId]))[0]) throw refused('No such asset', [{ field: 'input.assetId', message: 'is not an asset in the inventory' }]);
    if (input.system && !(await systemsByCodes(tx, [input.system])).length) throw refused('No such system', [{ field: 'input.system', message: 'is not a system in IT\'s catalogue (query systems)' }]);
    const opened = await openTicketIn(
      tx,
      modules,
      {
        kind: 'REQUEST',
        requesterId,
        employeeId: requesterId,
        category: input.category,
        priority: input.priority ?? 'MEDIUM',
        subject: input.subject,
        description: input.description,
        assetId: input.assetId ?? null,
        system: input.system ?? null,
        dueOn: null,
        sourceKey: null,
        supplyItem: null,
      },
      [],
      metadata,
    );
    return opened!;
  });
}
