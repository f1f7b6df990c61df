import { recordAudit } from '@backoffice/platform/audit';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { Refused } from '@backoffice/platform/domain-errors';
import { parseInput } from '@backoffice/platform/validation';
import type { LedgerModules } from '../../ledger-modules';
import { setExchangeRateInput } from '../exchange-rate.inputs';
import type { ExchangeRateRecord } from '../exchange-rate.record';
import { upsertRate } from '../exchange-rate.repository';

// The rate lines in `currency` convert at from `validFrom` on; audited, old and new.
export async function setExchangeRate({ dataSource, clock, settings }: LedgerModules, input: unknown, { actor, correlationId }: EventMetadata): Promise<ExchangeRateRecord> {
  const rate = parseInput(setExchangeRateInput, input);
  if (rate.currency === settings.functionalCurrency) {
    throw new Refused(`${rate.currency} is the ledger's own currency: it needs no rate.`, [{ field: 'input.currency', message: 'is the functional currency' }]);
  }
  return dataSource.transaction(async (tx) => {
    const { record, previous } = await upsertRate(tx, { currency: rate.currency, validFrom: rate.validFrom, rate: rate.rate, setBy: actor, setAt: clock.now() });
    await recordAudit(tx, { actor, action: 'exchange-rate.set', entityType: 'exchange_rate', entityId: `${rate.currency}:${rate.validFrom}`, changes: { rate: { from: previous, to: record.rate } }, correlationId });
    return record;
  });
}
