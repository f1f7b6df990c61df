import { recordAudit } from '@backoffice/platform/audit';
import { refused } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { addSystemInput } from '../system.inputs';
import type { ItSystemRecord } from '../system.record';
import * as systems from '../system.repository';

// A new system in the catalogue. One for everyone joins every bundle from the next change on; the
// accounts people already have are granted one by one, or by the next joiner or mover.
export async function addSystem({ dataSource }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<ItSystemRecord> {
  const input = parseInput(addSystemInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const added = await systems.insertSystem(tx, { code: input.code, name: input.name, description: input.description, forEveryone: input.forEveryone ?? false });
    if (!added) throw refused('The code is taken', [{ field: 'input.code', message: `"${input.code}" is already in the catalogue` }]);
    await recordAudit(tx, { actor: metadata.actor, action: 'system.added', entityType: 'it_system', entityId: added.code, changes: { ...added }, correlationId: metadata.correlationId });
    return added;
  });
}
