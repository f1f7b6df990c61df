import { licenseRegistered } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import { refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { registerLicenseInput } from '../license.inputs';
import type { LicenseRecord } from '../license.record';
import * as licenses from '../license.repository';

// A licence of a product, once per vendor and product, with its seats and what it costs.
export async function registerLicense({ dataSource }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<LicenseRecord> {
  const input = parseInput(registerLicenseInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const id = await licenses.insertLicense(tx, input);
    if (!id) throw refused('The licence is already registered', [{ field: 'input.product', message: `${input.vendor} ${input.product} is already registered: renew it, or give seats of it` }]);
    const license = (await licenses.licensesByIds(tx, [id]))[0]!;
    await recordAudit(tx, { actor: metadata.actor, action: 'license.registered', entityType: 'license', entityId: id, changes: { product: license.product, vendor: license.vendor, seats: license.seats, costPerPeriod: license.costPerPeriod }, correlationId: metadata.correlationId });
    await recordEvent(
      tx,
      licenseRegistered,
      { licenseId: id, product: license.product, vendor: license.vendor, seats: license.seats, costPerPeriod: license.costPerPeriod, currency: license.currency, billingPeriod: license.billingPeriod, renewalDate: license.renewalDate },
      metadata,
    );
    return license;
  });
}
