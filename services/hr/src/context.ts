import DataLoader from 'dataloader';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { RequestContext, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { DepartmentRecord } from './departments/department.record';
import { DepartmentService } from './departments/department.service';
import type { CompensationRecord, EmployeeChangeRecord, EmployeeRecord } from './employees/employee.record';
import * as employeeRepository from './employees/employee.repository';
import { EmployeeService } from './employees/employee.service';
import type { LeaveRequestRecord, LeaveTypeRecord } from './leave/leave.record';
import { LeaveService } from './leave/leave.service';
import type { HrConfig } from './config';
import { RecordIssuesService } from './records/record-issues.service';
import { today } from './dates';

// Per request: the caller, the services, and loaders that batch every list-to-entity field
// into one `= ANY($1)` statement, so SQL per request does not grow with list length.
export type HrContext = RequestContext & {
  employees: EmployeeService;
  departments: DepartmentService;
  recordIssues: RecordIssuesService;
  leave: LeaveService;
  loaders: ReturnType<typeof createLoaders>;
  eventMetadata: EventMetadata;
};

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string | null): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k) groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

function createLoaders(deps: ServiceDependencies<HrConfig>, departments: DepartmentService, leave: LeaveService) {
  const db = deps.dataSource;
  const asOf = today();
  return {
    employee: new DataLoader<string, EmployeeRecord | null>(async (ids) => {
      const byId = new Map((await employeeRepository.findEmployees(db, ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    directReports: new DataLoader<string, EmployeeRecord[]>(async (ids) => groupBy(ids, await employeeRepository.directReportsOf(db, ids), (row) => row.managerId)),
    reportingChain: new DataLoader<string, string[]>(async (ids) => {
      const chains = await employeeRepository.reportingChains(db, ids);
      return ids.map((id) => chains.get(id) ?? []);
    }),
    compensationInForce: new DataLoader<string, CompensationRecord | null>(async (ids) => {
      const byId = new Map((await employeeRepository.compensationsInForce(db, ids, asOf)).map((row) => [row.employeeId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    compensationHistory: new DataLoader<string, CompensationRecord[]>(async (ids) => groupBy(ids, await employeeRepository.compensationHistories(db, ids), (row) => row.employeeId)),
    history: new DataLoader<string, EmployeeChangeRecord[]>(async (ids) => groupBy(ids, await employeeRepository.changeHistories(db, ids), (row) => row.employeeId)),
    department: new DataLoader<string, DepartmentRecord | null>((ids) => departments.byIds(ids)),
    departmentChildren: new DataLoader<string, DepartmentRecord[]>((ids) => departments.childrenOf(ids)),
    headcount: new DataLoader<string, number>((ids) => departments.headcounts(ids)),
    leaveRequest: new DataLoader<string, LeaveRequestRecord | null>((ids) => leave.byIds(ids)),
    leaveType: new DataLoader<string, LeaveTypeRecord | null>(async (codes) => {
      const types = await leave.types();
      return codes.map((code) => types.find((type) => type.code === code) ?? null);
    }),
  };
}

export function createHrContext(deps: ServiceDependencies<HrConfig>, request: RequestContext): HrContext {
  const departments = new DepartmentService(deps.dataSource);
  const leave = new LeaveService(deps.dataSource, { hrApprovalAboveDays: deps.config.extra.LEAVE_HR_APPROVAL_ABOVE_DAYS });
  return {
    ...request,
    employees: new EmployeeService(deps.dataSource),
    departments,
    recordIssues: new RecordIssuesService(deps.dataSource),
    leave,
    loaders: createLoaders(deps, departments, leave),
    eventMetadata: { actor: request.principal.employeeId ?? 'system', correlationId: request.correlationId },
  };
}
