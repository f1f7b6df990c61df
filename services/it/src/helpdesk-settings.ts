import { z } from 'zod';
import { ticketPriorities } from '@backoffice/events/it-events';
import { envValue } from '@backoffice/platform/config';
import { parseWorkingHours, type WorkingHours } from './business-hours';

// How the helpdesk keeps time, from configuration read once (config.ts): working hours in the
// company's time zone, SLA targets per priority in business minutes, and how long a resolved
// ticket may be reopened before it closes by itself.

export type TicketPriority = (typeof ticketPriorities)[number];
export type SlaTargetMinutes = { firstResponse: number; resolution: number };
export type HelpdeskSettings = {
  hours: WorkingHours;
  targets: Record<TicketPriority, SlaTargetMinutes>;
  reopenDays: number;
  autoCloseDays: number;
};

const DURATION = /^(\d{1,4})([mh])$/;
const minutesOf = (text: string) => {
  const match = DURATION.exec(text.trim());
  return match ? Number(match[1]) * (match[2] === 'h' ? 60 : 1) : undefined;
};

// "CRITICAL=1h/4h,HIGH=2h/8h,MEDIUM=4h/16h,LOW=8h/40h": first response / resolution, in business hours (h) or minutes (m).
export function parseSlaTargets(text: string): Record<TicketPriority, SlaTargetMinutes> | string {
  const targets: Partial<Record<TicketPriority, SlaTargetMinutes>> = {};
  for (const part of text.split(',')) {
    const match = /^\s*([A-Z]+)\s*=\s*(\S+)\s*\/\s*(\S+)\s*$/.exec(part);
    const priority = match?.[1] as TicketPriority | undefined;
    if (!match || !priority || !ticketPriorities.includes(priority)) return `"${part.trim()}" is not PRIORITY=first-response/resolution, e.g. HIGH=2h/8h, with a priority of ${ticketPriorities.join(', ')}`;
    const firstResponse = minutesOf(match[2]!);
    const resolution = minutesOf(match[3]!);
    if (!firstResponse || !resolution) return `${priority}: targets are business hours or minutes greater than zero, e.g. 2h or 90m`;
    if (resolution < firstResponse) return `${priority}: the resolution target must not be shorter than the first-response target`;
    targets[priority] = { firstResponse, resolution };
  }
  const missing = ticketPriorities.filter((priority) => !targets[priority]);
  if (missing.length) return `no target for ${missing.join(', ')}: every priority needs one`;
  return targets as Record<TicketPriority, SlaTargetMinutes>;
}

function parsedWith<T>(parse: (text: string) => T | string) {
  return z.string().transform((text, ctx) => {
    const parsed = parse(text);
    if (typeof parsed !== 'string') return parsed;
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  });
}

const days = (fallback: number) => envValue(z.coerce.number().int('must be a whole number of days').min(0).max(365).default(fallback));

export const helpdeskEnv = {
  HELPDESK_WORKING_HOURS: envValue(z.string().default('Mon-Fri 09:00-17:00').pipe(parsedWith(parseWorkingHours))),
  HELPDESK_SLA_TARGETS: envValue(z.string().default('CRITICAL=1h/4h,HIGH=2h/8h,MEDIUM=4h/16h,LOW=8h/40h').pipe(parsedWith(parseSlaTargets))),
  // A requester may reopen a resolved ticket for this many days; it closes by itself after as many.
  HELPDESK_REOPEN_DAYS: days(7),
  HELPDESK_AUTO_CLOSE_DAYS: days(7),
};

export function helpdeskSettingsFrom(extra: {
  HELPDESK_WORKING_HOURS: WorkingHours;
  HELPDESK_SLA_TARGETS: Record<TicketPriority, SlaTargetMinutes>;
  HELPDESK_REOPEN_DAYS: number;
  HELPDESK_AUTO_CLOSE_DAYS: number;
}): HelpdeskSettings {
  return { hours: extra.HELPDESK_WORKING_HOURS, targets: extra.HELPDESK_SLA_TARGETS, reopenDays: extra.HELPDESK_REOPEN_DAYS, autoCloseDays: extra.HELPDESK_AUTO_CLOSE_DAYS };
}
