import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';
import { actorOf } from '@backoffice/platform/identity';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { assetsInOrder, assetsInUseInOrder, assetsOfHoldersInOrder, assignmentsInOrder, historyInOrder } from './assets/asset.queries';
import type { AssetAssignmentRecord, AssetHistoryRecord, AssetRecord, AssetsInUseRecord } from './assets/asset.record';
import type { ItConfig } from './config';
import { itModulesOf, type ItModules } from './it-modules';
import { licensesInOrder, seatsOfHoldersInOrder, seatsOfLicensesInOrder } from './licenses/license.queries';
import type { LicenseRecord, LicenseSeatRecord } from './licenses/license.record';
import type { SystemAccountChangeRecord, SystemAccountRecord } from './system-accounts/system-account.record';
import { accountsByEmployee, historyByAccount } from './system-accounts/system-account.service';
import type { AccessBundleRecord } from './access-bundles/access-bundle.record';
import { bundlesOf } from './access-bundles/access-bundle.queries';
import type { AssetCategoryRecord } from './assets/asset.record';
import { assetCategories } from './assets/asset.queries';
import type { ItSystemRecord } from './systems/system.record';
import { allSystems } from './systems/system.queries';
import type { BusinessCalendar } from './business-hours';
import type { SupplyItemRecord } from './supply-items/supply-item.record';
import { supplyItemsInOrder } from './supply-items/supply-item.queries';
import type { TicketCommentRecord, TicketItemRecord, TicketPauseRecord, TicketRecord, TicketTimelineRecord } from './tickets/ticket.record';
import { commentsInOrder, itemsInOrder, pausesInOrder, ticketsInOrder, ticketsOfRequestersInOrder, timelineInOrder } from './tickets/ticket.queries';
import { calendarFrom } from './tickets/ticket.service';

// HR owns employees and departments; IT knows them only by id.
export type EmployeeReference = { id: string };
export type DepartmentReference = { id: string };

export type ItContext = RequestContext & {
  dataSource: DataSource;
  clock: Clock;
  modules: ItModules;
  // Who a write is recorded against (the person, or service:<name>), with the request's ids.
  eventMetadata: () => EventMetadata;
  loaders: {
    accountsOfEmployee: DataLoader<string, SystemAccountRecord[]>;
    accountHistory: DataLoader<string, SystemAccountChangeRecord[]>;
    accessBundle: DataLoader<string, AccessBundleRecord>;
    // Reference lists, read once per request (key 'all').
    systems: DataLoader<'all', ItSystemRecord[]>;
    assetCategories: DataLoader<'all', AssetCategoryRecord[]>;
    asset: DataLoader<string, AssetRecord | null>;
    assetsOfHolder: DataLoader<string, AssetRecord[]>;
    openAssignment: DataLoader<string, AssetAssignmentRecord[]>;
    assignments: DataLoader<string, AssetAssignmentRecord[]>;
    assetHistory: DataLoader<string, AssetHistoryRecord[]>;
    assetsInUse: DataLoader<string, AssetsInUseRecord>;
    license: DataLoader<string, LicenseRecord | null>;
    seatsOfHolder: DataLoader<string, LicenseSeatRecord[]>;
    seatsOfLicense: DataLoader<string, LicenseSeatRecord[]>;
    ticket: DataLoader<string, TicketRecord | null>;
    ticketComments: DataLoader<string, TicketCommentRecord[]>;
    ticketTimeline: DataLoader<string, TicketTimelineRecord[]>;
    ticketItems: DataLoader<string, TicketItemRecord[]>;
    ticketPauses: DataLoader<string, TicketPauseRecord[]>;
    // Keys "<employee id>|<statuses>".
    ticketsOfRequester: DataLoader<string, TicketRecord[]>;
    supplyItem: DataLoader<string, SupplyItemRecord | null>;
    // Working hours and holidays from a year back to a year ahead, once per request.
    businessCalendar: DataLoader<'all', BusinessCalendar>;
  };
};

export function createItContext(deps: ServiceDependencies<ItConfig>, request: RequestContext): ItContext {
  const db = deps.dataSource;
  const modules = itModulesOf(deps);
  return {
    ...request,
    dataSource: db,
    clock: deps.clock,
    modules,
    eventMetadata: () => ({ actor: actorOf(request.principal), correlationId: request.correlationId, traceparent: request.traceparent }),
    loaders: {
      accountsOfEmployee: new DataLoader((ids) => accountsByEmployee(db, ids)),
      accountHistory: new DataLoader((ids) => historyByAccount(db, ids)),
      accessBundle: new DataLoader((ids) => bundlesOf(db, ids)),
      systems: new DataLoader(async (keys) => { const all = await allSystems(db); return keys.map(() => all); }),
      assetCategories: new DataLoader(async (keys) => { const all = await assetCategories(db); return keys.map(() => all); }),
      asset: new DataLoader((ids) => assetsInOrder(db, ids)),
      assetsOfHolder: new DataLoader((ids) => assetsOfHoldersInOrder(db, ids)),
      openAssignment: new DataLoader((ids) => assignmentsInOrder(db, ids, { openOnly: true })),
      assignments: new DataLoader((ids) => assignmentsInOrder(db, ids, { openOnly: false })),
      assetHistory: new DataLoader((ids) => historyInOrder(db, ids)),
      assetsInUse: new DataLoader((ids) => assetsInUseInOrder(db, ids, deps.clock.today())),
      license: new DataLoader((ids) => licensesInOrder(db, ids)),
      seatsOfHolder: new DataLoader((ids) => seatsOfHoldersInOrder(db, ids)),
      seatsOfLicense: new DataLoader((ids) => seatsOfLicensesInOrder(db, ids)),
      ticket: new DataLoader((ids) => ticketsInOrder(db, ids)),
      ticketComments: new DataLoader((ids) => commentsInOrder(db, ids)),
      ticketTimeline: new DataLoader((ids) => timelineInOrder(db, ids)),
      ticketItems: new DataLoader((ids) => itemsInOrder(db, ids)),
      ticketPauses: new DataLoader((ids) => pausesInOrder(db, ids)),
      ticketsOfRequester: new DataLoader((keys) => ticketsOfRequestersInOrder(db, keys)),
      supplyItem: new DataLoader((codes) => supplyItemsInOrder(db, codes)),
      businessCalendar: new DataLoader(async (keys) => {
        const calendar = await calendarFrom(db, modules.helpdesk, deps.clock.timeZone, new Date(deps.clock.now().getTime() - 366 * 86_400_000));
        return keys.map(() => calendar);
      }),
    },
  };
}
