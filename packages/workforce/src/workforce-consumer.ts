import type { EventEnvelope } from '@backoffice/events/envelope';
import {
  compensationChanged,
  employeeHired,
  employeeRehired,
  employeeTerminated,
  employeeTerminatedV1,
  employeeTransferred,
  employeeUpdated,
  holidayAdded,
  holidayRemoved,
  leaveApproved,
  leaveApprovedV1,
  leaveCancelled,
  leaveCancelledV1,
  leaveRejected,
  leaveRejectedV1,
  leaveRequested,
  leaveRequestedV1,
  leaveShortened,
  leaveShortenedV1,
  terminationWithdrawn,
} from '@backoffice/events/hr-events';
import { topicName, type TopicBase } from '@backoffice/events/topics';
import { untilConsumerCaughtUp } from '@backoffice/platform/consumer-backlog';
import { PermanentEventError, type EventHandler } from '@backoffice/platform/inbox-consumer';
import type { Sql } from '@backoffice/platform/sql';
import type { ConsumerDefinition } from '@backoffice/platform/subgraph-service';
import type { Kafka } from 'kafkajs';
import type { LeaveStatus } from './workforce.record';
import * as workforce from './workforce.repository';

// HR's facts about people, kept in the consuming service's own database from HR's events alone
// (never a call to HR): employment periods, jobs and, for services that read hr.compensation.v1,
// pay, all effective-dated; leave requests; the company calendar. Started by the platform's
// inbox consumer, which applies each event once, in order per aggregate, in one transaction with
// its inbox row; a new consumer group starts at offset 0, so a fresh database fills itself.
//
// What each handler relies on:
// - Employee lifecycle events (hired, terminated, termination withdrawn, rehired, updated) change
//   the employment periods in place, so they need the inbox's order per employee and are not
//   order-independent: a redriven termination applied after its withdrawal would bring it back.
// - Transfers, pay, leave and holidays replace a row keyed by what they are about (employee and
//   effective date, leave request, date) only when they are newer in their aggregate, so applying
//   one late or twice leaves the same state: declared order-independent, which also lets a
//   redriven one apply after newer events.
// - Old versions are read as well as new ones: topics keep every event and a replay meets them.

export type WorkforceConsumerOptions = {
  // `<service>.<name>`, e.g. `accounting.workforce`: the consumer group and inbox rows.
  consumer: string;
  // Only a service allowed to read pay (accounting) subscribes to hr.compensation.v1.
  includePay: boolean;
};

// The topics a service must ensure (its subgraph definition's `topics`) to run this consumer.
export function workforceTopics(options: Pick<WorkforceConsumerOptions, 'includePay'>): TopicBase[] {
  return ['hr.employee.v1', 'hr.leave.v1', 'hr.calendar.v1', ...(options.includePay ? (['hr.compensation.v1'] as const) : [])];
}

// The HR events published so far that the projection has not applied yet, after waiting up to
// `timeoutMs` for it to apply them (0: it is as current as HR's topics). A computation that must
// not miss a fact HR already published (a month's payroll missing a termination, say) asks first:
// after a restart or a crash the consumer group takes seconds to resume, and the projection is
// behind meanwhile. Events still in HR's outbox, not yet on the topics, are not counted.
export function workforceBacklog(kafka: Kafka, topicPrefix: string, options: WorkforceConsumerOptions, timeoutMs: number): Promise<number> {
  const topics = workforceTopics(options).map((topic) => topicName(topic, topicPrefix));
  return untilConsumerCaughtUp(kafka, `${topicPrefix}${options.consumer}`, topics, { timeoutMs });
}

