import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';
import type { ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { HrConfig } from './config';
import type { EmployeeHooks } from './employees/employee.hooks';
import { leaveSettledAtLastDay, settleLeaveAtLastDay } from './leave/leave.rules';
import type { LeavePolicy } from './leave/leave.rules';

// HR's modules wired together once per process. Commands receive this; a module reacts to
// another's changes only through the hooks registered here, never by importing its internals.
export type HrModules = {
  dataSource: DataSource;
  // Business time: every rule that depends on the date asks it.
  clock: Clock;
  leavePolicy: LeavePolicy;
  employeeHooks: EmployeeHooks;
};

export function createHrModules(dataSource: DataSource, clock: Clock, leavePolicy: LeavePolicy): HrModules {
  return {
    dataSource,
    clock,
    leavePolicy,
    // Leave runs up to the last day: termination settles it in the same transaction, and a
    // withdrawn termination lists what it settled (which stays as it is).
    employeeHooks: { afterTermination: [settleLeaveAtLastDay], afterTerminationWithdrawn: [leaveSettledAtLastDay] },
  };
}

// From the running service's configuration (the approval threshold is HR's own setting).
export function hrModulesFrom(deps: Pick<ServiceDependencies<HrConfig>, 'dataSource' | 'config' | 'clock'>): HrModules {
  return createHrModules(deps.dataSource, deps.clock, { hrApprovalAboveDays: deps.config.extra.LEAVE_HR_APPROVAL_ABOVE_DAYS });
}
