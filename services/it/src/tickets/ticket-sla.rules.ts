import { addBusinessMinutes, businessMinutesBetween, instantAt, type BusinessCalendar, type Span } from '../business-hours';
import type { HelpdeskSettings } from '../helpdesk-settings';
import type { TicketKind, TicketPauseRecord, TicketPriority, TicketRecord, TicketResolution, TicketSlaRecord } from './ticket.record';
import { CLOCK_RUNS_IN, FINISHED } from './ticket.rules';

// A ticket's clocks, in business time (business-hours.ts). First response: the targets' minutes
// after opening; the first public answer (a public comment by someone other than the requester,
// asking them for something, or the resolution) stops it; a ticket the system opened has nobody
// to answer, so IT taking it (assigning or starting it) does. Resolution: the targets' minutes
// after opening, not counting the spans it stood still (waiting on the requester, or resolved
// until reopened); or, for a ticket another department's event opened, the date the work is due:
// a joiner's kit before their first morning, a leaver's equipment by the end of their last day.

export type TicketClockFacts = { openedAt: Date; priority: TicketPriority; kind: TicketKind; dueOn: string | null };

function dateDue(kind: TicketKind, dueOn: string, calendar: BusinessCalendar): Date {
  return kind === 'EQUIPMENT' ? instantAt(dueOn, calendar.hours.startMinute, calendar.timeZone) : instantAt(dueOn, calendar.hours.endMinute, calendar.timeZone);
}

export function firstResponseDue(ticket: TicketClockFacts, settings: HelpdeskSettings, calendar: BusinessCalendar): Date {
  return addBusinessMinutes(ticket.openedAt, settings.targets[ticket.priority].firstResponse, calendar);
}

// The resolution due time given the spans the clock has stood still so far (closed ones).
export function resolutionDue(ticket: TicketClockFacts, settings: HelpdeskSettings, calendar: BusinessCalendar, pauses: readonly Span[] = []): Date {
  const byTarget = addBusinessMinutes(ticket.openedAt, settings.targets[ticket.priority].resolution, calendar, pauses);
  if (!ticket.dueOn) return byTarget;
  const byDate = dateDue(ticket.kind, ticket.dueOn, calendar);
  // A date already past when the ticket opened (a hire recorded after the start date) gives no
  // time at all: the target applies instead.
  return byDate > ticket.openedAt ? byDate : byTarget;
}

// Work called off (resolution CANCELLED: a withdrawn termination's recovery, say) is never late
// for its resolution, whenever it was called off.
export const resolutionTimed = (resolution: TicketResolution | null): boolean => resolution !== 'CANCELLED';

export const pauseSpans = (pauses: readonly TicketPauseRecord[], now: Date): Span[] => pauses.map((pause) => ({ from: pause.startedAt, to: pause.endedAt ?? now }));

export function slaOf(ticket: TicketRecord, pauses: readonly TicketPauseRecord[], calendar: BusinessCalendar, now: Date): TicketSlaRecord {
  const finished = FINISHED.includes(ticket.status);
  const firstResponseBreached = ticket.firstRespondedAt ? ticket.firstRespondedAt > ticket.firstResponseDue : !finished && now > ticket.firstResponseDue;
  const openPause = pauses.find((pause) => pause.endedAt === null);
  let resolutionBreached: boolean;
  if (ticket.resolvedAt) resolutionBreached = resolutionTimed(ticket.resolution) && ticket.resolvedAt > ticket.resolutionDue;
  else if (CLOCK_RUNS_IN.includes(ticket.status)) resolutionBreached = now > ticket.resolutionDue;
  // Waiting: breached only if the due time had passed before it stood still.
  else resolutionBreached = openPause !== undefined && openPause.startedAt > ticket.resolutionDue;
  return {
    firstResponseDue: ticket.firstResponseDue,
    resolutionDue: ticket.resolutionDue,
    firstResponseBreached,
    resolutionBreached,
    breached: firstResponseBreached || resolutionBreached,
    paused: !CLOCK_RUNS_IN.includes(ticket.status) && ticket.status !== 'CLOSED',
    pausedMinutes: pauses.reduce((sum, pause) => sum + businessMinutesBetween(pause.startedAt, pause.endedAt ?? now, calendar), 0),
  };
}
