import DataLoader from 'dataloader';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { DepartmentService } from './departments/department.service';
import type { DepartmentEntity } from './departments/department.entity';
import { EmployeeService } from './employees/employee.service';
import type { EmployeeEntity } from './employees/employee.entity';
import type { CompensationEntity } from './employees/compensation.entity';

// Per request: the caller, the services, and loaders that batch every list-to-entity field
// into one `= ANY($1)` statement, so SQL per request does not grow with list length.
export type HrContext = RequestContext & {
  employees: EmployeeService;
  departments: DepartmentService;
  loaders: {
    employee: DataLoader<string, EmployeeEntity | null>;
    department: DataLoader<string, DepartmentEntity | null>;
    headcount: DataLoader<string, number>;
    currentCompensation: DataLoader<string, CompensationEntity | null>;
  };
  eventMetadata: EventMetadata;
};

export function createHrContext(deps: ServiceDependencies, request: RequestContext): HrContext {
  const employees = new EmployeeService(deps.dataSource);
  const departments = new DepartmentService(deps.dataSource);
  const today = new Date().toISOString().slice(0, 10);
  return {
    ...request,
    employees,
    departments,
    loaders: {
      employee: new DataLoader((ids) => employees.byIds(ids)),
      department: new DataLoader((ids) => departments.byIds(ids)),
      headcount: new DataLoader((ids) => departments.headcounts(ids)),
      currentCompensation: new DataLoader((ids) => employees.currentCompensations(ids, today)),
    },
    eventMetadata: { actor: request.principal.employeeId ?? 'system', correlationId: request.correlationId },
  };
}
