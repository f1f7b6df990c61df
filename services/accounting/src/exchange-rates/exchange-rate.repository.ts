import { firstRow, rows, type Sql } from '@backoffice/platform/sql';
import type { ExchangeRateRecord } from './exchange-rate.record';

// The only code that knows how rates are stored (table `exchange_rates`).
const COLUMNS = `currency, valid_from::text AS "validFrom", rate::text AS rate, set_by AS "setBy", to_char(set_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "setAt"`;

// The rate in force on a date: the latest set on or before it.
export async function rateInForce(db: Sql, currency: string, date: string): Promise<string | undefined> {
  return (await firstRow<{ rate: string }>(db, `SELECT rate::text AS rate FROM exchange_rates WHERE currency = $1 AND valid_from <= $2 ORDER BY valid_from DESC LIMIT 1`, [currency, date]))?.rate;
}

export function listRates(db: Sql, currency: string | null): Promise<ExchangeRateRecord[]> {
  return rows(db, `SELECT ${COLUMNS} FROM exchange_rates WHERE $1::text IS NULL OR currency = $1 ORDER BY currency, valid_from DESC`, [currency]);
}

// Setting a rate again for the same day replaces it: entries already posted keep the rate they used.
export async function upsertRate(db: Sql, rate: Omit<ExchangeRateRecord, 'setAt'> & { setAt: Date }): Promise<{ record: ExchangeRateRecord; previous: string | null }> {
  const previous = await firstRow<{ rate: string }>(db, `SELECT rate::text AS rate FROM exchange_rates WHERE currency = $1 AND valid_from = $2 FOR UPDATE`, [rate.currency, rate.validFrom]);
  const record = (await firstRow<ExchangeRateRecord>(
    db,
    `INSERT INTO exchange_rates (currency, valid_from, rate, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (currency, valid_from) DO UPDATE SET rate = EXCLUDED.rate, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at
     RETURNING ${COLUMNS}`,
    [rate.currency, rate.validFrom, rate.rate, rate.setBy, rate.setAt],
  ))!;
  return { record, previous: previous?.rate ?? null };
}
