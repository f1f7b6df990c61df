import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';
import { actorOf } from '@backoffice/platform/identity';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { assetsInOrder, assetsInUseInOrder, assetsOfHoldersInOrder, assignmentsInOrder, historyInOrder } from './assets/asset.queries';
import type { AssetAssignmentRecord, AssetHistoryRecord, AssetRecord, AssetsInUseRecord } from './assets/asset.record';
import type { ItModules } from './it-modules';
import { licensesInOrder, seatsOfHoldersInOrder, seatsOfLicensesInOrder } from './licenses/license.queries';
import type { LicenseRecord, LicenseSeatRecord } from './licenses/license.record';
import type { SystemAccountRecord } from './system-accounts/system-account.record';
import { accountsByEmployee } from './system-accounts/system-account.service';

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
    asset: DataLoader<string, AssetRecord | null>;
    assetsOfHolder: DataLoader<string, AssetRecord[]>;
    openAssignment: DataLoader<string, AssetAssignmentRecord[]>;
    assignments: DataLoader<string, AssetAssignmentRecord[]>;
    assetHistory: DataLoader<string, AssetHistoryRecord[]>;
    assetsInUse: DataLoader<string, AssetsInUseRecord>;
    license: DataLoader<string, LicenseRecord | null>;
    seatsOfHolder: DataLoader<string, LicenseSeatRecord[]>;
    seatsOfLicense: DataLoader<string, LicenseSeatRecord[]>;
  };
};

export function createItContext(deps: ServiceDependencies, request: RequestContext): ItContext {
  const db = deps.dataSource;
  return {
    ...request,
    dataSource: db,
    clock: deps.clock,
    modules: { dataSource: db, clock: deps.clock },
    eventMetadata: () => ({ actor: actorOf(request.principal), correlationId: request.correlationId, traceparent: request.traceparent }),
    loaders: {
      accountsOfEmployee: new DataLoader((ids) => accountsByEmployee(db, ids)),
      asset: new DataLoader((ids) => assetsInOrder(db, ids)),
      assetsOfHolder: new DataLoader((ids) => assetsOfHoldersInOrder(db, ids)),
      openAssignment: new DataLoader((ids) => assignmentsInOrder(db, ids, { openOnly: true })),
      assignments: new DataLoader((ids) => assignmentsInOrder(db, ids, { openOnly: false })),
      assetHistory: new DataLoader((ids) => historyInOrder(db, ids)),
      assetsInUse: new DataLoader((ids) => assetsInUseInOrder(db, ids, deps.clock.today())),
      license: new DataLoader((ids) => licensesInOrder(db, ids)),
      seatsOfHolder: new DataLoader((ids) => seatsOfHoldersInOrder(db, ids)),
      seatsOfLicense: new DataLoader((ids) => seatsOfLicensesInOrder(db, ids)),
    },
  };
}
