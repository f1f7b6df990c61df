import { recordAudit } from '@backoffice/platform/audit';
import { refused, staleVersion } from '@backoffice/platform/domain-errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { systemsByCodes } from '../../systems/system.queries';
import { setAccessBundleInput } from '../access-bundle.inputs';
import type { AccessBundleRecord } from '../access-bundle.record';
import * as bundles from '../access-bundle.repository';

// A department's bundle, replaced whole, against the version read. People already in the
// department keep what they have: the bundle applies to the next joiners and movers (and the
// access review shows who differs from it).
export async function setAccessBundle({ dataSource }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<AccessBundleRecord> {
  const input = parseInput(setAccessBundleInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const known = new Set((await systemsByCodes(tx, input.systems)).map((system) => system.code));
    const unknown = input.systems.filter((code) => !known.has(code));
    if (unknown.length) throw refused('Unknown systems', [{ field: 'input.systems', message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the catalogue (systems): add them first` }]);
    const version = await bundles.lockBundle(tx, input.departmentId, metadata.actor);
    if (version !== input.expectedVersion) throw staleVersion('Access bundle', input.departmentId, input.expectedVersion, version);
    const before = (await bundles.bundlesOf(tx, [input.departmentId]))[0]!;
    await bundles.replaceBundle(tx, input.departmentId, { systems: input.systems, equipment: input.equipment, actor: metadata.actor });
    const after = (await bundles.bundlesOf(tx, [input.departmentId]))[0]!;
    await recordAudit(tx, {
      actor: metadata.actor,
      action: 'access-bundle.set',
      entityType: 'access_bundle',
      entityId: input.departmentId,
      changes: { systems: { from: before.systems, to: after.systems }, equipment: { from: before.equipment, to: after.equipment } },
      correlationId: metadata.correlationId,
    });
    return after;
  });
}
