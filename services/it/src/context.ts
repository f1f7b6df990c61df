import DataLoader from 'dataloader';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { SystemAccountEntity } from './accounts/system-account.entity';
import { SystemAccountService } from './accounts/system-account.service';

// HR owns employees; IT knows them only by id.
export type EmployeeReference = { id: string };

export type ItContext = RequestContext & {
  accounts: SystemAccountService;
  loaders: { accountsOfEmployee: DataLoader<string, SystemAccountEntity[]> };
};

export function createItContext(deps: ServiceDependencies, request: RequestContext): ItContext {
  const accounts = new SystemAccountService(deps.dataSource);
  return { ...request, accounts, loaders: { accountsOfEmployee: new DataLoader((ids) => accounts.byEmployeeIds(ids)) } };
}
