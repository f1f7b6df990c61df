import { employeeHired, employeeRehired, employeeTerminated, employeeTerminatedV1, holidayAdded, holidayRemoved, terminationWithdrawn } from '@backoffice/events/hr-events';
import { reactionMetadata, type EventMetadata } from '@backoffice/platform/outbox';
import type { ConsumerDefinition } from '@backoffice/platform/subgraph-service';
import type { ItModules } from '../it-modules';
import { cancelRecoveryTicket, moveDuesForHoliday, openEquipmentTicket, openRecoveryTicket } from '../tickets/ticket.service';

// Tickets HR's events open: a joiner's equipment (hire, rehire) and a leaver's recovery
// (termination), cancelled when the termination is withdrawn. A company holiday added or removed
// moves the due times of the tickets whose clocks run across it. Each ticket is keyed by the fact
// (employee and date), so a redelivered or re-sent event finds it open; the inbox row commits
// with the ticket. Its own consumer group, so the helpdesk never holds up access changes.
export function helpdeskConsumer(modules: ItModules): ConsumerDefinition {
  // The chain's correlation id, and the HR event as the cause.
  const metadataOf = (event: { id: string; correlationid?: string; traceparent?: string }): EventMetadata => reactionMetadata(event);
  return {
    consumer: 'it.helpdesk',
    topics: ['hr.employee.v1', 'hr.calendar.v1'],
    handlers: {
      [employeeHired.type]: async (event, tx) => {
        const hired = employeeHired.read(event);
        await openEquipmentTicket(tx, modules, { employeeId: hired.data.employeeId, departmentId: hired.data.departmentId, startDate: hired.data.startDate }, metadataOf(hired));
      },
      [employeeRehired.type]: async (event, tx) => {
        const rehired = employeeRehired.read(event);
        await openEquipmentTicket(tx, modules, { employeeId: rehired.data.employeeId, departmentId: rehired.data.departmentId, startDate: rehired.data.startDate }, metadataOf(rehired));
      },
      [employeeTerminated.type]: async (event, tx) => {
        const terminated = employeeTerminated.read(event);
        await openRecoveryTicket(tx, modules, { employeeId: terminated.data.employeeId, lastDay: terminated.data.terminationDate }, metadataOf(terminated));
      },
      [employeeTerminatedV1.type]: async (event, tx) => {
        const terminated = employeeTerminatedV1.read(event);
        await openRecoveryTicket(tx, modules, { employeeId: terminated.data.employeeId, lastDay: terminated.data.terminationDate }, metadataOf(terminated));
      },
      [holidayAdded.type]: async (event, tx) => {
        const added = holidayAdded.read(event);
        await moveDuesForHoliday(tx, modules, { date: added.data.date, holiday: true, sequence: added.sequence }, metadataOf(added));
      },
      [holidayRemoved.type]: async (event, tx) => {
        const removed = holidayRemoved.read(event);
        await moveDuesForHoliday(tx, modules, { date: removed.data.date, holiday: false, sequence: removed.sequence }, metadataOf(removed));
      },
      [terminationWithdrawn.type]: async (event, tx) => {
        const withdrawn = terminationWithdrawn.read(event);
        await cancelRecoveryTicket(tx, modules, { employeeId: withdrawn.data.employeeId, lastDay: withdrawn.data.withdrawnTerminationDate }, metadataOf(withdrawn));
      },
    },
  };
}
