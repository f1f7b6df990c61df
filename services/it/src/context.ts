import DataLoader from 'dataloader';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { SystemAccountRecord } from './system-accounts/system-account.record';
import { accountsByEmployee } from './system-accounts/system-account.service';

// HR owns employees; IT knows them only by id.
export type EmployeeReference = { id: string };

export type ItContext = RequestContext & {
  loaders: { accountsOfEmployee: DataLoader<string, SystemAccountRecord[]> };
};

export function createItContext(deps: ServiceDependencies, request: RequestContext): ItContext {
  return { ...request, loaders: { accountsOfEmployee: new DataLoader((ids) => accountsByEmployee(deps.dataSource, ids)) } };
}
