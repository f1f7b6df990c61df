import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';
import type { ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { HrConfig } from './config';
import type { EmployeeHooks } from './employees/employee.hooks';
import { leaveSettledAtLastDay, settleLeaveAtLastDay } from './leave/leave.rules';
import type { LeavePolicy } from './leave/leave.rules';
import { cancelOffboarding, openWorkflow, recheckRecord } from './workflows/workflow.service';

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
    // A hire opens an onboarding and a termination an offboarding, in the same transaction as
    // HR's event that the other departments react to; a withdrawal cancels the offboarding.
    employeeHooks: {
      afterTermination: [settleLeaveAtLastDay],
      afterTerminationWithdrawn: [leaveSettledAtLastDay],
      hired: [(tx, hire, metadata) => openWorkflow(tx, clock, 'ONBOARDING', { employeeId: hire.employeeId, anchorDate: hire.startDate, eventId: hire.eventId }, metadata)],
      terminated: [(tx, termination, metadata) => openWorkflow(tx, clock, 'OFFBOARDING', { employeeId: termination.employeeId, anchorDate: termination.lastDay, eventId: termination.eventId }, metadata)],
      withdrawn: [(tx, withdrawn, metadata) => cancelOffboarding(tx, clock, withdrawn.employeeId, metadata)],
      recordChanged: [(tx, change, metadata) => recheckRecord(tx, clock, change.employeeId, metadata)],
    },
  };
}

// From the running service's configuration (the approval threshold is HR's own setting).
export function hrModulesFrom(deps: Pick<ServiceDependencies<HrConfig>, 'dataSource' | 'config' | 'clock'>): HrModules {
  return createHrModules(deps.dataSource, deps.clock, { hrApprovalAboveDays: deps.config.extra.LEAVE_HR_APPROVAL_ABOVE_DAYS });
}
