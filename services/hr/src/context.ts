import { actorOf } from '@backoffice/platform/identity';
import DataLoader from 'dataloader';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { RequestContext } from '@backoffice/platform/subgraph-service';
import type { DepartmentRecord } from './departments/department.record';
import { childrenInOrder, departmentsInOrder, headcountsInOrder } from './departments/department.queries';
import type { CompensationRecord, EmployeeChangeRecord, EmployeeRecord } from './employees/employee.record';
import * as employeeRepository from './employees/employee.repository';
import type { HrModules } from './hr-modules';
import type { LeaveRequestRecord, LeaveTypeRecord } from './leave/leave.record';
import { leaveRequestsInOrder, leaveTypes } from './leave/leave.queries';
import type { WorkflowRecord, WorkflowStepRecord } from './workflows/workflow.record';
import { latestWorkflowsInOrder, stepsInOrder, workflowsInOrder } from './workflows/workflow.queries';

// Per request: the caller, HR's modules, and loaders that batch every list-to-entity field
// into one `= ANY($1)` statement, so SQL per request does not grow with list length.
export type HrContext = RequestContext & {
  modules: HrModules;
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

function createLoaders({ dataSource: db, clock }: HrModules) {
  const asOf = clock.today();
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
    department: new DataLoader<string, DepartmentRecord | null>((ids) => departmentsInOrder(db, ids)),
    departmentChildren: new DataLoader<string, DepartmentRecord[]>((ids) => childrenInOrder(db, ids)),
    headcount: new DataLoader<string, number>((ids) => headcountsInOrder(db, ids)),
    leaveRequest: new DataLoader<string, LeaveRequestRecord | null>((ids) => leaveRequestsInOrder(db, ids)),
    workflow: new DataLoader<string, WorkflowRecord | null>((ids) => workflowsInOrder(db, ids)),
    workflowSteps: new DataLoader<string, WorkflowStepRecord[]>((ids) => stepsInOrder(db, ids)),
    onboarding: new DataLoader<string, WorkflowRecord | null>((ids) => latestWorkflowsInOrder(db, ids, 'ONBOARDING')),
    offboarding: new DataLoader<string, WorkflowRecord | null>((ids) => latestWorkflowsInOrder(db, ids, 'OFFBOARDING')),
    leaveType: new DataLoader<string, LeaveTypeRecord | null>(async (codes) => {
      const types = await leaveTypes(db);
      return codes.map((code) => types.find((type) => type.code === code) ?? null);
    }),
  };
}

export function createHrContext(modules: HrModules, request: RequestContext): HrContext {
  return {
    ...request,
    modules,
    loaders: createLoaders(modules),
    // A person by employee id, a service account as `service:<name>`; verified callers are always one of them.
    eventMetadata: { actor: actorOf(request.principal), correlationId: request.correlationId, traceparent: request.traceparent },
  };
}
