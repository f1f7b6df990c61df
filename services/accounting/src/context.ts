import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { actorOf } from '@backoffice/platform/identity';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { BudgetRecord } from './budgets/budget.record';
import { budgetsInOrder } from './budgets/budget.queries';
import type { AccountingConfig } from './config';
import type { LedgerModules } from './ledger-modules';
import { journalEntriesInOrder } from './journal/journal.queries';
import type { JournalEntryRecord } from './journal/journal.record';
import { ledgerAccountsInOrder } from './ledger-accounts/ledger-account.queries';
import type { LedgerAccountRecord } from './ledger-accounts/ledger-account.record';

// HR owns departments; accounting knows them only by id.
export type DepartmentReference = { id: string };

export type AccountingContext = RequestContext & {
  dataSource: DataSource;
  ledger: LedgerModules;
  // Who a write is recorded against (the person, or service:<name>), with the request's ids.
  eventMetadata: () => EventMetadata;
  loaders: {
    currentBudget: DataLoader<string, BudgetRecord | null>;
    ledgerAccount: DataLoader<string, LedgerAccountRecord | null>;
    journalEntry: DataLoader<string, JournalEntryRecord | null>;
  };
};

export function createAccountingContext(deps: ServiceDependencies<AccountingConfig>, request: RequestContext): AccountingContext {
  const fiscalYear = Number(deps.clock.today().slice(0, 4));
  const db = deps.dataSource;
  return {
    ...request,
    dataSource: db,
    ledger: { dataSource: db, clock: deps.clock, settings: { functionalCurrency: deps.config.extra.FUNCTIONAL_CURRENCY } },
    eventMetadata: () => ({ actor: actorOf(request.principal), correlationId: request.correlationId, traceparent: request.traceparent }),
    loaders: {
      currentBudget: new DataLoader((ids) => budgetsInOrder(db, ids, fiscalYear)),
      ledgerAccount: new DataLoader((ids) => ledgerAccountsInOrder(db, ids)),
      journalEntry: new DataLoader((ids) => journalEntriesInOrder(db, ids)),
    },
  };
}
