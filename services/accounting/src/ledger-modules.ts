import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';
import { recordBudgetCrossings } from './budgets/budget-thresholds.rules';
import type { JournalHooks } from './journal/journal.hooks';

// What the ledger's commands need, wired once per process: the database, the business clock
// (entry dates default to its today; postedAt is its now), the ledger's settings, and what other
// modules do inside each posting (budgets record the thresholds a posting crosses).
export type LedgerSettings = { functionalCurrency: string };
export type LedgerModules = { dataSource: DataSource; clock: Clock; settings: LedgerSettings; hooks: JournalHooks };

export function createLedgerModules(dataSource: DataSource, clock: Clock, settings: LedgerSettings): LedgerModules {
  return { dataSource, clock, settings, hooks: { afterPosting: [recordBudgetCrossings] } };
}