export function workforceConsumer(options: WorkforceConsumerOptions): ConsumerDefinition {
  const handlers: Record<string, EventHandler> = {
    [employeeHired.type]: async (event, tx) => {
      const { data, sequence } = employeeHired.read(event);
      await workforce.insertEmploymentPeriod(tx, { employeeId: data.employeeId, startDate: data.startDate, employmentType: data.employmentType });
      await workforce.upsertJob(tx, { employeeId: data.employeeId, effectiveDate: data.startDate, departmentId: data.departmentId, managerId: data.managerId, title: data.title, sequence });
    },
    [employeeTransferred.type]: {
      orderIndependent: true,
      handle: async (event, tx) => {
        const { data, sequence } = employeeTransferred.read(event);
        await workforce.upsertJob(tx, { employeeId: data.employeeId, effectiveDate: data.effectiveDate, departmentId: data.toDepartmentId, managerId: data.toManagerId, title: data.toTitle, sequence });
      },
    },
    [employeeUpdated.type]: async (event, tx) => {
      const { data } = employeeUpdated.read(event);
      // The only profile field the projection keeps; names and emails stay with HR.
      const employmentType = data.changes.employmentType?.to;
      if (employmentType) await workforce.setEmploymentType(tx, data.employeeId, data.effectiveDate, employmentType);
    },
    [employeeTerminatedV1.type]: async (event, tx) => {
      const { data } = employeeTerminatedV1.read(event);
      await recordLastDay(tx, data.employeeId, data.terminationDate);
    },
    [employeeTerminated.type]: async (event, tx) => {
      const { data } = employeeTerminated.read(event);
      await recordLastDay(tx, data.employeeId, data.terminationDate);
    },
    [terminationWithdrawn.type]: async (event, tx) => {
      const { data } = terminationWithdrawn.read(event);
      // The period that ends on the withdrawn day runs on; with none (already withdrawn), nothing to undo.
      await workforce.withdrawLastDay(tx, data.employeeId, data.withdrawnTerminationDate);
    },
    [employeeRehired.type]: async (event, tx) => {
      const { data, sequence } = employeeRehired.read(event);
      // Events written before the field existed keep the type of the employment before.
      const [previous] = (await workforce.employmentPeriodsOf(tx, [data.employeeId])).filter((period) => period.startDate < data.startDate).slice(-1);
      const employmentType = data.employmentType ?? previous?.employmentType;
      if (!employmentType) throw new PermanentEventError(`hr.employee.rehired ${event.id}: no employment type, and no earlier employment of ${data.employeeId} to take it from`);
      await workforce.insertEmploymentPeriod(tx, { employeeId: data.employeeId, startDate: data.startDate, employmentType });
      await workforce.upsertJob(tx, { employeeId: data.employeeId, effectiveDate: data.startDate, departmentId: data.departmentId, managerId: data.managerId, title: data.title, sequence });
    },

    [leaveRequestedV1.type]: leaveHandler(leaveRequestedV1, 'PENDING'),
    [leaveApprovedV1.type]: leaveHandler(leaveApprovedV1, 'APPROVED'),
    [leaveRejectedV1.type]: leaveHandler(leaveRejectedV1, 'REJECTED'),
    [leaveCancelledV1.type]: leaveHandler(leaveCancelledV1, 'CANCELLED'),
    // Cut back to the last day: still approved, with its new end and days.
    [leaveShortenedV1.type]: leaveHandler(leaveShortenedV1, 'APPROVED'),
    [leaveRequested.type]: leaveHandler(leaveRequested, 'PENDING'),
    [leaveApproved.type]: leaveHandler(leaveApproved, 'APPROVED'),
    [leaveRejected.type]: leaveHandler(leaveRejected, 'REJECTED'),
    [leaveCancelled.type]: leaveHandler(leaveCancelled, 'CANCELLED'),
    [leaveShortened.type]: leaveHandler(leaveShortened, 'APPROVED'),

    [holidayAdded.type]: {
      orderIndependent: true,
      handle: async (event, tx) => {
        const { data, sequence } = holidayAdded.read(event);
        await workforce.recordHolidayAdded(tx, { date: data.date, name: data.name, timeZone: data.timeZone, sequence });
      },
    },
    [holidayRemoved.type]: {
      orderIndependent: true,
      handle: async (event, tx) => {
        const { data, sequence } = holidayRemoved.read(event);
        await workforce.recordHolidayRemoved(tx, { date: data.date, timeZone: data.timeZone, sequence });
      },
    },
  };
  if (options.includePay) {
    handlers[compensationChanged.type] = {
      orderIndependent: true,
      handle: async (event, tx) => {
        const { data, sequence } = compensationChanged.read(event);
        await workforce.upsertPay(tx, {
          employeeId: data.employeeId,
          effectiveDate: data.effectiveDate,
          amount: data.amount,
          currency: data.currency,
          payFrequency: data.payFrequency,
          sequence,
        });
      },
    };
  }
  return { consumer: options.consumer, topics: workforceTopics(options), handlers };
}

// A termination of someone this database never saw hired means it missed events: retrying will
// not help, and the dead letter (with its reaction fact) says so rather than dropping it.
async function recordLastDay(tx: Sql, employeeId: string, lastDay: string): Promise<void> {
  if (!(await workforce.recordLastDay(tx, employeeId, lastDay))) {
    throw new PermanentEventError(`termination of ${employeeId} on ${lastDay}: no employment of theirs started by then`);
  }
}

// What every leave event repeats, in both versions; version 1 has no half days.
type LeaveFacts = {
  leaveRequestId: string;
  employeeId: string;
  startDate: string;
  endDate: string;
  startHalfDay?: boolean;
  endHalfDay?: boolean;
  days: string;
  unpaid: boolean;
};

// Every leave event states the whole request as it now stands, so the newest one seen is the
// request, whatever arrived before it.
function leaveHandler(contract: { read(event: unknown): EventEnvelope<LeaveFacts> }, status: LeaveStatus): EventHandler {
  return {
    orderIndependent: true,
    handle: async (event, tx) => {
      const { data, sequence } = contract.read(event);
      await workforce.upsertLeave(tx, {
        leaveRequestId: data.leaveRequestId,
        employeeId: data.employeeId,
        status,
        startDate: data.startDate,
        endDate: data.endDate,
        startHalfDay: data.startHalfDay ?? null,
        endHalfDay: data.endHalfDay ?? null,
        days: data.days,
        unpaid: data.unpaid,
        sequence,
      });
    },
  };
}
