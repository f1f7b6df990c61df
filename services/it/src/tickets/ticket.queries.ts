import { decodeCursor, encodeCursor } from '@backoffice/platform/cursors';
import { Refused } from '@backoffice/platform/domain-errors';
import { isUuid, type Sql } from '@backoffice/platform/sql';
import { parseInput, pageSize } from '@backoffice/platform/validation';
import { instantAt } from '../business-hours';
import { addDays } from '../dates';
import { statsPeriodInput, ticketFilterInput } from './ticket.inputs';
import type {
  HelpdeskStatsRecord,
  TicketCommentRecord,
  TicketItemRecord,
  TicketPauseRecord,
  TicketPriority,
  TicketRecord,
  TicketStatus,
  TicketTimelineRecord,
} from './ticket.record';
import * as tickets from './ticket.repository';

// The values a cursor of ours carries: a rank as tickets.orderKeyOf writes it, an instant as
// toISOString writes it (so no other spelling, and no 30 February), an id.
const fitsKeyPart: Record<tickets.OrderKeyPart, (value: string) => boolean> = {
  rank: (value) => /^[1-4]$/.test(value),
  instant: (value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value,
  id: isUuid,
};

export type TicketsArgs = { filter?: unknown; orderBy?: tickets.TicketOrder | null; first?: number | null; after?: string | null };

// A page of the queue: one statement for the page, one for the count. `onlyRequester` narrows it
// to one employee's own tickets (what an employee may list).
export async function ticketPage(db: Sql, args: TicketsArgs, now: Date, onlyRequester: string | null) {
  const limit = pageSize(args.first);
  const given = parseInput(ticketFilterInput, args.filter, 'filter');
  const order = args.orderBy ?? 'NEWEST';
  const filter: tickets.TicketFilter = {
    status: given?.status ?? null,
    priority: given?.priority ?? null,
    category: given?.category ?? null,
    kind: given?.kind ?? null,
    assigneeId: given?.assigneeId ?? null,
    requesterId: onlyRequester ?? given?.requesterId ?? null,
    breached: given?.breached ?? null,
    search: given?.search ?? null,
  };
  let after: string[] | null = null;
  if (args.after) {
    const [kind, ...key] = decodeCursor(args.after).split('|');
    const parts = tickets.orderKeyParts(order);
    // Each value goes to SQL with its type's cast: one that is not of that type must not get there.
    if (kind !== order || key.length !== parts.length || key.some((value, index) => !fitsKeyPart[parts[index]!](value))) {
      throw new Refused('after is not a cursor this list gave out for this order.', [{ field: 'after', message: `is not a cursor from tickets ordered by ${order}` }]);
    }
    after = key;
  }
  const [found, totalCount] = await Promise.all([tickets.listTickets(db, filter, order, after, limit + 1, now), tickets.countTickets(db, filter, now)]);
  const edges = found.slice(0, limit).map((ticket) => ({ node: ticket, cursor: encodeCursor([order, ...tickets.orderKeyOf(ticket, order)].join('|')) }));
  return { edges, totalCount, pageInfo: { hasNextPage: found.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

// Loader batches: each in the order asked, one statement for the whole batch.

export async function ticketsInOrder(db: Sql, ids: readonly string[]): Promise<Array<TicketRecord | null>> {
  const found = new Map((await tickets.ticketsByIds(db, ids)).map((ticket) => [ticket.id, ticket]));
  return ids.map((id) => found.get(id) ?? null);
}

const grouped = <T extends { ticketId: string }>(keys: readonly string[], found: T[]): T[][] => keys.map((id) => found.filter((row) => row.ticketId === id));

export async function commentsInOrder(db: Sql, ticketIds: readonly string[]): Promise<TicketCommentRecord[][]> {
  return grouped(ticketIds, await tickets.commentsOf(db, ticketIds));
}

export async function timelineInOrder(db: Sql, ticketIds: readonly string[]): Promise<TicketTimelineRecord[][]> {
  return grouped(ticketIds, await tickets.timelineOf(db, ticketIds));
}

export async function itemsInOrder(db: Sql, ticketIds: readonly string[]): Promise<TicketItemRecord[][]> {
  return grouped(ticketIds, await tickets.itemsOf(db, ticketIds));
}

export async function pausesInOrder(db: Sql, ticketIds: readonly string[]): Promise<TicketPauseRecord[][]> {
  return grouped(ticketIds, await tickets.pausesOf(db, ticketIds));
}

export async function ticketsOfRequestersInOrder(db: Sql, keys: readonly string[]): Promise<TicketRecord[][]> {
  // Keys are "<employee id>|<statuses, comma-separated, or empty for all>".
  const byStatuses = new Map<string, string[]>();
  for (const key of keys) {
    const [employeeId = '', statuses = ''] = key.split('|');
    byStatuses.set(statuses, [...(byStatuses.get(statuses) ?? []), employeeId]);
  }
  const found = new Map<string, TicketRecord[]>();
  for (const [statuses, employeeIds] of byStatuses) {
    const list = await tickets.ticketsRequestedBy(db, employeeIds, statuses ? (statuses.split(',') as TicketStatus[]) : null);
    for (const id of employeeIds) found.set(`${id}|${statuses}`, list.filter((ticket) => ticket.requesterId === id));
  }
  return keys.map((key) => found.get(key) ?? []);
}

const STATUSES: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'];
const PRIORITIES: TicketPriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

// Tickets opened from `from` to `to` (company dates, both included; the last 30 days by default),
// by status and priority; the medians over answers and resolutions in the period.
export async function helpdeskStats(db: Sql, args: { from?: string | null; to?: string | null }, today: string, timeZone: string, now: Date): Promise<HelpdeskStatsRecord> {
  const period = parseInput(statsPeriodInput, args, '');
  const to = period.to ?? today;
  const from = period.from ?? addDays(to, -29);
  // The input's refinement orders two given dates; a from after today with no to would otherwise
  // count nothing, silently.
  if (from > to) throw new Refused('The period ends before it starts.', [{ field: 'from', message: `must be on or before ${to} (today, as to is not given)` }]);
  const start = instantAt(from, 0, timeZone);
  const end = instantAt(addDays(to, 1), 0, timeZone);
  const { counts, medians } = await tickets.statsBetween(db, start, end, now);
  const sum = (rows: typeof counts) => rows.reduce((total, row) => total + row.count, 0);
  return {
    from,
    to,
    opened: sum(counts),
    resolved: medians.resolved,
    breached: counts.reduce((total, row) => total + row.breached, 0),
    byStatus: STATUSES.map((status) => ({ key: status, count: sum(counts.filter((row) => row.status === status)) })),
    byPriority: PRIORITIES.map((priority) => ({ key: priority, count: sum(counts.filter((row) => row.priority === priority)) })),
    medianFirstResponseMinutes: medians.firstResponse === null ? null : Number(medians.firstResponse),
    medianResolutionMinutes: medians.resolution === null ? null : Number(medians.resolution),
  };
}
