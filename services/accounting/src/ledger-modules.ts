import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';

// What the ledger's commands need, wired once per process: the database, the business clock
// (entry dates default to its today; postedAt is its now) and the ledger's settings.
export type LedgerSettings = { functionalCurrency: string };
export type LedgerModules = { dataSource: DataSource; clock: Clock; settings: LedgerSettings };
