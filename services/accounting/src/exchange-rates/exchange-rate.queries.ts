import type { Sql } from '@backoffice/platform/sql';
import type { ExchangeRateRecord } from './exchange-rate.record';
import { listRates, rateInForce } from './exchange-rate.repository';

export function rateOn(db: Sql, currency: string, date: string): Promise<string | undefined> {
  return rateInForce(db, currency, date);
}

export function exchangeRates(db: Sql, currency: string | null): Promise<ExchangeRateRecord[]> {
  return listRates(db, currency);
}
