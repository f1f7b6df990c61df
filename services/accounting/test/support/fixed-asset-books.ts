import { randomUUID } from 'node:crypto';
import type { AccountingForTest } from './accounting-test-service';

// What the fixed-asset tests share: IT's registration of a laptop, and reading what accounting
// made of an asset (its accounts' balances, its events) or running the monthly depreciation.

export function registeredLaptop(tag: string, purchaseDate: string, purchaseCost: string, usefulLifeMonths: number, currency = 'EUR') {
  return { assetId: randomUUID(), tag, category: 'LAPTOP' as const, manufacturer: 'Lenovo', model: 'T14', purchaseDate, purchaseCost, currency, usefulLifeMonths };
}

// The balance (debit − credit) of an account over the asset's own entries.
export async function assetBalance(accounting: AccountingForTest, assetId: string, code: string): Promise<string> {
  const found = await accounting.admin.query<{ balance: string }>(
    `SELECT COALESCE(sum(l.debit - l.credit), 0)::numeric(18, 2)::text AS balance FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id JOIN accounts a ON a.id = l.account_id
      WHERE e.source = 'ASSET' AND e.source_id = $1 AND a.code = $2`,
    [assetId, code],
  );
  return found.rows[0]!.balance;
}

// The asset's events in the outbox, in the order they were recorded.
export async function fixedAssetEvents(accounting: AccountingForTest, assetId: string) {
  const found = await accounting.admin.query<{ type: string; data: Record<string, unknown>; causationid: string | null; correlationid: string }>(
    `SELECT event_type AS type, envelope->'data' AS data, envelope->>'causationid' AS causationid, envelope->>'correlationid' AS correlationid
       FROM outbox_events WHERE topic = 'accounting.fixed-asset.v1' AND message_key = $1 ORDER BY id`,
    [assetId],
  );
  return found.rows;
}

// The monthly depreciation, now, whatever the runner last did.
export async function runDepreciationJob(accounting: AccountingForTest): Promise<void> {
  await accounting.admin.query(`DELETE FROM job_runs WHERE job = 'accounting.fixed-asset-depreciation'`);
  await accounting.service.jobs.tick();
}
