import { licenseRenewed } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import { NotFound, refused, staleVersion } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import type { ItModules } from '../../it-modules';
import { renewLicenseInput } from '../license.inputs';
import type { LicenseRecord } from '../license.record';
import * as licenses from '../license.repository';

// The next period of a licence: a later renewal date, and its seats and cost for that period.
// Seats never drop below those in use: release some first.
export async function renewLicense({ dataSource }: ItModules, rawInput: unknown, metadata: EventMetadata): Promise<LicenseRecord> {
  const input = parseInput(renewLicenseInput, rawInput);
  return dataSource.transaction(async (tx) => {
    const license = await licenses.lockLicense(tx, input.licenseId);
    if (!license) throw new NotFound('License', input.licenseId);
    if (license.version !== input.expectedVersion) throw staleVersion('License', license.id, input.expectedVersion, license.version);
    const problems = [];
    if (input.renewalDate <= license.renewalDate) problems.push({ field: 'input.renewalDate', message: `must be after the current renewal date, ${license.renewalDate}` });
    const seats = input.seats ?? license.seats;
    if (seats < license.seatsUsed) problems.push({ field: 'input.seats', message: `must be at least ${license.seatsUsed}, the seats in use: release seats first` });
    if (problems.length) throw refused('The renewal does not fit the licence', problems);
    const costPerPeriod = input.costPerPeriod ?? license.costPerPeriod;
    await licenses.renew(tx, license.id, { renewalDate: input.renewalDate, seats, costPerPeriod });
    const renewed = (await licenses.licensesByIds(tx, [license.id]))[0]!;
    await recordAudit(tx, { actor: metadata.actor, action: 'license.renewed', entityType: 'license', entityId: license.id, changes: { renewalDate: { from: license.renewalDate, to: renewed.renewalDate }, seats: { from: license.seats, to: renewed.seats }, costPerPeriod: { from: license.costPerPeriod, to: renewed.costPerPeriod } }, correlationId: metadata.correlationId });
    await recordEvent(
      tx,
      licenseRenewed,
      { licenseId: license.id, product: renewed.product, vendor: renewed.vendor, previousRenewalDate: license.renewalDate, renewalDate: renewed.renewalDate, seats: renewed.seats, costPerPeriod: renewed.costPerPeriod, currency: renewed.currency, billingPeriod: renewed.billingPeriod },
      metadata,
    );
    return renewed;
  });
}
