import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';
import { recordBudgetCrossings } from './budgets/budget-thresholds.rules';
import type { JournalHooks, PostSystemEntry } from './journal/journal.hooks';
import { postSystemEntry } from './journal/journal.rules';

// What the ledger's commands need, wired once per process: the database, the business clock
// (entry dates default to its today; postedAt is its now), the ledger's settings, and what other
// modules do inside each posting (budgets record the thresholds a posting crosses).
export type LedgerSettings = { functionalCurrency: string };
// `journal.post` is how other modules (expense claims, payroll) post their entries.
export type LedgerModules = { dataSource: DataSource; clock: Clock; settings: LedgerSettings; hooks: JournalHooks; journal: { post: PostSystemEntry } };

export function createLedgerModules(dataSource: DataSource, clock: Clock, settings: LedgerSettings): LedgerModules {
  const modules: LedgerModules = {
    dataSource,
    clock,
    settings,
    hooks: { afterPosting: [recordBudgetCrossings] },
    journal: { post: (tx, entry, metadata) => postSystemEntry(tx, entry, modules, metadata) },
  };
  return modules;
}
