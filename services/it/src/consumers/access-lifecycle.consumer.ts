import type { EntityManager } from 'typeorm';
import { employeeHired, employeeRehired, employeeTerminated, employeeTerminatedV1, employeeTransferred, terminationWithdrawn } from '@backoffice/events/hr-events';
import { reactionMetadata, type EventMetadata } from '@backoffice/platform/outbox';
import type { ConsumerDefinition, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { cancelLeave, openJoinerAccess, recordWorkEmail, scheduleLeave, scheduleMove } from '../system-accounts/system-account.service';

// Joiner, mover, leaver from HR's events, on HR's dates (system-accounts/system-account.service.ts).
// The inbox row commits with what each handler writes, so a redelivered event changes nothing.
// Handlers are read tolerantly: fields HR adds later do not fail them.
//
// None is declared orderIndependent: a process step's retry (a redriven event) is refused once a
// newer event of the same employee was applied, because applying these late is not safe:
// - hired / rehired open the joiner's bundle accounts. Late, after the termination that followed
//   (hired-then-terminated) was applied, they would reopen access for a leaver; after a transfer,
//   they would open the old department's bundle.
// - terminated schedules the leave. Late, after the withdrawal that followed, it would revoke a
//   person who stays; after a rehire, an old last day already past is applied at once and revokes
//   the new employment's accounts.
// Each is idempotent (the inbox, one live account per system, one change per employee, kind and
// date), but a later event's effect would be undone.
export function accessLifecycleConsumer(deps: ServiceDependencies): ConsumerDefinition {
  const { clock } = deps;
  // The chain's correlation id, and the HR event as the cause.
  const metadataOf = (event: { id: string; correlationid?: string; traceparent?: string }): EventMetadata => reactionMetadata(event);
  const leave = (employeeId: string, lastDay: string, tx: EntityManager, metadata: EventMetadata) => scheduleLeave(tx, { employeeId, lastDay }, clock, metadata);
  return {
    consumer: 'it.access-lifecycle',
    topics: ['hr.employee.v1'],
    handlers: {
      [employeeHired.type]: async (event, tx) => {
        const hired = employeeHired.read(event);
        await recordWorkEmail(tx, hired.data.employeeId, hired.data.email);
        await openJoinerAccess(tx, { employeeId: hired.data.employeeId, departmentId: hired.data.departmentId, startDate: hired.data.startDate }, clock, metadataOf(hired));
      },
      // A rehire is a joiner again.
      [employeeRehired.type]: async (event, tx) => {
        const rehired = employeeRehired.read(event);
        await openJoinerAccess(tx, { employeeId: rehired.data.employeeId, departmentId: rehired.data.departmentId, startDate: rehired.data.startDate }, clock, metadataOf(rehired));
      },
      [employeeTransferred.type]: async (event, tx) => {
        const moved = employeeTransferred.read(event);
        // A new title or manager in the same department changes no access.
        if (moved.data.fromDepartmentId === moved.data.toDepartmentId) return;
        await scheduleMove(tx, { employeeId: moved.data.employeeId, fromDepartmentId: moved.data.fromDepartmentId, toDepartmentId: moved.data.toDepartmentId, effectiveDate: moved.data.effectiveDate }, clock, metadataOf(moved));
      },
      [employeeTerminated.type]: async (event, tx) => {
        const terminated = employeeTerminated.read(event);
        await leave(terminated.data.employeeId, terminated.data.terminationDate, tx, metadataOf(terminated));
      },
      [employeeTerminatedV1.type]: async (event, tx) => {
        const terminated = employeeTerminatedV1.read(event);
        await leave(terminated.data.employeeId, terminated.data.terminationDate, tx, metadataOf(terminated));
      },
      [terminationWithdrawn.type]: async (event, tx) => {
        const withdrawn = terminationWithdrawn.read(event);
        await cancelLeave(tx, { employeeId: withdrawn.data.employeeId, lastDay: withdrawn.data.withdrawnTerminationDate });
      },
    },
  };
}
